package org.ctorole.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.ctorole.rules.NotAssessed;
import org.junit.jupiter.api.Test;

/** The example profiles, read from YAML as a user would, and the runnable examples. */
class ExamplesTest {
    static final Path PROFILES = Path.of("profiles");
    final CtoAssessor assessor = CtoAssessor.withDefaultRules();

    @Test
    void northwindYamlProducesExactlyTheExpectedFindings() throws IOException {
        Assessment a = assessor.assess(ProfileReader.standard().read(PROFILES.resolve("northwind.yaml")));

        List<String> expected = Files.readAllLines(PROFILES.resolve("northwind.expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).toList();
        assertThat(a.findings()).extracting(f -> f.ruleId() + "\t" + f.subject() + "\t" + f.severity() + "\t"
                + f.waived()).containsExactlyElementsOf(expected);
    }

    @Test
    void thePartialStartupProfileRaisesNoFalseAlarm() {
        Assessment a = assessor.assess(ProfileReader.standard().read(PROFILES.resolve("acme-startup.yaml")));

        // Two critical areas, truck factor 2: only billing's single expert is a finding.
        assertThat(a.findings()).extracting(Finding::key).containsExactly("single-point-of-knowledge:billing");
        assertThat(a.notAssessed()).extracting(NotAssessed::ruleId).contains("strategic-exclusion",
                "no-breach-process", "supplier-risk", "stale-indicator", "information-silo")
                .doesNotContain("single-point-of-knowledge", "missing-backup", "cto-in-the-weeds");
    }

    @Test
    void buildInCodeExampleUsesTheStricterPolicy() {
        Assessment a = BuildInCodeExample.run();

        assertThat(a.findings()).extracting(Finding::key).contains("missing-backup:main-db",
                "single-point-of-knowledge:billing", "low-truck-factor:acme");
    }

    @Test
    void batchExampleRanksAnaAsTheRiskiestDeparture() {
        OrganisationProfile northwind = ProfileReader.standard().read(PROFILES.resolve("northwind.yaml"));

        List<String> risk = BatchExample.departureRisk(northwind);

        assertThat(risk).hasSize(11).contains("ana\t4", "ben\t2");
    }
}
