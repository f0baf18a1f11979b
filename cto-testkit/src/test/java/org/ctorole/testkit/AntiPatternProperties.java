package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;

/**
 * {@code withAntiPattern(rule)} for each of the 38 organisation rules: about 50 tries per rule,
 * the rule drawn at random each try (the first and last rule are no edge cases) and its count
 * checked by coverage.
 */
class AntiPatternProperties {
    private static final List<String> RULES = CtoArbitraries.organisationRules();
    private static final RuleVerifier VERIFIER = RuleVerifier.builtIn();
    private static final int TRIES = 50 * 38;

    /** Rules an anti-pattern brings along by its nature: knowledge concentrated on few people. */
    private static final Map<String, Set<String>> IMPLIED = Map.of(
            "orphaned-knowledge", Set.of("low-truck-factor"),
            "single-point-of-knowledge", Set.of("low-truck-factor"),
            "key-person-dependency", Set.of("single-point-of-knowledge", "low-truck-factor"),
            "low-truck-factor", Set.of("single-point-of-knowledge", "key-person-dependency"));

    @Property(tries = TRIES)
    void eachAntiPatternTriggersItsRule(@ForAll("planted") Tuple2<String, OrganisationProfile> planted) {
        String rule = planted.get1();
        OrganisationProfile profile = planted.get2();
        assertThat(ProfileValidator.validate(profile)).isEmpty();
        VERIFIER.verifyThat(rule).given(profile).fires();
        countPerRule(rule);
    }

    @Provide
    Arbitrary<Tuple2<String, OrganisationProfile>> planted() {
        return Arbitraries.of(RULES).withoutEdgeCases().flatMap(rule ->
                CtoArbitraries.profiles().withAntiPattern(rule).map(profile -> Tuple.of(rule, profile)));
    }

    @Property(tries = TRIES)
    void aHealthyProfileWithAnAntiPatternTriggersThatRuleAndWhatItImplies(
            @ForAll("plantedInHealthy") Tuple2<String, OrganisationProfile> planted) {
        String rule = planted.get1();
        OrganisationProfile profile = planted.get2();
        assertThat(ProfileValidator.validate(profile)).isEmpty();
        Assessment assessment = VERIFIER.verifyThat(rule).given(profile).fires().assessment();
        Set<String> allowed = new HashSet<>(IMPLIED.getOrDefault(rule, Set.of()));
        allowed.add(rule);
        Set<String> fired = assessment.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(allowed).as("rules fired by a healthy profile with the anti-pattern of %s", rule)
                .containsAll(fired);
        countPerRule(rule);
    }

    @Provide
    Arbitrary<Tuple2<String, OrganisationProfile>> plantedInHealthy() {
        return Arbitraries.of(RULES).withoutEdgeCases().flatMap(rule ->
                CtoArbitraries.profiles().healthy().withAntiPattern(rule).map(profile -> Tuple.of(rule, profile)));
    }

    private static void countPerRule(String rule) {
        Statistics.label("rule").collect(rule);
        Statistics.label("rule").coverage(coverage -> RULES.forEach(r -> coverage.check(r).count(n -> n >= 20)));
    }
}
