package org.ctorole.testkit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;

/**
 * What the rule pack makes of generated profiles: healthy ones trigger nothing, and the default
 * mix is varied (every organisation rule fires for some profiles, some profiles are clean).
 */
class RuleCoverageProperties {
    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();
    private static final List<String> RULES = CtoArbitraries.organisationRules();

    @Property(tries = 1000)
    void everyOrganisationRuleIsTriggeredBySomeDefaultProfile(@ForAll OrganisationProfile profile) {
        Assessment assessment = ASSESSOR.assess(profile);
        Set<String> fired = assessment.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        for (String rule : RULES) {
            Statistics.label(rule).collect(fired.contains(rule));
            // At least 1 % of profiles. The rarest rules fire for about 3 to 5 % of them (27 to 54
            // of 1,000 in one run), so a bound of 3 % failed at random; 1 % is 10 of 1,000, some 3.5
            // standard deviations below the rarest, and still fails for a rule that never fires.
            Statistics.label(rule).coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
        }
        Statistics.label("rules fired").collect(fired.isEmpty() ? "none" : fired.size() <= 3 ? "1-3" : "4+");
        Statistics.label("rules fired").coverage(coverage -> {
            // About 20 %, 35 % and 45 %.
            coverage.check("none").percentage(p -> p >= 10);
            coverage.check("1-3").percentage(p -> p >= 20);
            coverage.check("4+").percentage(p -> p >= 25);
        });
    }

    @Property(tries = 500)
    void healthyProfilesTriggerNoRule(@ForAll("healthy") OrganisationProfile profile) {
        CtoAssertions.assertThat(ASSESSOR.assess(profile)).hasNoFindings();
        Statistics.label("sections given").collect(profile.presentSections().size() >= 10 ? "10-12" : "fewer");
    }

    @Provide
    Arbitrary<OrganisationProfile> healthy() {
        return CtoArbitraries.profiles().healthy();
    }
}
