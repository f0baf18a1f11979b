package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.found;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.daysAgo;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyCtoWithout;
import static org.ctorole.rules.Profiles.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.OrganisationProfile;
import org.junit.jupiter.api.Test;

/**
 * Mirrors working-pattern.drl: cto-in-the-weeds, business-time-imbalance, neglected-constituent,
 * output-accountability, stale-technology-review. Time allocations are given in the order of
 * {@link Activity}: CEO_STRATEGY, ENGINEERING_PRODUCT, SALES, BUSINESS_DEVELOPMENT, MARKETING,
 * HANDS_ON_DELIVERY, LEARNING_AND_THINKING; each sums to 100.
 */
class WorkingPatternRulesTest {

    private static OrganisationProfile.Builder withTime(Map<Activity, Double> allocation) {
        return healthy().cto(healthyCto().withTimeAllocation(allocation));
    }

    // ---- cto-in-the-weeds

    @Test
    void ctoInTheWeedsAt31PercentHandsOn() {
        Assessment a = assess(withTime(time(10, 14, 15, 10, 10, 31, 10)));

        assertThat(keys(a)).containsExactlyInAnyOrder("cto-in-the-weeds cto MEDIUM");
        Finding f = reported(a, "cto-in-the-weeds", "cto");
        assertThat(f.evidenceValues()).containsExactly(entry("handsOnDelivery", 31.0), entry("maxHandsOnPercent", 30.0),
                entry("minLearningPercent", 5.0), entry("policy", SCALEUP));
        assertThat(f.conditions()).containsExactly("cto-in-the-weeds");
        assertThat(f.message()).contains("31 %").doesNotContain("learning");
    }

    @Test
    void ctoInTheWeedsDoesNotFireAt30PercentHandsOn() {
        assertThat(keys(assess(withTime(time(10, 15, 15, 10, 10, 30, 10))))).isEmpty();
    }

    @Test
    void ctoInTheWeedsAt4PercentLearning() {
        Assessment a = assess(withTime(time(10, 46, 15, 10, 10, 5, 4)));

        assertThat(keys(a)).containsExactlyInAnyOrder("cto-in-the-weeds cto MEDIUM");
        Finding f = reported(a, "cto-in-the-weeds", "cto");
        assertThat(f.evidenceValues()).containsExactly(entry("learningAndThinking", 4.0), entry("maxHandsOnPercent", 30.0),
                entry("minLearningPercent", 5.0), entry("policy", SCALEUP));
        assertThat(f.conditions()).containsExactly("cto-in-the-weeds (no time to think)");
        assertThat(f.message()).contains("4 %").doesNotContain("hands-on");
    }

    @Test
    void ctoInTheWeedsDoesNotFireAt5PercentLearning() {
        assertThat(keys(assess(withTime(time(10, 45, 15, 10, 10, 5, 5))))).isEmpty();
    }

    @Test
    void ctoInTheWeedsWhenLearningIsOmittedFromTheAllocation() {
        Map<Activity, Double> noLearning = new EnumMap<>(time(10, 50, 15, 10, 10, 5, 0));
        noLearning.remove(Activity.LEARNING_AND_THINKING);

        Assessment a = assess(withTime(noLearning));

        assertThat(keys(a)).containsExactlyInAnyOrder("cto-in-the-weeds cto MEDIUM");
        assertThat(found(a, "cto-in-the-weeds", "cto").evidenceValues()).containsEntry("learningAndThinking", 0.0);
    }

    // ---- business-time-imbalance

    @Test
    void businessTimeImbalanceBelow25Percent() {
        Assessment a = assess(withTime(time(10, 50.1, 10, 10, 4.9, 5, 10)));

        assertThat(keys(a)).containsExactlyInAnyOrder("business-time-imbalance cto LOW");
        Finding f = reported(a, "business-time-imbalance", "cto");
        assertThat((Double) f.evidenceValues().get("businessPercent")).isCloseTo(24.9, offset(1e-9));
        assertThat(f.evidenceValues()).containsEntry("leastServed", List.of("MARKETING"))
                .containsEntry("minBusinessPercent", 25.0).containsEntry("maxBusinessPercent", 55.0);
        assertThat(f.evidenceValues()).containsEntry("takeFrom", "ENGINEERING_PRODUCT");
        assertThat((Double) f.evidenceValues().get("shortOfGuideline")).isCloseTo(15.1, offset(1e-9));
        // Which way to move, from where, to whom, and the first duty to take up there.
        assertThat(f.recommendation()).isEqualTo("Add about 15.1 % to the business side of the week of Tess, taken"
                + " from Engineering and product, and give it first to Marketing, starting with this duty: be the"
                + " public face of the company's technology.");
    }

    @Test
    void businessTimeImbalanceDoesNotFireAt25Percent() {
        assertThat(keys(assess(withTime(time(10, 50, 10, 10, 5, 5, 10))))).isEmpty();
    }

    @Test
    void businessTimeImbalanceAbove55Percent() {
        Assessment a = assess(withTime(time(5, 19, 25, 20, 11, 5, 15)));

        assertThat(keys(a)).containsExactlyInAnyOrder("business-time-imbalance cto LOW");
        Finding f = reported(a, "business-time-imbalance", "cto");
        assertThat(f.evidenceValues()).containsEntry("businessPercent", 56.0);
        assertThat(f.message()).contains("56 %");
    }

    @Test
    void businessTimeImbalanceDoesNotFireAt55Percent() {
        assertThat(keys(assess(withTime(time(5, 20, 25, 20, 10, 5, 15))))).isEmpty();
    }

    // ---- neglected-constituent

    @Test
    void neglectedConstituent() {
        Assessment a = assess(withTime(time(10, 40, 15, 20, 0, 5, 10)));

        assertThat(keys(a)).containsExactlyInAnyOrder("neglected-constituent MARKETING MEDIUM");
        Finding f = reported(a, "neglected-constituent", "MARKETING");
        assertThat(f.evidenceValues()).containsEntry("cto", "cto").containsEntry("percent", 0.0)
                .containsEntry("neglectedConstituentPercent", 0.0);
        assertThat(f.harms()).isNotEmpty();
    }

    @Test
    void neglectedConstituentWhenOmittedFromTheAllocation() {
        Map<Activity, Double> noCeo = new EnumMap<>(time(0, 50, 15, 10, 10, 5, 10));
        noCeo.remove(Activity.CEO_STRATEGY);

        Assessment a = assess(withTime(noCeo));

        assertThat(keys(a)).containsExactlyInAnyOrder("neglected-constituent CEO_STRATEGY MEDIUM");
    }

    @Test
    void neglectedConstituentDoesNotFireAtOnePercent() {
        assertThat(keys(assess(withTime(time(10, 40, 15, 19, 1, 5, 10))))).isEmpty();
    }

    // ---- output-accountability

    @Test
    void outputAccountability() {
        Assessment a = assess(healthy().cto(healthyCto().withAccountableFor(
                List.of(Accountability.DELIVERABLES, Accountability.SCHEDULE))));

        assertThat(keys(a)).containsExactlyInAnyOrder("output-accountability cto MEDIUM");
        Finding f = reported(a, "output-accountability", "cto");
        assertThat(f.evidenceValues()).containsEntry("accountableFor", List.of("DELIVERABLES", "SCHEDULE"));
    }

    @Test
    void outputAccountabilityWhenAccountableForNothing() {
        Assessment a = assess(healthy().cto(healthyCto().withAccountableFor(List.of())));

        assertThat(keys(a)).containsExactlyInAnyOrder("output-accountability cto MEDIUM");
        assertThat(reported(a, "output-accountability", "cto").evidenceValues()).containsEntry("accountableFor", List.of());
    }

    @Test
    void outputAccountabilityDoesNotFireWhenBusinessOutcomesAreAmongOthers() {
        assertThat(keys(assess(healthy().cto(healthyCto().withAccountableFor(
                List.of(Accountability.DELIVERABLES, Accountability.BUSINESS_OUTCOMES)))))).isEmpty();
    }

    // ---- stale-technology-review

    @Test
    void staleTechnologyReviewAfter366Days() {
        Assessment a = assess(healthy().cto(healthyCto().withLastTechnologyReview(daysAgo(366))));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-technology-review cto LOW");
        Finding f = found(a, "stale-technology-review", "cto");
        assertThat(f.message()).isNotBlank().contains("366");
        assertThat(f.evidenceValues()).containsEntry("daysSinceTechnologyReview", 366L)
                .containsEntry("technologyReviewMaxAgeDays", 365L);
    }

    @Test
    void staleTechnologyReviewDoesNotFireAfter365Days() {
        assertThat(keys(assess(healthy().cto(healthyCto().withLastTechnologyReview(daysAgo(365)))))).isEmpty();
    }

    @Test
    void staleTechnologyReviewWhenNeverReviewed() {
        Assessment a = assess(healthy().cto(healthyCtoWithout("lastTechnologyReview")));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-technology-review cto LOW");
        Finding f = found(a, "stale-technology-review", "cto");
        assertThat(f.message()).isNotBlank().contains("never");
        assertThat(f.evidenceValues()).containsEntry("lastTechnologyReview", null)
                .doesNotContainKey("daysSinceTechnologyReview");
    }

    @Test
    void staleTechnologyReviewMessageNamesTheCto() {
        reported(assess(healthy().cto(healthyCto().withLastTechnologyReview(daysAgo(366)))),
                "stale-technology-review", "cto");
        reported(assess(healthy().cto(healthyCtoWithout("lastTechnologyReview"))), "stale-technology-review", "cto");
    }
}
