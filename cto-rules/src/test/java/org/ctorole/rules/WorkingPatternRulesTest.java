package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.found;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.atStage;
import static org.ctorole.rules.Profiles.daysAgo;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyCtoWithout;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.healthyWith;
import static org.ctorole.rules.Profiles.withPerson;
import static org.ctorole.rules.Profiles.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.junit.jupiter.api.Test;

/**
 * Mirrors working-pattern.drl: cto-in-the-weeds, business-time-imbalance, neglected-constituent,
 * output-accountability, stale-technology-review, cto-running-internal-it, unrelayed-business-context,
 * unguided-ip-portfolio. Time allocations are given in the order of
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
        assertThat(f.evidenceValues()).containsEntry("businessPercent", 56.0).containsEntry("overGuideline", 16.0)
                .containsEntry("mostServed", "SALES");
        assertThat(f.message()).contains("56 %");
        // The other way: give time back, and say which business work to hand over.
        assertThat(f.recommendation()).isEqualTo("Give about 16 % of the week of Tess back to technology: hand the"
                + " Sales work that does not need a CTO to the people who lead it, and keep the CTO for strategic"
                + " accounts, partners and the roadmap.");
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
        // The areas of the five duties owed to marketing.
        assertThat(f.harms()).containsExactly(ResponsibilityArea.CUSTOMER_RELATIONS,
                ResponsibilityArea.MARKETING_AND_SALES);
        assertThat(f.message()).isEqualTo("The CTO, Tess, gives 0 % of their time to Marketing");
        assertThat(f.recommendation()).isEqualTo("Give Marketing a standing slot in the week of Tess, an hour or two to"
                + " begin with, and start with one duty: be the public face of the company's technology.");
    }

    @Test
    void aNeglectedConstituentOfAFractionalCtoIsAChoiceToMakeWithTheCeo() {
        Assessment a = assess(withTime(time(10, 40, 15, 20, 0, 5, 10)).people(healthy().buildUnvalidated().people()
                .stream().map(p -> p.id().equals("cto") ? p.withEngagement(Engagement.FRACTIONAL) : p).toList()));

        Finding f = reported(a, "neglected-constituent", "MARKETING");
        assertThat(f.conditions()).containsExactly("neglected-constituent (part-time CTO)");
        assertThat(f.message()).isEqualTo("The fractional CTO, Tess, gives 0 % of their time to Marketing");
        assertThat(f.recommendation()).startsWith("A part-time CTO cannot serve everyone: agree with the CEO whether"
                + " Tess takes on one duty for Marketing (be the public face of the company's technology)");
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

    // ---- cto-in-the-weeds: the advice by stage and engagement

    @Test
    void aStartupCtoInTheWeedsIsToldToHireForTheFeatureWork() {
        Finding f = reported(assess(atStage(Stage.STARTUP, withTime(time(5, 1, 15, 10, 10, 51, 8)))),
                "cto-in-the-weeds", "cto");

        assertThat(f.conditions()).containsExactly("cto-in-the-weeds (startup)");
        assertThat(f.message()).isEqualTo("The CTO of a start-up, Tess, spends 51 % of their time on hands-on delivery"
                + " (at most 50 %)");
        assertThat(f.recommendation()).startsWith("Some building is part of a start-up CTO's job, but past 50 %");
        assertThat(keys(assess(atStage(Stage.STARTUP, withTime(time(5, 2, 15, 10, 10, 50, 8)))))).isEmpty();
    }

    @Test
    void aFractionalCtoInTheWeedsIsToldWhatOnlyTheyCanDo() {
        Assessment a = assess(withPerson(withTime(time(10, 14, 15, 10, 10, 31, 10)),
                healthyPerson("cto").withEngagement(Engagement.FRACTIONAL)));

        Finding f = reported(a, "cto-in-the-weeds", "cto");
        assertThat(f.conditions()).containsExactly("cto-in-the-weeds (part-time CTO)");
        assertThat(f.message()).startsWith("The fractional CTO, Tess, spends 31 %");
        assertThat(f.recommendation()).startsWith("Keep the days of Tess for what only a CTO can do (the roadmap and the"
                + " first version, the stack and the architecture");
    }

    // ---- cto-running-internal-it

    private static Map<Activity, Double> withInternalIt(double percent) {
        Map<Activity, Double> t = time(10, 40 - percent, 15, 10, 10, 5, 10);
        t.put(Activity.INTERNAL_IT, percent);
        return t;
    }

    @Test
    void aCtoRunningInternalItIsToldToHandItToTheCio() {
        Assessment a = assess(healthyWith(Person.of("cio", "Ciro", Role.CIO).withReportsTo("ceo").withDeputy("coo"))
                .cto(healthyCto().withTimeAllocation(withInternalIt(11))));

        assertThat(keys(a)).containsExactly("cto-running-internal-it cto MEDIUM");
        Finding f = reported(a, "cto-running-internal-it", "cto");
        assertThat(f.message()).isEqualTo("The CTO, Tess, spends 11 % of their time on internal IT (at most 10 %), which"
                + " the CIO, Ciro, could take");
        assertThat(f.evidenceValues()).containsExactly(entry("internalIt", 11.0), entry("cio", "cio"),
                entry("maxInternalItPercent", 10.0), entry("policy", SCALEUP));
    }

    @Test
    void internalItAtTheLimitOfTheStageIsFine() {
        assertThat(keys(assess(withTime(withInternalIt(10))))).isEmpty();
        assertThat(keys(assess(atStage(Stage.STARTUP, withTime(withInternalIt(20)))))).isEmpty();
        assertThat(keys(assess(atStage(Stage.STARTUP, withTime(withInternalIt(21))))))
                .containsExactly("cto-running-internal-it cto MEDIUM");
        assertThat(keys(assess(atStage(Stage.ENTERPRISE, withTime(withInternalIt(6))))))
                .containsExactly("cto-running-internal-it cto MEDIUM");
    }

    @Test
    void withoutACioInternalItGoesToAnItManagerOrAServiceFirst() {
        Finding f = reported(assess(withTime(withInternalIt(15))), "cto-running-internal-it", "cto");

        assertThat(f.conditions()).containsExactly("cto-running-internal-it (no CIO)");
        assertThat(f.recommendation()).isEqualTo("Move internal IT off the desk of Tess: to an IT manager or a managed"
                + " service now, and to a CIO once the company is big enough for both.");
    }

    @Test
    void anAllocationWithoutAnInternalItShareIsNotJudgedOnIt() {
        Assessment a = assess(withTime(time(10, 40, 15, 10, 10, 5, 10)));

        assertThat(keys(a)).isEmpty();
        assertThat(a.notAssessed()).containsExactly(
                new NotAssessed("cto-running-internal-it", "cto.timeAllocation.INTERNAL_IT omitted"));
    }

    // ---- unrelayed-business-context

    private static OrganisationProfile.Builder briefings(Cadence cadence, Stage stage) {
        return atStage(stage, healthy().cto(healthyCto().withBusinessBriefings(cadence)));
    }

    @Test
    void monthlyBriefingsAreEnoughAtAScaleUpAndQuarterlyOnesAtAStartup() {
        assertThat(keys(assess(briefings(Cadence.MONTHLY, Stage.SCALEUP)))).isEmpty();
        assertThat(keys(assess(briefings(Cadence.QUARTERLY, Stage.STARTUP)))).isEmpty();
        Assessment a = assess(briefings(Cadence.QUARTERLY, Stage.SCALEUP));

        assertThat(keys(a)).containsExactly("unrelayed-business-context cto MEDIUM");
        Finding f = reported(a, "unrelayed-business-context", "cto");
        assertThat(f.message()).isEqualTo("The CTO, Tess, briefs the technology teams on the business quarterly (at"
                + " least every 30 days)");
        assertThat(f.recommendation()).isEqualTo("Have Tess brief the technology teams at least every 30 days: what"
                + " customers asked for, what sales is promising, what changed in the strategy, and why it matters to"
                + " what they build.");
        assertThat(keys(assess(briefings(Cadence.HALF_YEARLY, Stage.STARTUP))))
                .containsExactly("unrelayed-business-context cto MEDIUM");
    }

    @Test
    void briefingsNowAndThenOrNever() {
        assertThat(reported(assess(briefings(Cadence.AD_HOC, null)), "unrelayed-business-context", "cto").conditions())
                .containsExactly("unrelayed-business-context (irregular)");
        assertThat(reported(assess(briefings(Cadence.NEVER, null)), "unrelayed-business-context", "cto").message())
                .isEqualTo("The CTO, Tess, never briefs the technology teams on the business");
    }

    // ---- unguided-ip-portfolio

    @Test
    void aCtoWhoDoesNotGuideTheIpPortfolio() {
        Assessment a = assess(healthy().cto(healthyCto().withGuidesIpPortfolio(false)));

        assertThat(keys(a)).containsExactly("unguided-ip-portfolio cto LOW");
        Finding f = reported(a, "unguided-ip-portfolio", "cto");
        assertThat(f.recommendation()).startsWith("Make Tess answerable, with legal counsel, for what the company"
                + " patents");
        assertThat(keys(assess(healthy().cto(healthyCto().withGuidesIpPortfolio(true))))).isEmpty();
    }

    @Test
    void aStartupDecidesWhatToProtectBeforeItsNextRelease() {
        Finding f = reported(assess(atStage(Stage.STARTUP, healthy().cto(healthyCto().withGuidesIpPortfolio(false)))),
                "unguided-ip-portfolio", "cto");

        assertThat(f.conditions()).containsExactly("unguided-ip-portfolio (startup)");
        assertThat(f.recommendation()).startsWith("Before the next release, have Tess decide with counsel");
    }
}
