package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the rules reference generated from the rules' own metadata. This test fails
 * when it is out of date; run it with {@code -Dctorole.writeDocs=true} to regenerate the file.
 */
class RulesReferenceTest {
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsTheReferenceOfTheBuiltInRules() throws IOException {
        String expected = ReferenceReports.rulesReference(RuleBook.builtIn(), AssessmentPolicy.defaults());
        if (Boolean.getBoolean("ctorole.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date: run mvn -pl cto-io -am test -Dtest=RulesReferenceTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dctorole.writeDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleHasASectionAndEveryConditionARow() {
        String doc = ReferenceReports.rulesReference(RuleBook.builtIn(), AssessmentPolicy.defaults());

        for (RuleDescriptor r : RuleBook.builtIn().rules()) {
            assertThat(doc).contains("\n## " + r.id() + "\n").contains("](#" + r.id() + ")");
            r.conditions().forEach(c -> assertThat(doc).contains("| " + c.severity() + " | "
                    + c.message().substring(0, Math.min(12, c.message().length()))));
        }
        assertThat(doc).contains("\n## Waivers\n");
    }

    @Test
    void thresholdsAreThoseOfThePolicyInUse() {
        AssessmentPolicy strict = AssessmentPolicy.defaults().toBuilder().restoreTestMaxAgeDays(30).build();

        assertThat(ReferenceReports.rulesReference(RuleBook.builtIn(), strict))
                .contains("or its last restore test is more than 30 days old")
                .doesNotContain("or its last restore test is more than 90 days old");
    }

    @Test
    void aThresholdReadByOnlySomeConditionsNamesThem() throws IOException {
        RuleDescriptor noDeputy = RuleBook.builtIn().rule("no-deputy").orElseThrow();
        RuleDescriptor backup = RuleBook.builtIn().rule("untested-backup").orElseThrow();
        AssessmentPolicy policy = AssessmentPolicy.defaults();

        assertThat(ReferenceReports.explain(noDeputy, policy, ReportFormat.TEXT))
                .contains("otherLeadersNeedDeputies = yes (whether a leader other than the CTO without a deputy is a"
                        + " finding; read by: other leader)");
        assertThat(ReferenceReports.rulesReference(RuleBook.builtIn(), policy))
                .contains("- Threshold `otherLeadersNeedDeputies`: yes (whether a leader other than the CTO without a"
                        + " deputy is a finding; read by: other leader)");
        // Both conditions of untested-backup name its threshold (the never-tested one in the advice it shares).
        assertThat(ReferenceReports.explain(backup, policy, ReportFormat.TEXT)).doesNotContain("read by");

        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ReferenceReports.explain(noDeputy, policy, ReportFormat.JSON));
        var conditions = json.path("conditions");
        assertThat(conditions).hasSize(noDeputy.conditions().size());
        for (var c : conditions) {
            assertThat(c.path("thresholds").isArray()).isTrue();
            boolean other = c.path("name").asText().equals("no-deputy (other leader)");
            assertThat(c.path("thresholds").toString())
                    .isEqualTo(other ? "[\"otherLeadersNeedDeputies\"]" : "[]");
        }
    }
}
