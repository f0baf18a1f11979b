package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Severity;
import org.junit.jupiter.api.Test;

class RuleVerifierTest {
    private final RuleVerifier verifier = RuleVerifier.builtIn();

    private static OrganisationProfile withSinglePoints() {
        return Organisations.healthy()
                .knowledgeArea(new KnowledgeArea("billing", true, List.of("ana")))
                .knowledgeArea(new KnowledgeArea("ledger", true, List.of("ben")))
                .knowledgeArea(new KnowledgeArea("wiki", false, List.of("ana")))
                .build();
    }

    @Test
    void theHandMadeOrganisationTriggersNoRule() {
        assertThat(CtoAssessor.withDefaultRules().assess(Organisations.healthy().build()).findings()).isEmpty();
    }

    @Test
    void passingVerificationsChain() {
        verifier.verifyThat("single-point-of-knowledge").given(withSinglePoints())
                .firesFor("billing")
                .firesExactlyFor("ledger", "billing")
                .firesWithSeverity("ledger", Severity.HIGH)
                .doesNotFireFor("wiki")
                .doesNotFireFor("payments");
        verifier.verifyThat("orphaned-knowledge").given(withSinglePoints()).doesNotFire();
    }

    @Test
    void givenABuilderBuildsAndValidatesIt() {
        verifier.verifyThat("missing-backup")
                .given(Organisations.healthy()
                        .system(new SystemAsset("wiki", true, false, Optional.empty())))
                .firesExactlyFor("wiki")
                .firesWithSeverity("wiki", Severity.HIGH);
        assertThatThrownBy(() -> verifier.verifyThat("missing-backup")
                .given(Organisations.healthy().system(new SystemAsset("wiki", null, false, Optional.empty()))))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("systems[1].holdsData: missing required value");
    }

    @Test
    void aRuleThatDoesNotFireFailsWithTheProfilePartAndTheFindings() {
        OrganisationProfile profile = withSinglePoints();
        Assessment assessment = CtoAssessor.withDefaultRules().assess(profile);
        String billing = assessment.finding("single-point-of-knowledge", "billing").orElseThrow().message();
        String ledger = assessment.finding("single-point-of-knowledge", "ledger").orElseThrow().message();
        assertThatThrownBy(() -> verifier.verifyThat("single-point-of-knowledge").given(profile).firesFor("payments"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected rule 'single-point-of-knowledge' to fire for 'payments', but it fired for 'billing', 'ledger'.
                        Findings of 'single-point-of-knowledge':
                            HIGH single-point-of-knowledge:billing - %s
                            HIGH single-point-of-knowledge:ledger - %s
                        Other findings:
                            none
                        What the rule reads in profile 'acme':
                            organisation: acme, assessedOn 2026-11-01
                            knowledge:
                              - payments critical, experts [ana, ben]
                              - search critical, experts [ben, maya]
                              - billing critical, experts [ana]
                              - ledger critical, experts [ben]
                              - wiki not critical, experts [ana]""".formatted(billing, ledger));
        assertThat(billing).contains("billing", "Ana");
    }

    @Test
    void firesExactlyForNamesWhatIsMissingAndWhatIsExtra() {
        assertThatThrownBy(() -> verifier.verifyThat("single-point-of-knowledge").given(withSinglePoints())
                .firesExactlyFor("billing", "payments"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected rule 'single-point-of-knowledge' to fire exactly for 'billing', "
                        + "'payments' (missing 'payments', unexpected 'ledger'), but it fired for 'billing', 'ledger'.");
    }

    @Test
    void doesNotFireAndSeverityFailuresSayWhatWasFound() {
        OrganisationProfile profile = withSinglePoints();
        assertThatThrownBy(() -> verifier.verifyThat("key-person-dependency").given(profile).firesFor("ana"))
                .hasMessageContaining("but it fired for nothing")
                .hasMessageContaining("HIGH single-point-of-knowledge:billing");
        assertThatThrownBy(() -> verifier.verifyThat("single-point-of-knowledge").given(profile).doesNotFire())
                .hasMessageStartingWith("Expected rule 'single-point-of-knowledge' not to fire, but it fired for "
                        + "'billing', 'ledger'.");
        assertThatThrownBy(() -> verifier.verifyThat("single-point-of-knowledge").given(profile)
                .firesWithSeverity("billing", Severity.CRITICAL))
                .hasMessageStartingWith("Expected rule 'single-point-of-knowledge' to fire for 'billing' with severity "
                        + "CRITICAL (it has HIGH)");
    }

    @Test
    void aRuleAboutTheCtoShowsWhoTheCtoIsAndWhyItWasNotAssessed() {
        OrganisationProfile profile = Organisations.healthy().cto(null).build();
        assertThatThrownBy(() -> verifier.verifyThat("stale-technology-review").given(profile).firesFor("maya"))
                .hasMessageContaining("The rule was not assessed: section 'cto' omitted.")
                .hasMessageContaining("    cto: omitted (not assessed)")
                .hasMessageContaining("  - maya [CTO], reportsTo kim, deputy ana");
    }

    @Test
    void unknownRulesAreRefusedAtOnce() {
        assertThatThrownBy(() -> verifier.verifyThat("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule 'no-such-rule'; the assessor knows: key-person-dependency, ");
    }

    @Test
    void aVerifierForAnAssessorUsesItsPolicyAndDisabledRules() {
        // The hand-made organisation has a truck factor of 3 (ben, ana, maya): below 4, above 2.
        CtoAssessor strict = CtoAssessor.builder()
                .policy(AssessmentPolicy.defaults().toBuilder().minTruckFactor(4).build())
                .disable("no-deputy")
                .build();
        RuleVerifier custom = RuleVerifier.forAssessor(strict);
        assertThat(custom.assessor()).isSameAs(strict);
        custom.verifyThat("low-truck-factor").given(Organisations.healthy().build()).firesExactlyFor("acme");
        custom.verifyThat("no-deputy").given(Organisations.healthy()
                .person(Person.of("cfo", "Cid", Role.CFO)))
                .doesNotFire();
        verifier.verifyThat("low-truck-factor").given(Organisations.healthy().build()).doesNotFire();
    }
}
