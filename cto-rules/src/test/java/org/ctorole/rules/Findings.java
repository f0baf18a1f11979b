package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctorole.model.profile.OrganisationProfile;

/** Assessing test profiles and reading their findings in the form rule tests assert on. */
final class Findings {
    /** The evidence of a finding judged by the thresholds of a scale-up, the stage of the healthy profile. */
    static final String SCALEUP = "the SCALEUP preset";

    /** One assessor for all rule tests: it is thread-safe and keeps no state between calls. */
    static final CtoAssessor DEFAULT_ASSESSOR = CtoAssessor.withDefaultRules();

    private Findings() {
    }

    /** The profile built (validated) and assessed with the built-in rules and the default policy. */
    static Assessment assess(OrganisationProfile.Builder profile) {
        return DEFAULT_ASSESSOR.assess(profile.build());
    }

    /**
     * Every finding as {@code "ruleId subject SEVERITY"}, in the assessment's order; assert it with
     * {@code containsExactlyInAnyOrder} so that an extra finding fails the test.
     */
    static List<String> keys(Assessment assessment) {
        return assessment.findings().stream().map(f -> f.ruleId() + " " + f.subject().id() + " " + f.severity()).toList();
    }

    /** The finding of a rule about a subject, which must be there. */
    static Finding found(Assessment assessment, String ruleId, String subject) {
        return assessment.finding(ruleId, subject)
                .orElseThrow(() -> new AssertionError("no finding " + ruleId + ":" + subject + " in " + keys(assessment)));
    }

    /**
     * The finding of a rule about a subject, whose message must be worded in full (no placeholder
     * left) and name the subject, unless the subject is the organisation the whole report is about.
     */
    static Finding reported(Assessment assessment, String ruleId, String subject) {
        Finding f = found(assessment, ruleId, subject);
        assertThat(f.message()).as("message of %s", f.key()).isNotBlank().doesNotContain("{", "}", "[", "]");
        assertThat(f.recommendation()).as("recommendation of %s", f.key()).isNotBlank().doesNotContain("{", "}");
        if (f.subject().kind() != SubjectKind.ORGANISATION) {
            assertThat(f.message()).as("message of %s", f.key()).contains(f.subject().name());
        }
        return f;
    }
}
