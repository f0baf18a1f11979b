package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.atStage;
import static org.ctorole.rules.Profiles.healthy;

import java.util.Optional;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.Security;
import org.junit.jupiter.api.Test;

/** Mirrors security.drl: no-breach-process, unmonitored-data-access, untrained-staff. */
class SecurityRulesTest {

    private static Security security(Boolean incidentResponsePlan, Boolean credentialRotation, Boolean monitoring) {
        return new Security(Optional.ofNullable(incidentResponsePlan), Optional.ofNullable(credentialRotation),
                Optional.ofNullable(monitoring));
    }

    // ---- no-breach-process

    @Test
    void noBreachProcessWithoutAnIncidentResponsePlan() {
        Assessment a = assess(healthy().security(security(false, true, true)));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-breach-process acme HIGH");
        Finding f = reported(a, "no-breach-process", "acme");
        assertThat(f.evidenceValues()).containsExactly(entry("incidentResponsePlan", false));
        assertThat(f.message()).contains("incident response").doesNotContain("rotation");
    }

    @Test
    void noBreachProcessWithoutCredentialRotation() {
        Assessment a = assess(healthy().security(security(true, false, true)));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-breach-process acme HIGH");
        Finding f = reported(a, "no-breach-process", "acme");
        assertThat(f.evidenceValues()).containsExactly(entry("credentialRotationProcess", false));
        assertThat(f.message()).contains("rotate").doesNotContain("incident response");
    }

    @Test
    void noBreachProcessDoesNotJudgeOmittedFlags() {
        assertThat(keys(assess(healthy().security(security(null, null, true))))).isEmpty();
    }

    // ---- unmonitored-data-access

    @Test
    void unmonitoredDataAccess() {
        Assessment a = assess(healthy().security(security(true, true, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("unmonitored-data-access acme MEDIUM");
        assertThat(reported(a, "unmonitored-data-access", "acme").evidenceValues()).containsEntry("dataAccessMonitoring", false);
    }

    @Test
    void unmonitoredDataAccessDoesNotJudgeAnOmittedFlag() {
        assertThat(keys(assess(healthy().security(security(true, true, null))))).isEmpty();
    }

    @Test
    void everySecurityFlagFalseGivesBothFindings() {
        assertThat(keys(assess(healthy().security(security(false, false, false)))))
                .containsExactly("no-breach-process acme HIGH", "unmonitored-data-access acme MEDIUM");
    }

    // ---- unmonitored-data-access: the controls that fit the stage

    @Test
    void theControlsForUnmonitoredDataAccessFitTheStage() {
        Finding scaleup = reported(assess(healthy().security(security(true, true, false))), "unmonitored-data-access",
                "acme");
        Finding startup = reported(assess(atStage(Stage.STARTUP, healthy().security(security(true, true, false)))),
                "unmonitored-data-access", "acme");
        Finding enterprise = reported(assess(atStage(Stage.ENTERPRISE, healthy().security(security(true, true,
                false)))), "unmonitored-data-access", "acme");

        assertThat(scaleup.recommendation()).contains("rate limit and a quota that cut it off automatically",
                "review who can read what each quarter");
        assertThat(startup.conditions()).containsExactly("unmonitored-data-access (startup)");
        assertThat(startup.recommendation()).contains("audit logs of your cloud provider", "gateway");
        assertThat(enterprise.conditions()).containsExactly("unmonitored-data-access (enterprise)");
        assertThat(enterprise.recommendation()).contains("security operations team", "data-loss prevention");
    }

    // ---- untrained-staff

    private static Security trained(Cadence cadence) {
        return new Security(Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(cadence));
    }

    @Test
    void yearlyTrainingIsEnoughAtAScaleUpButNotAtAnEnterprise() {
        assertThat(keys(assess(healthy().security(trained(Cadence.YEARLY))))).isEmpty();
        assertThat(keys(assess(atStage(Stage.ENTERPRISE, healthy().security(trained(Cadence.HALF_YEARLY)))))).isEmpty();
        Assessment a = assess(atStage(Stage.ENTERPRISE, healthy().security(trained(Cadence.YEARLY))));

        assertThat(keys(a)).containsExactly("untrained-staff acme MEDIUM");
        Finding f = reported(a, "untrained-staff", "acme");
        assertThat(f.message()).isEqualTo("Acme trains its staff against phishing and social engineering yearly (at"
                + " least every 182 days)");
        assertThat(f.evidenceValues()).containsExactly(entry("awarenessTraining", "YEARLY"),
                entry("awarenessTrainingMaxIntervalDays", 182L), entry("policy", "the ENTERPRISE preset"));
    }

    @Test
    void trainingNowAndThenIsMediumAndNeverIsHigh() {
        Finding adHoc = reported(assess(healthy().security(trained(Cadence.AD_HOC))), "untrained-staff", "acme");
        Finding never = reported(assess(healthy().security(trained(Cadence.NEVER))), "untrained-staff", "acme");

        assertThat(adHoc.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(adHoc.message()).contains("only now and then");
        assertThat(never.severity()).isEqualTo(Severity.HIGH);
        assertThat(never.message()).isEqualTo("Acme has never trained its staff against phishing and social engineering");
        assertThat(never.recommendation()).startsWith("Start now: a short session for everyone");
    }
}
