package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import org.ctorole.model.profile.Commitment;
import org.junit.jupiter.api.Test;

/** Mirrors commitments.drl: unreviewed-commitment, deadline-before-specification. */
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

    // ---- deadline-before-specification

    @Test
    void aDatePromisedBeforeTheSpecificationWasComplete() {
        Assessment a = assess(healthy().commitment(new Commitment("c2", "Initech", "Audit log", "coo", true, false)));

        assertThat(keys(a)).containsExactly("deadline-before-specification c2 MEDIUM");
        Finding f = reported(a, "deadline-before-specification", "c2");
        assertThat(f.message()).isEqualTo("The customer commitment c2 to Initech promised a date before what was to be"
                + " built had been specified in full");
        assertThat(f.recommendation()).startsWith("Finish the specification of c2 with the customer and the engineers,"
                + " then estimate again");
        assertThat(f.evidenceValues()).containsEntry("specificationComplete", false).containsEntry("customer", "Initech");
    }

    @Test
    void aSpecifiedCommitmentOrOneThatSaysNothingIsNoFinding() {
        assertThat(keys(assess(healthy().commitment(new Commitment("c2", null, null, null, true, true))))).isEmpty();
        assertThat(keys(assess(healthy().commitment(new Commitment("c2", null, null, null, true))))).isEmpty();
    }

    @Test
    void withoutACustomerTheMessageLeavesItOut() {
        Finding f = reported(assess(healthy().commitment(new Commitment("c2", null, null, null, true, false))),
                "deadline-before-specification", "c2");

        assertThat(f.message()).startsWith("The customer commitment c2 promised a date");
    }

    @Test
    void aPromiseUnreviewedAndUnspecifiedIsBothFindings() {
        assertThat(keys(assess(healthy().commitment(new Commitment("c2", null, null, null, false, false)))))
                .containsExactly("deadline-before-specification c2 MEDIUM", "unreviewed-commitment c2 MEDIUM");
    }

    @Test
    void commitmentsThatAllSayNothingAboutTheirSpecificationLeaveTheRuleNotAssessed() {
        Assessment a = assess(healthy().commitments(java.util.List.of(new Commitment("c1", null, null, null, true))));

        assertThat(a.notAssessed()).containsExactly(
                new NotAssessed("deadline-before-specification", "commitments.specificationComplete omitted"));
    }
}
