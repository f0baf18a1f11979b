package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.forum;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyCtoWithout;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.TechnicalDepth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An omitted section is not assessed: its rules stay silent and are listed with the reason. An
 * empty list is a fact that the rules judge; an omitted optional field is not judged.
 */
class NotAssessedTest {

    private static NotAssessed omitted(String ruleId, String section) {
        return new NotAssessed(ruleId, "section '" + section + "' omitted");
    }

    @Test
    void healthyProfileHasNoFindingAndAssessesEveryRule() {
        Assessment a = assess(healthy());

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).isEmpty();
        assertThat(a.unmatchedWaivers()).isEmpty();
    }

    /**
     * Each optional section omitted: no finding, and exactly its rules listed with the reason.
     * information-silo reads two sections: each case gives the other one a defect it would report.
     */
    static Stream<Arguments> omittedSections() {
        return Stream.of(
                Arguments.of("strategy", healthy().strategy(null),
                        List.of(omitted("strategic-exclusion", "strategy"))),
                Arguments.of("forums", healthy().forums(null).cto(healthyCto().withReceivesCompetitiveIntelligence(false)),
                        List.of(omitted("excluded-from-leadership-forum", "forums"),
                                omitted("information-silo", "forums"), omitted("translation-squeeze", "forums"))),
                Arguments.of("knowledge", healthy().knowledge(null),
                        List.of(omitted("key-person-dependency", "knowledge"),
                                omitted("low-truck-factor", "knowledge"), omitted("orphaned-knowledge", "knowledge"),
                                omitted("single-point-of-knowledge", "knowledge"))),
                Arguments.of("systems", healthy().systems(null),
                        List.of(omitted("missing-backup", "systems"), omitted("no-offsite-copy", "systems"),
                                omitted("stale-backup", "systems"), omitted("untested-backup", "systems"))),
                Arguments.of("cto", healthy().cto(null).forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, true))),
                        List.of(omitted("business-time-imbalance", "cto"), omitted("cto-in-the-weeds", "cto"),
                                omitted("cto-running-internal-it", "cto"), omitted("decision-without-cto", "cto"),
                                omitted("information-silo", "cto"), omitted("infrequent-ceo-contact", "cto"),
                                omitted("neglected-constituent", "cto"), omitted("no-translation-practice", "cto"),
                                omitted("output-accountability", "cto"), omitted("stale-technology-review", "cto"),
                                omitted("unguided-ip-portfolio", "cto"), omitted("unrelayed-business-context", "cto"),
                                omitted("unvalidated-roadmap", "cto"))),
                Arguments.of("indicators", healthy().indicators(null),
                        List.of(omitted("low-indicator", "indicators"), omitted("stale-indicator", "indicators"))),
                Arguments.of("commitments", healthy().commitments(null),
                        List.of(omitted("deadline-before-specification", "commitments"),
                                omitted("unreviewed-commitment", "commitments"))),
                Arguments.of("suppliers", healthy().suppliers(null),
                        List.of(omitted("supplier-risk", "suppliers"))),
                Arguments.of("security", healthy().security(null),
                        List.of(omitted("no-breach-process", "security"),
                                omitted("unmonitored-data-access", "security"), omitted("untrained-staff", "security"))));
    }

    @ParameterizedTest(name = "{0} omitted")
    @MethodSource("omittedSections")
    void anOmittedSectionSilencesItsRulesAndListsThem(String section, OrganisationProfile.Builder profile,
                                                      List<NotAssessed> expected) {
        Assessment a = assess(profile);

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactlyElementsOf(expected);
    }

    @Test
    void aProfileOfOrganisationAndPeopleOnlyAssessesThePeopleRules() {
        OrganisationProfile.Builder minimal = healthy().cto(null).knowledge(null).systems(null).strategy(null)
                .forums(null).indicators(null).commitments(null).suppliers(null).security(null);

        Assessment a = assess(minimal);

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).extracting(NotAssessed::ruleId).doesNotContain("no-technology-leader",
                "no-deputy", "distant-from-ceo", "part-time-cto", "expired-waiver", "output-funded-technology",
                "unmapped-decision-rights").hasSize(32);
        assertThat(a.notAssessed()).contains(new NotAssessed("information-silo", "sections 'cto', 'forums' omitted"));
        assertThat(a.notAssessed()).extracting(NotAssessed::ruleId).isSorted();
    }

    // ---- an empty list is a fact

    @Test
    void emptySystemsAreAssessedAndHealthy() {
        Assessment a = assess(healthy().systems(List.of()));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).isEmpty();
    }

    @Test
    void emptyKnowledgeIsAssessedAndHasNoCriticalAreaToJudge() {
        Assessment a = assess(healthy().knowledge(List.of()));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).isEmpty();
    }

    @Test
    void emptyForumsMeanTheCtoAttendsNoMarketForum() {
        Assessment a = assess(healthy().forums(List.of()));

        assertThat(keys(a)).containsExactlyInAnyOrder("information-silo cto MEDIUM");
        assertThat(reported(a, "information-silo", "cto").evidenceValues()).containsEntry("marketForumsAttended", 0L);
        assertThat(a.notAssessed()).isEmpty();
    }

    @Test
    void emptyIndicatorsMeanNoIndicatorWasEverMeasured() {
        Assessment a = assess(healthy().indicators(List.of()));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-indicator TECH_STRATEGY_ALIGNMENT MEDIUM",
                "stale-indicator ENGINEERING_CULTURE_HEALTH MEDIUM", "stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
        assertThat(a.notAssessed()).isEmpty();
    }

    @Test
    void emptyStrategyCommitmentsAndSuppliersAreAssessedAndHealthy() {
        Assessment a = assess(healthy().strategy(List.of()).commitments(List.of()).suppliers(List.of()));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).isEmpty();
    }

    // ---- omitted optional fields are not judged

    @Test
    void aForumWithoutTechnologyMinutesIsNotJudgedOnThem() {
        Forum noMinutes = new Forum("ops", ForumKind.OTHER, true, Optional.empty(),
                Optional.of(TechnicalDepth.ARCHITECTURE_WELCOME), false);

        assertThat(assess(healthy().forum(noMinutes)).findings()).isEmpty();
    }

    @Test
    void aSupplierWithoutRoadmapKnownIsNotJudgedOnIt() {
        Supplier noRoadmap = new Supplier("acmepay", true, Optional.empty(), Optional.of(0.9));

        assertThat(assess(healthy().supplier(noRoadmap)).findings()).isEmpty();
    }

    @Test
    void securityWithEveryFlagOmittedIsNotJudged() {
        Assessment a = assess(healthy().security(new Security(Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactly(
                new NotAssessed("untrained-staff", "security.awarenessTraining omitted"));
    }

    @Test
    void aCtoWithoutTimeAllocationListsTheTimeRulesAsNotAssessed() {
        Assessment a = assess(healthy().cto(healthyCtoWithout("timeAllocation")));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactly(
                new NotAssessed("business-time-imbalance", "cto.timeAllocation omitted"),
                new NotAssessed("cto-in-the-weeds", "cto.timeAllocation omitted"),
                new NotAssessed("cto-running-internal-it", "cto.timeAllocation.INTERNAL_IT omitted"),
                new NotAssessed("neglected-constituent", "cto.timeAllocation omitted"));
    }

    @Test
    void aCtoWithoutAccountableForListsOutputAccountabilityAsNotAssessed() {
        Assessment a = assess(healthy().cto(healthyCtoWithout("accountableFor")));

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed())
                .containsExactly(new NotAssessed("output-accountability", "cto.accountableFor omitted"));
    }

    @Test
    void aCtoSectionNamingOnlyThePersonJudgesOnlyTheDefaults() {
        // lastTechnologyReview omitted means never reviewed (a default, judged); the rest is not judged
        Assessment a = assess(healthy().cto(CtoWorkingPattern.of("cto")));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-technology-review cto LOW");
        assertThat(a.notAssessed()).containsExactly(
                new NotAssessed("business-time-imbalance", "cto.timeAllocation omitted"),
                new NotAssessed("cto-in-the-weeds", "cto.timeAllocation omitted"),
                new NotAssessed("cto-running-internal-it", "cto.timeAllocation.INTERNAL_IT omitted"),
                new NotAssessed("decision-without-cto", "cto.decisions omitted"),
                new NotAssessed("infrequent-ceo-contact", "cto.ceoMeetings omitted"),
                new NotAssessed("neglected-constituent", "cto.timeAllocation omitted"),
                new NotAssessed("no-translation-practice", "cto.translationSessions omitted"),
                new NotAssessed("output-accountability", "cto.accountableFor omitted"),
                new NotAssessed("unguided-ip-portfolio", "cto.guidesIpPortfolio omitted"),
                new NotAssessed("unrelayed-business-context", "cto.businessBriefings omitted"),
                new NotAssessed("unvalidated-roadmap", "cto.decisions omitted"));
    }

    // ---- no CTO: only no-technology-leader speaks for the CTO rules

    @Test
    void withoutACtoOnlyNoTechnologyLeaderSpeaksForTheCtoRules() {
        // every CTO rule would fire here if there were a CTO
        OrganisationProfile.Builder p = LeadershipRulesTest.withoutCto()
                .initiative(new StrategyInitiative("erp", "ERP", StrategyStage.NEVER))
                .forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, false),
                        new Forum("ops", ForumKind.OTHER, true, Optional.of(5),
                                Optional.of(TechnicalDepth.HIGH_LEVEL_ONLY), true)));

        Assessment a = assess(p);

        assertThat(keys(a)).containsExactlyInAnyOrder("no-technology-leader acme CRITICAL");
        assertThat(a.findings()).extracting(Finding::ruleId).doesNotContain("strategic-exclusion",
                "excluded-from-leadership-forum", "translation-squeeze", "cto-in-the-weeds", "business-time-imbalance",
                "neglected-constituent", "output-accountability", "information-silo", "stale-technology-review",
                "distant-from-ceo");
        // the cto section cannot be given without a CTO: the rules reading it are listed
        assertThat(a.notAssessed()).extracting(NotAssessed::ruleId).containsExactly("business-time-imbalance",
                "cto-in-the-weeds", "cto-running-internal-it", "decision-without-cto", "information-silo",
                "infrequent-ceo-contact", "neglected-constituent", "no-translation-practice", "output-accountability",
                "stale-technology-review", "unguided-ip-portfolio", "unrelayed-business-context",
                "unvalidated-roadmap");
    }

    @Test
    void theSameProfileWithACtoFiresTheCtoRules() {
        // the control for the test above: the same defects with a CTO are all reported
        OrganisationProfile.Builder p = healthy()
                .initiative(new StrategyInitiative("erp", "ERP", StrategyStage.NEVER))
                .forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, false),
                        new Forum("ops", ForumKind.OTHER, true, Optional.of(5),
                                Optional.of(TechnicalDepth.HIGH_LEVEL_ONLY), true)))
                .cto(healthyCto());

        assertThat(keys(assess(p))).containsExactlyInAnyOrder("strategic-exclusion erp HIGH",
                "excluded-from-leadership-forum exec MEDIUM", "translation-squeeze ops MEDIUM",
                "information-silo cto MEDIUM");
    }
}
