package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.found;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.TODAY;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.healthyWith;

import java.time.LocalDate;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.junit.jupiter.api.Test;

/** Mirrors waivers.drl (expired-waiver) and how the assessor applies waivers. */
class WaiverRulesTest {

    /** A profile with one finding: distant-from-ceo about the CTO, who reports to the COO. */
    private static OrganisationProfile.Builder distantCto() {
        return healthyWith(healthyPerson("cto").withReportsTo("coo"));
    }

    private static Waiver waiver(String ruleId, String subject, LocalDate expires) {
        return new Waiver(ruleId, subject, "Board decision", expires);
    }

    // ---- expired-waiver

    @Test
    void expiredWaiverTheDayAfterItsExpiry() {
        Waiver lapsed = waiver("distant-from-ceo", "cto", TODAY.minusDays(1));

        Assessment a = assess(distantCto().waiver(lapsed));

        assertThat(keys(a)).containsExactlyInAnyOrder("distant-from-ceo cto LOW",
                "expired-waiver distant-from-ceo:cto LOW");
        Finding expired = reported(a, "expired-waiver", "distant-from-ceo:cto");
        assertThat(expired.evidenceValues()).containsEntry("expires", TODAY.minusDays(1))
                .containsEntry("reason", "Board decision");
        assertThat(found(a, "distant-from-ceo", "cto").waived()).isFalse();
        assertThat(a.activeFindings()).hasSize(2);
        assertThat(a.unmatchedWaivers()).isEmpty();
    }

    @Test
    void expiredWaiverDoesNotFireOnTheDayOfExpiry() {
        Waiver lastDay = waiver("distant-from-ceo", "cto", TODAY);

        Assessment a = assess(distantCto().waiver(lastDay));

        assertThat(keys(a)).containsExactlyInAnyOrder("distant-from-ceo cto LOW");
        Finding f = found(a, "distant-from-ceo", "cto");
        assertThat(f.waived()).isTrue();
        assertThat(f.waiver()).contains(lastDay);
    }

    @Test
    void expiredWaiverFiresEvenWhenTheFindingItNamedIsGone() {
        Waiver lapsed = waiver("distant-from-ceo", "cto", TODAY.minusDays(30));

        Assessment a = assess(Profiles.healthy().waiver(lapsed));

        assertThat(keys(a)).containsExactlyInAnyOrder("expired-waiver distant-from-ceo:cto LOW");
        assertThat(a.unmatchedWaivers()).containsExactly(lapsed);
    }

    // ---- applying waivers

    @Test
    void aMatchedWaiverMarksTheFindingWaivedWithoutDroppingIt() {
        Waiver accepted = waiver("distant-from-ceo", "cto", TODAY.plusMonths(6));

        Assessment a = assess(distantCto().waiver(accepted));

        assertThat(keys(a)).containsExactlyInAnyOrder("distant-from-ceo cto LOW");
        Finding f = found(a, "distant-from-ceo", "cto");
        assertThat(f.waived()).isTrue();
        assertThat(f.waiver()).contains(accepted);
        assertThat(a.activeFindings()).isEmpty();
        assertThat(a.hasActiveFindingAtLeast(Severity.LOW)).isFalse();
        assertThat(a.unmatchedWaivers()).isEmpty();
    }

    @Test
    void aWaiverOnlyAcceptsTheFindingItNames() {
        Waiver other = waiver("distant-from-ceo", "coo", TODAY.plusMonths(6));

        Assessment a = assess(distantCto().waiver(other));

        assertThat(found(a, "distant-from-ceo", "cto").waived()).isFalse();
        assertThat(a.unmatchedWaivers()).containsExactly(other);
    }

    @Test
    void waiversMatchingNothingAreListedInOrder() {
        Waiver second = waiver("no-deputy", "vpe", TODAY.plusDays(10));
        Waiver first = waiver("missing-backup", "db", TODAY.plusDays(10));

        Assessment a = assess(Profiles.healthy().waiver(second).waiver(first));

        assertThat(a.findings()).isEmpty();
        assertThat(a.unmatchedWaivers()).containsExactly(first, second);
    }

    @Test
    void aWaiverNamingAnUnknownRuleIsAnInvalidProfile() {
        OrganisationProfile p = distantCto().waiver(waiver("distant-from-ceo", "cto", TODAY.plusDays(10)))
                .waiver(waiver("no-such-rule", "cto", TODAY.plusDays(10))).build();

        assertThatThrownBy(() -> Findings.DEFAULT_ASSESSOR.assess(p))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("waivers[1].ruleId",
                                "unknown rule 'no-such-rule' (see 'cto rules' for the rule ids)")));
    }
}
