package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom DRL joins the built-in pack, uses the same facts and policy, and reports compile errors by file and line. */
class CustomRulesTest {

    /** Reports every backed-up system whose backup has no offsite copy, critical or not. */
    static final String ONSITE_BACKUP_DRL = """
            package com.example.rules;

            import org.ctorole.rules.Severity;
            import org.ctorole.rules.facts.*;

            // A backup kept only next to the system it protects.
            rule "onsite-backup"
            when
                SystemFact($id : id, backedUp == true, offsite == false)
            then
                insert(Detection.of("onsite-backup", $id, Severity.LOW,
                        "Backup of '" + $id + "' is kept on site only", "offsite", false));
            end
            """;

    static final RuleDescriptor ONSITE_BACKUP = new RuleDescriptor("onsite-backup", "Onsite backup", Severity.LOW,
            "a backup has no offsite copy", SubjectKind.SYSTEM, Set.of(Section.SYSTEMS),
            List.of(ResponsibilityArea.OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
            "Copy the backup to another site.", new Source("house rules", "backups"));

    private static CtoAssessor custom;
    private static CtoAssessor described;

    @BeforeAll
    static void compile() {
        custom = CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL).build();
        described = CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL).describe(ONSITE_BACKUP).build();
    }

    /** Healthy, plus a non-critical system backed up on site: no built-in rule cares about it. */
    private static OrganisationProfile onsiteWiki() {
        return healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 10L, false))).build();
    }

    @Test
    void aCustomRuleIsReportedAsAFinding() {
        Assessment a = custom.assess(onsiteWiki());

        assertThat(keys(a)).containsExactlyInAnyOrder("onsite-backup wiki LOW");
        Finding f = reported(a, "onsite-backup", "wiki");
        assertThat(f.evidence()).containsEntry("offsite", false);
        assertThat(f.recommendation()).isEmpty();
        assertThat(f.track()).isEqualTo(Track.GOVERNANCE);
    }

    @Test
    void aCustomRuleJoinsTheBuiltInPack() {
        OrganisationProfile p = healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 10L, false)))
                .system(system("orders", true, true, backup(BackupSchedule.DAILY, 1, null, false))).build();

        assertThat(keys(custom.assess(p))).containsExactlyInAnyOrder("onsite-backup wiki LOW",
                "onsite-backup orders LOW", "no-offsite-copy orders MEDIUM", "untested-backup orders HIGH");
        assertThat(keys(Findings.DEFAULT_ASSESSOR.assess(p))).containsExactlyInAnyOrder(
                "no-offsite-copy orders MEDIUM", "untested-backup orders HIGH");
    }

    @Test
    void aDescribedCustomRuleCarriesItsRecommendation() {
        Assessment a = described.assess(onsiteWiki());

        Finding f = reported(a, "onsite-backup", "wiki");
        assertThat(f.recommendation()).isEqualTo("Copy the backup to another site.");
        assertThat(f.track()).isEqualTo(Track.RESILIENCE);
        assertThat(f.harms()).containsExactly(ResponsibilityArea.OPERATIONAL_MANAGEMENT);
        assertThat(f.source()).isEqualTo(new Source("house rules", "backups"));
        assertThat(described.ruleBook().rule("onsite-backup")).contains(ONSITE_BACKUP);
    }

    @Test
    void aDescribedCustomRuleIsNotAssessedWhenItsSectionIsOmitted() {
        Assessment a = described.assess(healthy().systems(null).build());

        assertThat(a.notAssessed()).contains(new NotAssessed("onsite-backup", "section 'systems' omitted"));
    }

    @Test
    void aDescribedCustomRuleCanBeDisabled() {
        CtoAssessor off = CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL).describe(ONSITE_BACKUP)
                .disable("onsite-backup").build();

        Assessment a = off.assess(onsiteWiki());

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactly(new NotAssessed("onsite-backup", "disabled"));
    }

    @Test
    void aCustomRuleReadsThePolicy() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.AssessmentPolicy;
                import org.ctorole.rules.Severity;
                import org.ctorole.rules.facts.*;

                rule "young-restore-test"
                when
                    AssessmentPolicy($max : restoreTestMaxAgeDays)
                    SystemFact($id : id, restoreTested == true, daysSinceRestoreTest * 3 > $max)
                then
                    insert(Detection.of("young-restore-test", $id, Severity.LOW, "Restore test of '" + $id + "' is ageing"));
                end
                """;
        CtoAssessor assessor = CtoAssessor.builder().addRules("policy.drl", drl).build();

        // healthy db: restore-tested 30 days ago; 30 * 3 = 90 is not above 90, 31 * 3 is
        assertThat(keys(assessor.assess(healthy().build()))).isEmpty();
        assertThat(keys(assessor.assess(healthy().systems(List.of(system("db", true, true,
                backup(BackupSchedule.DAILY, 1, 31L, true)))).build())))
                .containsExactly("young-restore-test db LOW");
    }

    @Test
    void aCustomRuleFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("onsite.drl");
        Files.writeString(file, ONSITE_BACKUP_DRL);

        CtoAssessor fromFile = CtoAssessor.builder().addRules(file).build();

        assertThat(keys(fromFile.assess(onsiteWiki()))).containsExactly("onsite-backup wiki LOW");
    }

    @Test
    void anUnreadableRuleFileIsRejectedNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.drl");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.drl");
    }

    // ---- compile errors

    /**
     * A syntax error: the parenthesis opened on line 8 is never closed. The parser notices it at
     * line 10, where {@code insert} cannot continue the pattern, and reports that line.
     */
    static final String SYNTAX_ERROR_DRL = """
            package com.example.rules;

            import org.ctorole.rules.Severity;
            import org.ctorole.rules.facts.*;

            rule "broken"
            when
                SystemFact($id : id,
            then
                insert(Detection.of("broken", $id, Severity.LOW, "never"));
            end
            """;

    @Test
    void aSyntaxErrorNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> CtoAssessor.builder().addRules("broken.drl", SYNTAX_ERROR_DRL).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).isNotEmpty();
                    assertThat(e.errors().get(0)).startsWith("broken.drl:10: ").contains("mismatched input")
                            .contains("broken");
                    assertThat(e.errors()).allSatisfy(error -> assertThat(error).startsWith("broken.drl:"));
                    assertThat(e.getMessage()).contains("broken.drl:10:");
                });
    }

    @Test
    void aSyntaxErrorInAFileNamesItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.drl");
        Files.writeString(file, SYNTAX_ERROR_DRL);

        assertThatThrownBy(() -> CtoAssessor.builder().addRules(file).build())
                .isInstanceOfSatisfying(RuleCompilationException.class,
                        e -> assertThat(e.errors().get(0)).startsWith(file + ":10: "));
    }

    @Test
    void errorsNameTheFileTheyAreIn() {
        String secondBroken = SYNTAX_ERROR_DRL.replace("\"broken\"", "\"broken-too\"");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL)
                .addRules("second.drl", secondBroken).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).anySatisfy(error -> assertThat(error).startsWith("second.drl:10: "));
                    assertThat(e.errors()).noneSatisfy(error -> assertThat(error).startsWith("onsite.drl"));
                });
    }

    /** RuleCompilationException promises "file:line: rule 'name': message" for each error. */
    @Test
    void aSemanticErrorNamesTheFileTheLineAndTheRule() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                rule "unknown-field"
                when
                    SystemFact(noSuchField == true)
                then
                end
                """;

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("semantics.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error).startsWith("semantics.drl:7: ").contains("unknown-field")));
    }

    @Test
    void anErrorInAConsequenceNamesTheDrlFileAndLine() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                rule "bad-consequence"
                when
                    SystemFact()
                then
                    insert(undefinedVariable);
                end
                """;

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("consequence.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .allSatisfy(error -> assertThat(error).startsWith("consequence.drl:")));
    }
}
