package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.atStage;
import static org.ctorole.rules.Profiles.forum;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyCtoWithout;

import java.util.List;
import java.util.Optional;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.TechnicalDepth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mirrors forums.drl: excluded-from-leadership-forum, translation-squeeze, information-silo,
 * no-translation-practice.
 */
class ForumRulesTest {

    private static Forum attended(String id, Integer minutes, TechnicalDepth depth, boolean architectureCut) {
        return new Forum(id, ForumKind.OTHER, true, Optional.ofNullable(minutes), Optional.ofNullable(depth),
                architectureCut);
    }

    // ---- excluded-from-leadership-forum

    @ParameterizedTest
    @EnumSource(value = ForumKind.class, names = {"EXECUTIVE_MEETING", "QUARTERLY_BUSINESS_REVIEW", "BOARD"})
    void excludedFromLeadershipForum(ForumKind kind) {
        Assessment a = assess(healthy().forum(forum("lead", kind, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("excluded-from-leadership-forum lead MEDIUM");
        Finding f = reported(a, "excluded-from-leadership-forum", "lead");
        assertThat(f.evidenceValues()).containsExactly(entry("cto", "cto"), entry("kind", kind.name()));
    }

    @ParameterizedTest
    @EnumSource(value = ForumKind.class, names = {"CUSTOMER_ADVISORY_BOARD", "MARKET_RESEARCH_REVIEW", "OTHER"})
    void excludedFromLeadershipForumDoesNotFireForOtherForums(ForumKind kind) {
        Assessment a = assess(healthy().forum(forum("other", kind, false)));

        assertThat(keys(a)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ForumKind.class, names = {"EXECUTIVE_MEETING", "QUARTERLY_BUSINESS_REVIEW", "BOARD"})
    void excludedFromLeadershipForumDoesNotFireWhenTheCtoAttends(ForumKind kind) {
        Assessment a = assess(healthy().forum(forum("lead", kind, true)));

        assertThat(keys(a)).isEmpty();
    }

    // ---- translation-squeeze

    @Test
    void translationSqueezeAt15TechnologyMinutes() {
        Assessment a = assess(healthy().forum(attended("ops", 15, null, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("translation-squeeze ops MEDIUM");
        Finding f = reported(a, "translation-squeeze", "ops");
        assertThat(f.evidenceValues()).containsExactly(entry("technologyMinutes", 15L),
                entry("maxTechnologyMinutes", 15L), entry("policy", SCALEUP));
        assertThat(f.message()).contains("15 minutes");
    }

    @Test
    void translationSqueezeDoesNotFireAt16TechnologyMinutes() {
        Assessment a = assess(healthy().forum(attended("ops", 16, null, false)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void translationSqueezeForHighLevelOnlyDepth() {
        Assessment a = assess(healthy().forum(attended("ops", 60, TechnicalDepth.HIGH_LEVEL_ONLY, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("translation-squeeze ops MEDIUM");
        Finding f = reported(a, "translation-squeeze", "ops");
        // The depth of the discussion is judged without a threshold: none is shown.
        assertThat(f.evidenceValues()).containsExactly(entry("highLevelOnly", true));
        assertThat(f.conditions()).containsExactly("translation-squeeze (high level only)");
    }

    @Test
    void translationSqueezeDoesNotFireWhenArchitectureIsWelcome() {
        Assessment a = assess(healthy().forum(attended("ops", 60, TechnicalDepth.ARCHITECTURE_WELCOME, false)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void translationSqueezeWhenArchitectureDiscussionsAreCut() {
        Assessment a = assess(healthy().forum(attended("ops", 60, TechnicalDepth.ARCHITECTURE_WELCOME, true)));

        assertThat(keys(a)).containsExactlyInAnyOrder("translation-squeeze ops MEDIUM");
        Finding f = reported(a, "translation-squeeze", "ops");
        assertThat(f.evidenceValues()).containsExactly(entry("architectureDiscussionsCut", true));
    }

    @Test
    void translationSqueezeDoesNotJudgeOmittedMinutesOrDepth() {
        Assessment a = assess(healthy().forum(attended("ops", null, null, false)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void translationSqueezeWithOmittedMinutesStillJudgesTheOtherConditions() {
        Assessment a = assess(healthy().forum(attended("ops", null, TechnicalDepth.HIGH_LEVEL_ONLY, false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("translation-squeeze ops MEDIUM");
        assertThat(reported(a, "translation-squeeze", "ops").evidenceValues())
                .doesNotContainKey("technologyMinutes").containsEntry("highLevelOnly", true);
    }

    @Test
    void translationSqueezeDoesNotFireForAForumTheCtoDoesNotAttend() {
        Forum notAttended = new Forum("ops", ForumKind.OTHER, false, Optional.of(5),
                Optional.of(TechnicalDepth.HIGH_LEVEL_ONLY), true);

        assertThat(keys(assess(healthy().forum(notAttended)))).isEmpty();
    }

    // ---- information-silo

    @Test
    void informationSiloWhenTheCtoAttendsNoMarketForum() {
        Assessment a = assess(healthy().forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, true),
                forum("cab", ForumKind.CUSTOMER_ADVISORY_BOARD, false))));

        assertThat(keys(a)).containsExactlyInAnyOrder("information-silo cto MEDIUM");
        Finding f = reported(a, "information-silo", "cto");
        assertThat(f.evidenceValues()).containsExactly(entry("marketForumsAttended", 0L));
    }

    @Test
    void informationSiloWhenTheCtoReceivesNoCompetitiveIntelligence() {
        Assessment a = assess(healthy().cto(healthyCto().withReceivesCompetitiveIntelligence(false)));

        assertThat(keys(a)).containsExactlyInAnyOrder("information-silo cto MEDIUM");
        Finding f = reported(a, "information-silo", "cto");
        assertThat(f.evidenceValues()).containsExactly(entry("receivesCompetitiveIntelligence", false));
    }

    @Test
    void informationSiloDoesNotFireWhenTheCtoAttendsAMarketResearchReview() {
        Assessment a = assess(healthy().forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, true),
                forum("mrr", ForumKind.MARKET_RESEARCH_REVIEW, true))));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void informationSiloDoesNotJudgeOmittedCompetitiveIntelligence() {
        Assessment a = assess(healthy().cto(healthyCtoWithout("receivesCompetitiveIntelligence")));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void informationSiloWithOmittedCompetitiveIntelligenceStillJudgesForums() {
        Assessment a = assess(healthy()
                .cto(healthyCtoWithout("receivesCompetitiveIntelligence"))
                .forums(List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, true))));

        assertThat(keys(a)).containsExactlyInAnyOrder("information-silo cto MEDIUM");
        assertThat(reported(a, "information-silo", "cto").evidenceValues()).containsExactly(entry("marketForumsAttended", 0L));
    }

    // ---- no-translation-practice

    private static Assessment translation(Cadence cadence, Stage stage) {
        return assess(atStage(stage, healthy().cto(healthyCto().withTranslationSessions(cadence))));
    }

    @Test
    void monthlySessionsAreEnoughAndQuarterlyOnesOnlyAtAStartup() {
        assertThat(keys(translation(Cadence.MONTHLY, Stage.ENTERPRISE))).isEmpty();
        assertThat(keys(translation(Cadence.QUARTERLY, Stage.STARTUP))).isEmpty();
        Assessment a = translation(Cadence.QUARTERLY, Stage.SCALEUP);

        assertThat(keys(a)).containsExactly("no-translation-practice acme MEDIUM");
        Finding f = reported(a, "no-translation-practice", "acme");
        assertThat(f.message()).isEqualTo("Acme holds translation sessions between technology and business leaders"
                + " quarterly (at least every 30 days)");
        assertThat(f.recommendation()).startsWith("Hold a session at least every 30 days in which a technology leader"
                + " explains a live decision");
    }

    @Test
    void translationSessionsNowAndThenOrNever() {
        assertThat(reported(translation(Cadence.AD_HOC, null), "no-translation-practice", "acme").conditions())
                .containsExactly("no-translation-practice (irregular)");
        assertThat(reported(translation(Cadence.NEVER, null), "no-translation-practice", "acme").recommendation())
                .startsWith("Start with one session this month");
    }
}
