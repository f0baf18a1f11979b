package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import java.util.Optional;
import org.ctorole.model.profile.Security;
import org.junit.jupiter.api.Test;

/** Mirrors security.drl: no-breach-process, unmonitored-data-access. */
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
}
