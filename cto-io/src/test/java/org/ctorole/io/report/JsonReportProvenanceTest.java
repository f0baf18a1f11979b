package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.StagePolicy;
import org.ctorole.rules.Threshold;
import org.junit.jupiter.api.Test;

/**
 * A JSON report says what made it: the tool and its version, the thresholds the profile was judged by
 * (those of its organisation's stage) and the rules disabled; and it still reads back to the same
 * assessment.
 */
class JsonReportProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OrganisationProfile NORTHWIND = ProfileReader.standard().read(NorthwindReports.PROFILE);

    private static JsonNode report(CtoAssessor assessor, OrganisationProfile profile) throws Exception {
        AssessedProfile item = new AssessedProfile("northwind.yaml", profile, assessor.assess(profile));
        return JSON.readTree(Reports.render(ReportFormat.JSON, List.of(item), ReportOptions.plain().of(assessor)));
    }

    @Test
    void theToolItsVersionAndTheStagesThresholdsAreRecorded() throws Exception {
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        JsonNode report = report(assessor, NORTHWIND);

        assertThat(report.path("generator").path("name").asText()).isEqualTo("ctorole");
        assertThat(report.path("generator").path("version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        JsonNode policy = report.path("policy");
        assertThat(policy.path("stage").asText()).isEqualTo("SCALEUP");
        assertThat(policy.path("origin").asText()).isEqualTo(
                assessor.stagePolicy().origin(Stage.SCALEUP, List.of()));
        AssessmentPolicy scaleup = assessor.policyFor(Stage.SCALEUP);
        assertThat(policy.path("thresholds").size()).isEqualTo(Threshold.values().length);
        for (Threshold t : Threshold.values()) {
            assertThat(policy.path("thresholds").path(t.key())).as(t.key())
                    .isEqualTo(JSON.valueToTree(t.valueIn(scaleup)));
        }
        assertThat(report.path("disabledRules").isArray()).isTrue();
        assertThat(report.path("disabledRules")).isEmpty();
    }

    @Test
    void aStartUpIsJudgedByItsOwnStagesThresholdsAndAPolicyFileSaysSo() throws Exception {
        OrganisationProfile startup = NORTHWIND.toBuilder()
                .organisation(NORTHWIND.organisation().withStage(Stage.STARTUP)).build();
        StagePolicy mine = StagePolicy.presets().overriding(Map.of("restoreTestMaxAgeDays", 30));
        CtoAssessor assessor = CtoAssessor.builder().stagePolicy(mine).disable("stale-indicator", "low-indicator")
                .build();

        JsonNode report = report(assessor, startup);

        assertThat(report.path("policy").path("stage").asText()).isEqualTo("STARTUP");
        assertThat(report.path("policy").path("thresholds").path("restoreTestMaxAgeDays").asInt()).isEqualTo(30);
        Threshold dependent = StagePolicy.presets().stageDependent().stream()
                .filter(t -> !t.valueIn(mine.forStage(Stage.STARTUP)).equals(t.valueIn(mine.forStage(Stage.SCALEUP))))
                .findFirst().orElseThrow();
        assertThat(report.path("policy").path("thresholds").path(dependent.key()))
                .isEqualTo(JSON.valueToTree(dependent.valueIn(mine.forStage(Stage.STARTUP))))
                .isNotEqualTo(JSON.valueToTree(dependent.valueIn(mine.forStage(Stage.SCALEUP))));
        assertThat(report.path("disabledRules")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("stale-indicator", "low-indicator");
    }

    @Test
    void theRecordedProvenanceDoesNotChangeWhatReadsBack() throws Exception {
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        AssessedProfile item = new AssessedProfile("northwind.yaml", NORTHWIND, assessor.assess(NORTHWIND));
        String json = Reports.render(ReportFormat.JSON, List.of(item), ReportOptions.plain().of(assessor));

        assertThat(AssessmentJson.read(json, "northwind.json")).containsExactly(item.assessment());
    }
}
