package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctorole.model.profile.Northwind;
import org.junit.jupiter.api.Test;

/** The normative example: northwind produces exactly the findings of northwind.expected.tsv. */
class NorthwindAssessmentTest {
    static final Path EXPECTED = Path.of("../cto-examples/profiles/northwind.expected.tsv");

    static List<String> expectedRows() throws IOException {
        return Files.readAllLines(EXPECTED).stream().skip(1).filter(l -> !l.isBlank()).toList();
    }

    static List<String> rows(Assessment a) {
        return a.findings().stream()
                .map(f -> f.ruleId() + "\t" + f.subject() + "\t" + f.severity() + "\t" + f.waived()).toList();
    }

    @Test
    void northwindProducesExactlyTheExpectedFindingsInOrder() throws IOException {
        Assessment a = CtoAssessor.withDefaultRules().assess(Northwind.profile());

        assertThat(rows(a)).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void everyNorthwindFindingExplainsItself() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Northwind.profile());

        assertThat(a.findings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.recommendation()).isNotBlank();
            assertThat(f.evidenceValues()).isNotEmpty();
            assertThat(f.sources()).isNotEmpty();
        });
        assertThat(a.finding("low-truck-factor", "northwind").orElseThrow().evidenceValues())
                .containsEntry("truckFactor", 1L).containsEntry("removed", List.of("ana"));
        assertThat(a.finding("distant-from-ceo", "maya").orElseThrow().waiver()).isPresent();
        // Northwind predates the rules that read optional fields it does not give: they are not assessed.
        assertThat(a.notAssessed()).extracting(NotAssessed::ruleId).containsExactly("cto-running-internal-it",
                "deadline-before-specification", "decision-without-cto", "infrequent-ceo-contact",
                "no-translation-practice", "output-funded-technology", "unguided-ip-portfolio",
                "unmapped-decision-rights", "unrelayed-business-context", "untrained-staff", "unvalidated-roadmap");
        assertThat(a.unmatchedWaivers()).isEmpty();
    }

    @Test
    void theCtosNoDeputyFindingShowsNoThresholdItsConditionDoesNotRead() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Northwind.profile());

        Finding cto = a.finding("no-deputy", "maya").orElseThrow();
        assertThat(cto.conditions()).containsExactly("no-deputy");
        assertThat(cto.evidenceValues()).containsExactly(entry("roles", List.of("CTO")));
        Finding otherLeader = a.finding("no-deputy", "sam").orElseThrow();
        assertThat(otherLeader.conditions()).containsExactly("no-deputy (other leader)");
        assertThat(otherLeader.evidenceValues()).containsExactly(entry("roles", List.of("HEAD_OF_SALES")),
                entry("otherLeadersNeedDeputies", true), entry("policy", "the SCALEUP preset"));
    }
}
