package org.ctorole.testkit;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/**
 * The second stage of a {@link RuleVerifier}: the rule is named, the profile comes next.
 *
 * <pre>{@code
 * SingleRuleVerification noDeputy = RuleVerifier.builtIn().verifyThat("no-deputy");
 * noDeputy.given(withDeputies).doesNotFire();
 * noDeputy.given(withoutDeputies).firesFor("maya");
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SingleRuleVerification {
    private final CtoAssessor assessor;
    private final String ruleId;

    SingleRuleVerification(CtoAssessor assessor, String ruleId) {
        this.assessor = assessor;
        this.ruleId = ruleId;
    }

    /** The rule verified. */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Assesses the profile.
     *
     * @throws org.ctorole.model.validation.InvalidProfileException when the profile is invalid
     */
    public SingleRuleAssertion given(OrganisationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return new SingleRuleAssertion(assessor, ruleId, profile, assessor.assess(profile));
    }

    /** Builds the profile (validating it) and assesses it. */
    public SingleRuleAssertion given(OrganisationProfile.Builder profile) {
        return given(profile.build());
    }
}
