package org.ctorole.testkit;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.rules.CtoAssessor;

/**
 * Tests one rule at a time against a profile, in the manner of Timefold's
 * {@code ConstraintVerifier}: name the rule, give the profile, state exactly for which subjects
 * it fires. A failed expectation throws an {@link AssertionError} that prints the parts of the
 * profile the rule reads and the findings the assessment actually produced.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.builtIn();
 * verifier.verifyThat("single-point-of-knowledge")
 *         .given(profile)
 *         .firesExactlyFor("payments")
 *         .firesWithSeverity("payments", Severity.HIGH);
 * verifier.verifyThat("orphaned-knowledge").given(profile).doesNotFire();
 * }</pre>
 *
 * Build a verifier once and share it: it holds an assessor, which is thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleVerifier {
    private final CtoAssessor assessor;

    private RuleVerifier(CtoAssessor assessor) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
    }

    /** A verifier of the rules of {@code assessor}: its policy, custom rules and disabled rules apply. */
    public static RuleVerifier forAssessor(CtoAssessor assessor) {
        return new RuleVerifier(assessor);
    }

    /** A verifier of the built-in rule pack under the default policy. */
    public static RuleVerifier builtIn() {
        return BuiltIn.VERIFIER;
    }

    private static final class BuiltIn {
        static final RuleVerifier VERIFIER = new RuleVerifier(CtoAssessor.withDefaultRules());
    }

    /** The assessor whose rules are verified. */
    public CtoAssessor assessor() {
        return assessor;
    }

    /**
     * Starts the verification of one rule.
     *
     * @throws IllegalArgumentException when the assessor has no such rule
     */
    public SingleRuleVerification verifyThat(String ruleId) {
        if (ruleId == null || !assessor.ruleBook().contains(ruleId)) {
            throw new IllegalArgumentException("unknown rule '" + ruleId + "'; the assessor knows: "
                    + String.join(", ", assessor.ruleBook().rules().stream().map(r -> r.id()).toList()));
        }
        return new SingleRuleVerification(assessor, ruleId);
    }
}
