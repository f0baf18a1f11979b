package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ctorole.rules.Profiles.healthy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.RuleExecutionException.Reason;
import org.junit.jupiter.api.Test;

/**
 * Custom rules that throw, recurse, loop, wait or feed themselves stop the assessment with a
 * {@link RuleExecutionException} naming the rule and its file, never an {@link Error} at the
 * caller and never a hang; the time and firing limits hold for the built-in pack too. The DRL
 * reproducers are the fixtures in {@code src/test/resources/hostile}, one folder each.
 */
class RuleLimitsTest {
    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    private static final OrganisationProfile PROFILE = healthy().build();

    /** An assessor with the built-in pack and every DRL file of one fixture folder. */
    static CtoAssessor.Builder with(String fixture) throws IOException {
        CtoAssessor.Builder builder = CtoAssessor.builder();
        try (Stream<Path> files = Files.list(HOSTILE.resolve(fixture))) {
            files.sorted().forEach(builder::addRules);
        }
        return builder;
    }

    static RuleExecutionException stopOf(CtoAssessor assessor) {
        return catchThrowableOfType(RuleExecutionException.class, () -> assessor.assess(PROFILE));
    }

    @Test
    void aConsequenceThatThrowsIsTheRulesFailureNamedWithItsFile() throws IOException {
        RuleExecutionException e = stopOf(with("throws").build());

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).contains("acme-throws");
        assertThat(e.origin()).hasValueSatisfying(o -> assertThat(o).endsWith("throws.drl"));
        assertThat(e.customRule()).isTrue();
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no backup policy for db");
        assertThat(e.getMessage()).startsWith("rule 'acme-throws' (").contains("throws.drl) failed: ",
                "IllegalStateException: no backup policy for db");
    }

    @Test
    void aStackOverflowComesBackAsAnExceptionNotAnError() throws IOException {
        RuleExecutionException e = stopOf(with("deep-recursion").build());

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).contains("acme-deep");
        assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
        assertThat(e.getMessage()).contains("rule 'acme-deep'", "deep.drl", "java.lang.StackOverflowError");
    }

    @Test
    void anErrorOnTheWorkerThreadComesBackTheSameWay() throws IOException {
        RuleExecutionException e = stopOf(with("deep-recursion").timeLimit(Duration.ofMinutes(5)).build());

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).contains("acme-deep");
        assertThat(e.getCause()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aConditionThatThrowsNamesItsRule() throws IOException {
        RuleExecutionException e = stopOf(with("bad-condition").build());

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).contains("acme-bad-condition");
        assertThat(e.origin()).hasValueSatisfying(o -> assertThat(o).endsWith("condition.drl"));
        assertThat(e.getCause()).isInstanceOf(StringIndexOutOfBoundsException.class);
    }

    @Test
    void aSelfFeedingRuleStopsAtTheFiringLimitNamingTheRuleThatFiredLast() throws IOException {
        RuleExecutionException e = stopOf(with("self-feeding").maxFirings(10_000).build());

        assertThat(e.reason()).isEqualTo(Reason.FIRING_LIMIT);
        assertThat(e.rule()).contains("acme-feeds");
        assertThat(e.getMessage()).isEqualTo("the rules fired more than 10000 times (the firing limit); the last to"
                + " fire was rule 'acme-feeds' (" + HOSTILE.resolve("self-feeding/feeds.drl") + ")");
    }

    @Test
    void aSelfFeedingRuleStopsAtTheTimeLimitWithoutAFiringLimit() throws IOException {
        RuleExecutionException e = stopOf(with("self-feeding").timeLimit(Duration.ofMillis(300)).build());

        assertThat(e.reason()).isEqualTo(Reason.TIME_LIMIT);
        assertThat(e.getMessage()).startsWith("the rules ran longer than the time limit of 300 ms: ")
                .contains("acme-feeds");
    }

    @Test
    void aConsequenceThatNeverReturnsStillLetsTheAssessmentReturnAtTheLimit() throws Exception {
        try {
            RuleExecutionException e = stopOf(with("busy-loop").timeLimit(Duration.ofMillis(300)).build());

            assertThat(e.reason()).isEqualTo(Reason.TIME_LIMIT);
            assertThat(e.rule()).contains("acme-busy");
            assertThat(e.getMessage()).isEqualTo("the rules ran longer than the time limit of 300 ms: rule"
                    + " 'acme-busy' (" + HOSTILE.resolve("busy-loop/busy.drl") + ") was running");
            assertThat(busyWorker()).as("the consequence is still running on its worker").isNotNull();
        } finally {
            releaseBusyRule();
        }
    }

    /** The worker thread running the busy fixture's consequence, or null. */
    static Thread busyWorker() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> CtoAssessor.customRuleOn(t).filter(r -> r.contains("acme-busy")).isPresent())
                .findFirst().orElse(null);
    }

    /** Lets the busy fixture's consequence end, and waits for its worker to leave it. */
    static void releaseBusyRule() throws InterruptedException {
        System.setProperty("acme.hostile.release", "yes");
        for (int i = 0; i < 200 && busyWorker() != null; i++) {
            Thread.sleep(50); // the worker is a pool thread: it lives on, but leaves the rule
        }
        System.clearProperty("acme.hostile.release");
    }

    @Test
    void aWaitingConsequenceIsInterruptedAtTheLimitAndTheAssessorStaysUsable() throws IOException {
        CtoAssessor assessor = with("sleeps").timeLimit(Duration.ofMillis(200)).disable("acme-sleeps").build();
        CtoAssessor sleeping = with("sleeps").timeLimit(Duration.ofMillis(200)).build();

        RuleExecutionException e = stopOf(sleeping);

        assertThat(e.reason()).isEqualTo(Reason.TIME_LIMIT);
        assertThat(e.rule()).contains("acme-sleeps");
        assertThat(assessor.assess(PROFILE).findings()).isEqualTo(CtoAssessor.withDefaultRules().assess(PROFILE)
                .findings());
    }

    @Test
    void theFiringLimitCountsTheBuiltInRulesToo() {
        OrganisationProfile northwind = Northwind.profile();
        int firings = CtoAssessor.withDefaultRules().trace(northwind).totalFirings();

        assertThat(CtoAssessor.builder().maxFirings(firings).build().assess(northwind).findings())
                .isEqualTo(CtoAssessor.withDefaultRules().assess(northwind).findings());
        RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
                () -> CtoAssessor.builder().maxFirings(firings - 1).build().assess(northwind));
        assertThat(e.reason()).isEqualTo(Reason.FIRING_LIMIT);
        assertThat(e.origin()).contains(RuleDescriptor.BUILT_IN);
        assertThat(e.customRule()).isFalse();
    }

    @Test
    void limitsLeaveTheFindingsOfRulesThatKeepThemUnchanged() throws IOException {
        CtoAssessor limited = CtoAssessor.builder().timeLimit(Duration.ofMinutes(1)).maxFirings(1_000).build();

        assertThat(limited.assess(PROFILE)).isEqualTo(CtoAssessor.withDefaultRules().assess(PROFILE));
        OrganisationProfile northwind = Northwind.profile();
        assertThat(limited.assess(northwind)).isEqualTo(CtoAssessor.withDefaultRules().assess(northwind));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> CtoAssessor.builder().timeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> CtoAssessor.builder().maxFirings(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
