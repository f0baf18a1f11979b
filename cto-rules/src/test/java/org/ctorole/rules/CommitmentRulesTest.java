package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import org.ctorole.model.profile.Commitment;
import org.junit.jupiter.api.Test;

/** Mirrors commitments.drl: unreviewed-commitment. */
class CommitmentRulesTest {

    @Test
    void unreviewedCommitment() {
        Assessment a = assess(healthy().commitment(new Commitment("c2", "Initech", "Audit log", "coo", false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("unreviewed-commitment c2 MEDIUM");
        Finding f = reported(a, "unreviewed-commitment", "c2");
        assertThat(f.evidenceValues()).containsEntry("customer", "Initech").containsEntry("madeBy", "coo");
        assertThat(f.message()).isEqualTo("The customer commitment c2 to Initech (Audit log), made by Cody,"
                + " was made without a technology review");
    }

    @Test
    void unreviewedCommitmentWithoutCustomerOrMaker() {
        Assessment a = assess(healthy().commitment(new Commitment("c2", null, null, null, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("unreviewed-commitment c2 MEDIUM");
        assertThat(reported(a, "unreviewed-commitment", "c2").evidenceValues()).doesNotContainKeys("customer", "madeBy");
    }

    @Test
    void unreviewedCommitmentDoesNotFireWhenTechnologyReviewedIt() {
        assertThat(keys(assess(healthy().commitment(new Commitment("c2", "Initech", "Audit log", "coo", true)))))
                .isEmpty();
    }
}
