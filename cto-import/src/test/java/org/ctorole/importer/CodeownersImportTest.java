package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.importer.Fixtures.problems;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.model.profile.KnowledgeArea;
import org.junit.jupiter.api.Test;

class CodeownersImportTest {

    /** The teams of the SCIM export: its groups, whose members are the users of the pages. */
    private static final Teams SCIM_GROUPS = Fixtures.read(SourceKind.SCIM, "scim-users-page1.json",
            "scim-users-page2.json", "scim-users-page3.json", "scim-groups.json").teams();

    private static KnowledgeArea area(String id, Boolean critical, String... experts) {
        return new KnowledgeArea(id, critical, List.of(experts));
    }

    @Test
    void oneAreaPerPatternWithTeamsExpandedThroughAGroupImport() {
        ImportMapping mapping = new ImportMapping(Map.of(), List.of(), Map.of(), Map.of(),
                Teams.of(Map.of("docs", List.of("eve@northwind.example"))), Map.of(), Set.of());

        ImportResult result = Fixtures.read(SourceKind.CODEOWNERS, mapping, SCIM_GROUPS, "CODEOWNERS");

        assertThat(result.problems()).isEmpty();
        assertThat(result.profile().knowledge().orElseThrow()).containsExactly(
                area("*", null, "lena@northwind.example", "ana@northwind.example", "ben@northwind.example"),
                // the team, then an e-mail already in it; the Security section's rule adds the same team again
                area("services/payments", null, "ana@northwind.example", "ben@northwind.example"),
                area("services/payments/fraud", null, "dmitri"),
                area("services/checkout", null, "ana", "ben"),
                area("services/pricing", null),
                area("docs", null, "eve@northwind.example"),
                // line 8 replaced by line 14: the last matching pattern wins
                area("apps/mobile", null, "ben", "chloe"),
                // the Data section's default owner
                area("data/warehouse", null, "chloe"),
                area("data/pipelines", null, "chloe", "eve@northwind.example"),
                area("infra/secrets", null));
        assertThat(result.provenanceOf(ItemRef.area("services/payments")))
                .containsExactly(Provenance.line("CODEOWNERS", 5), Provenance.line("CODEOWNERS", 21));
        assertThat(result.provenanceOf(ItemRef.area("apps/mobile"))).containsExactly(Provenance.line("CODEOWNERS", 14));
        assertThat(result.skipped()).extracting(Object::toString).containsExactly(
                "CODEOWNERS:8: pattern '/apps/mobile/' (given again at line 14 (the last matching pattern wins))",
                "CODEOWNERS:9: owner '@northwind/pricing' of '/services/pricing/' (team with no known members: import"
                        + " its group (--teams) or list it under teams: in a mapping file)",
                "CODEOWNERS:11: pattern '/vendor/' (no owner: its files are unowned)",
                "CODEOWNERS:22: owner '@@maintainer' of '/infra/secrets/' (a GitLab role: not expanded to people)");
    }

    @Test
    void aMappingGroupsPatternsIntoAreasMarksThemCriticalAndNamesHandles() {
        ImportMapping mapping = new ImportMapping(Map.of(), List.of(), Map.of(), Map.of("@dmitri",
                "dmitri.ivanov@northwind.example"), Teams.none(), Map.of("payments", List.of("/services/payments/"),
                "checkout", List.of("/services/checkout/**")), Set.of("payments"));

        ImportResult result = Fixtures.read(SourceKind.CODEOWNERS, mapping, SCIM_GROUPS, "CODEOWNERS");

        assertThat(result.profile().knowledge().orElseThrow()).extracting(KnowledgeArea::area).containsExactly(
                "*", "payments", "checkout", "services/pricing", "docs", "apps/mobile", "data/warehouse",
                "data/pipelines", "infra/secrets");
        assertThat(result.profile().knowledge().orElseThrow().get(1)).isEqualTo(area("payments", true,
                "ana@northwind.example", "ben@northwind.example", "dmitri.ivanov@northwind.example"));
        assertThat(result.provenanceOf(ItemRef.area("payments"))).containsExactly(Provenance.line("CODEOWNERS", 5),
                Provenance.line("CODEOWNERS", 6), Provenance.line("CODEOWNERS", 21));
    }

    @Test
    void anOwnerThatIsNeitherAHandleNorAnAddressIsAProblemAtItsColumn() {
        ImportResult result = Fixtures.text(SourceKind.CODEOWNERS, "CODEOWNERS", """
                /api/   @ana  bob
                [Docs]  docs-team
                """);

        assertThat(problems(result)).containsExactly(
                "CODEOWNERS:1:15: 'bob' is not an owner: expected @user, @org/team or an e-mail address",
                "CODEOWNERS:2:9: 'docs-team' is not an owner: expected @user, @org/team or an e-mail address");
    }
}
