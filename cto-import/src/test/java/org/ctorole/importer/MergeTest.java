package org.ctorole.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MergeTest {

    static final Path NORTHWIND_FILE = Path.of("../cto-examples/profiles/northwind.yaml");
    static final OrganisationProfile NORTHWIND = ProfileReader.standard().read(NORTHWIND_FILE);

    /** Ana's manager differs from the profile; Maya's engagement too; Zara is new. */
    static final String HR = """
            Name,Email,Title,Reports To
            Ana Silva,ana@northwind.example,Software Engineer,Maya Chen
            Ben Walker,ben@northwind.example,Software Engineer,Lena Novak
            Zara Quinn,zara@northwind.example,Software Engineer,Lena Novak
            Maya Chen,maya@northwind.example,Fractional CTO,Ines Moreau
            """;

    static ImportResult hr() {
        return Fixtures.text(SourceKind.CSV, "hr.csv", HR);
    }

    static MergeResult intoNorthwind(boolean preferImport, ImportResult... results) {
        return ProfileMerger.into(NORTHWIND, "northwind.yaml").preferImport(preferImport).merge(List.of(results));
    }

    @Nested
    class IntoAProfile {
        @Test
        void addsWhatIsNewFillsWhatIsMissingAndKeepsWhatTheProfileSays() {
            MergeResult merged = intoNorthwind(false, hr());

            OrganisationProfile p = merged.profile();
            assertThat(p.people()).hasSize(12);
            assertThat(p.person("ana").orElseThrow()).isEqualTo(new Person("ana", "Ana Silva",
                    java.util.Optional.of("ana@northwind.example"), List.of(Role.ENGINEER),
                    java.util.Optional.of("lena"), java.util.Optional.empty(), Engagement.FULL_TIME));
            assertThat(p.person("maya").orElseThrow().engagement()).isEqualTo(Engagement.FULL_TIME);
            assertThat(p.people().get(11)).isEqualTo(Person.of("zara", "Zara Quinn", Role.ENGINEER)
                    .withEmail("zara@northwind.example").withReportsTo("lena"));
            // everything else is northwind's, untouched
            assertThat(p.knowledge()).isEqualTo(NORTHWIND.knowledge());
            assertThat(p.toBuilder().people(NORTHWIND.people()).build()).isEqualTo(NORTHWIND);
        }

        @Test
        void conflictsAreReportedWithTheirSourceAndTheProfileWins() {
            MergeSummary summary = intoNorthwind(false, hr()).summary();

            assertThat(summary.conflicts()).containsExactly(
                    new Conflict(ItemRef.person("ana"), "reportsTo", "'lena'", "'maya'", Provenance.line("hr.csv", 2),
                            false),
                    new Conflict(ItemRef.person("maya"), "engagement", "'FULL_TIME'", "'FRACTIONAL'",
                            Provenance.line("hr.csv", 5), false));
            assertThat(summary.counts()).containsExactly(Map.entry(Section.PEOPLE,
                    new MergeSummary.Counts(1, 1, 0, 2, 8)));
            assertThat(summary.changes()).extracting(Object::toString).containsExactly(
                    "people/zara added from hr.csv:4",
                    "people/ana email set to ana@northwind.example from hr.csv:2",
                    "people/ben email set to ben@northwind.example from hr.csv:3",
                    "people/maya email set to maya@northwind.example from hr.csv:5");
        }

        @Test
        void preferringTheImportTakesTheSourcesValues() {
            MergeResult merged = intoNorthwind(true, hr());

            assertThat(merged.profile().person("ana").orElseThrow().reportsTo()).contains("maya");
            assertThat(merged.profile().person("maya").orElseThrow().engagement()).isEqualTo(Engagement.FRACTIONAL);
            assertThat(merged.summary().conflicts()).allMatch(Conflict::importTaken).hasSize(2);
            assertThat(merged.summary().describe(false)).contains(
                    "2 conflicts (the sources' values taken: --prefer-import):",
                    "people/ana reportsTo: the profile says 'lena', hr.csv:2 says 'maya'");
        }

        @Test
        void mergingTheSameSourcesAgainChangesNothing() {
            MergeResult once = intoNorthwind(false, hr());
            MergeResult twice = ProfileMerger.into(once.profile(), "merged.yaml").merge(List.of(hr()));

            assertThat(twice.profile()).isEqualTo(once.profile());
            assertThat(ProfileWriter.standard().toYaml(twice.profile()))
                    .isEqualTo(ProfileWriter.standard().toYaml(once.profile()));
            assertThat(twice.summary().changes()).isEmpty();
            assertThat(twice.summary().changedAnything()).isFalse();
            // the two conflicts stay: the profile still says otherwise
            assertThat(twice.summary().conflicts()).hasSize(2);
        }

        @Test
        void aManagerInTheProfileButNotInTheSourcesIsFound() {
            ImportResult engineering = Fixtures.text(SourceKind.CSV, "eng.csv", """
                    Email,Name,Title,Manager Email
                    new.hire@northwind.example,New Hire,Backend Engineer,Raj Patel
                    """);

            OrganisationProfile merged = intoNorthwind(false, engineering).profile();

            assertThat(merged.person("new.hire").orElseThrow().reportsTo()).contains("raj");
        }
    }

    @Nested
    class BadOutcomes {
        @Test
        void anUnknownManagerIsReportedAtItsLine() {
            ImportResult hr = Fixtures.text(SourceKind.CSV, "hr.csv", """
                    Employee ID,Name,Manager ID
                    7,Kim Lee,
                    8,Lou Park,99
                    """);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> ProfileMerger.fresh(Fixtures.ACME).merge(List.of(hr)));

            assertThat(e.problems()).extracting(Object::toString).containsExactly("hr.csv:3:1: people/lou-park:"
                    + " unknown manager '99' of 'lou-park': not in the sources; add the manager, or leave the manager"
                    + " empty for the top of the organisation");
        }

        @Test
        void aReportingCycleIsReportedAtTheLineOfItsFirstPerson() {
            ImportResult hr = Fixtures.text(SourceKind.CSV, "hr.csv", """
                    Employee ID,Name,Manager ID
                    1,Kim Lee,3
                    2,Lou Park,1
                    3,Max Roe,2
                    """);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> ProfileMerger.fresh(Fixtures.ACME).merge(List.of(hr)));

            assertThat(e.problems()).extracting(Object::toString).containsExactly("hr.csv:2:1: people[0].reportsTo:"
                    + " reporting cycle kim-lee -> max-roe -> lou-park -> kim-lee");
        }

        @Test
        void twoImportedPeopleMatchingOneOfTheProfileIsAProblem() {
            ImportResult hr = Fixtures.text(SourceKind.CSV, "hr.csv", """
                    Name,Email
                    Ana Silva,ana.one@northwind.example
                    ana silva,ana.two@northwind.example
                    """);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> intoNorthwind(false, hr));

            assertThat(e.problems()).extracting(Object::toString).containsExactly("hr.csv:3:1: people/ana.two: matches"
                    + " 'ana' of northwind.yaml, as does hr.csv:2: give them distinct e-mails");
        }

        @Test
        void resultsWithProblemsAreNotMerged() {
            ImportResult broken = Fixtures.text(SourceKind.CSV, "hr.csv", "Name,Email\nKim,kim\n");

            assertThat(catchThrowableOfType(InvalidInputException.class, () -> intoNorthwind(false, broken))
                    .problems()).extracting(Object::toString)
                    .containsExactly("hr.csv:2:1: Email: 'kim' is not an e-mail address");
        }
    }

    @Nested
    class SeveralSources {
        @Test
        void peopleFromScimOwnershipFromCodeownersAndSystemsFromBackstageMeetInOneProfile() {
            ImportResult people = Fixtures.read(SourceKind.SCIM, "scim-users-page1.json", "scim-users-page2.json",
                    "scim-users-page3.json", "scim-groups.json");
            ImportResult owners = Fixtures.read(SourceKind.CODEOWNERS, ImportMapping.none(), people.teams(),
                    "CODEOWNERS");
            ImportResult catalog = Fixtures.read(SourceKind.BACKSTAGE, "catalog-info.yaml");
            Map<String, Set<Section>> reads = new LinkedHashMap<>();
            reads.put("no-technology-leader", Set.of(Section.PEOPLE));
            reads.put("single-point-of-knowledge", Set.of(Section.KNOWLEDGE));
            reads.put("strategic-exclusion", Set.of(Section.STRATEGY));
            reads.put("cto-in-the-weeds", Set.of(Section.CTO));

            MergeResult merged = ProfileMerger.fresh(Fixtures.ACME).ruleReads(reads)
                    .merge(List.of(people, owners, catalog));

            OrganisationProfile p = merged.profile();
            assertThat(p.people()).extracting(Person::id).containsExactly("omar", "ines", "maya", "raj", "lena", "ana",
                    "ben", "sam", "chloe", "eve", "dmitri");
            // Backstage's users are SCIM's people, matched by e-mail: no one twice
            assertThat(merged.summary().counts().get(Section.PEOPLE)).isEqualTo(new MergeSummary.Counts(11, 0, 0, 0,
                    0));
            assertThat(p.knowledge().orElseThrow()).contains(
                    new KnowledgeArea("services/payments", false, List.of("ana", "ben")),
                    new KnowledgeArea("services/payments/fraud", false, List.of("dmitri")),
                    new KnowledgeArea("payments-api", true, List.of("ana", "ben")));
            assertThat(p.systems().orElseThrow()).hasSize(6);
            assertThat(merged.summary().missing()).containsExactly(Section.CTO, Section.STRATEGY, Section.FORUMS,
                    Section.INDICATORS, Section.COMMITMENTS, Section.SUPPLIERS, Section.SECURITY);
            assertThat(merged.summary().notAssessed()).containsExactly("strategic-exclusion", "cto-in-the-weeds");
            assertThat(merged.summary().describe(false)).contains(
                    "still missing: cto, strategy, forums, indicators, commitments, suppliers, security",
                    "so 2 rules will not be assessed: strategic-exclusion, cto-in-the-weeds");
        }

        @Test
        void ownersFoundAmongNobodyAreSkippedAndListed() {
            ImportResult owners = Fixtures.text(SourceKind.CODEOWNERS, "CODEOWNERS", "/api/ @ana zed@acme.example\n");

            MergeResult merged = ProfileMerger.fresh(Fixtures.ACME).merge(List.of(owners));

            assertThat(merged.profile().knowledge().orElseThrow())
                    .containsExactly(new KnowledgeArea("api", false, List.of()));
            assertThat(merged.summary().skipped()).extracting(Skipped::item)
                    .containsExactly("owner 'ana' of area 'api'", "owner 'zed@acme.example' of area 'api'");
            assertThat(merged.summary().describe(false)).contains("skipped 2: 2 not found among people (--verbose lists them)");
            assertThat(merged.summary().describe(true)).contains("CODEOWNERS:1: owner 'ana' of area 'api'");
        }
    }
}
