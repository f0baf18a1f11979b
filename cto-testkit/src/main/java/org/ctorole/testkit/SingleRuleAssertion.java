package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;

/**
 * The last stage of a {@link RuleVerifier}: what the rule should have found in the profile.
 * Waived findings count (a waiver accepts a finding, it does not stop the rule from firing).
 * Each method returns this assertion, so expectations chain.
 *
 * <pre>{@code
 * RuleVerifier.builtIn().verifyThat("missing-backup").given(profile)
 *         .firesExactlyFor("orders-db", "wiki")
 *         .firesWithSeverity("orders-db", Severity.CRITICAL)
 *         .firesWithSeverity("wiki", Severity.HIGH);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class SingleRuleAssertion {
    private final CtoAssessor assessor;
    private final String ruleId;
    private final OrganisationProfile profile;
    private final Assessment assessment;

    SingleRuleAssertion(CtoAssessor assessor, String ruleId, OrganisationProfile profile, Assessment assessment) {
        this.assessor = assessor;
        this.ruleId = ruleId;
        this.profile = profile;
        this.assessment = assessment;
    }

    /** The whole assessment, for checks beyond this rule. */
    public Assessment assessment() {
        return assessment;
    }

    /** The findings of the rule. */
    public List<Finding> findings() {
        return assessment.findingsOf(ruleId);
    }

    /** The rule fires, for whatever subject. */
    public SingleRuleAssertion fires() {
        if (findings().isEmpty()) {
            throw failure("to fire");
        }
        return this;
    }

    /** The rule fires for this subject (and maybe for others). */
    public SingleRuleAssertion firesFor(String subject) {
        if (finding(subject).isEmpty()) {
            throw failure("to fire for '" + subject + "'");
        }
        return this;
    }

    /** The rule fires for these subjects and no other, in any order. */
    public SingleRuleAssertion firesExactlyFor(String... subjects) {
        Set<String> expected = new TreeSet<>(Arrays.asList(subjects));
        if (!expected.equals(subjects())) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(subjects());
            Set<String> unexpected = new TreeSet<>(subjects());
            unexpected.removeAll(expected);
            List<String> details = new ArrayList<>();
            if (!missing.isEmpty()) {
                details.add("missing " + quoted(missing));
            }
            if (!unexpected.isEmpty()) {
                details.add("unexpected " + quoted(unexpected));
            }
            throw failure("to fire exactly for " + quoted(expected) + " (" + String.join(", ", details) + ")");
        }
        return this;
    }

    /** The rule fires for nothing at all. */
    public SingleRuleAssertion doesNotFire() {
        if (!findings().isEmpty()) {
            throw failure("not to fire");
        }
        return this;
    }

    /** The rule does not fire for this subject (it may for others). */
    public SingleRuleAssertion doesNotFireFor(String subject) {
        if (finding(subject).isPresent()) {
            throw failure("not to fire for '" + subject + "'");
        }
        return this;
    }

    /** The rule fires for this subject with this severity. */
    public SingleRuleAssertion firesWithSeverity(String subject, Severity severity) {
        Optional<Finding> finding = finding(subject);
        if (finding.isEmpty()) {
            throw failure("to fire for '" + subject + "' with severity " + severity);
        }
        if (finding.get().severity() != severity) {
            throw failure("to fire for '" + subject + "' with severity " + severity + " (it has "
                    + finding.get().severity() + ")");
        }
        return this;
    }

    private Optional<Finding> finding(String subject) {
        return assessment.finding(ruleId, subject);
    }

    private Set<String> subjects() {
        Set<String> subjects = new TreeSet<>();
        findings().forEach(f -> subjects.add(f.subject().id()));
        return subjects;
    }

    private static String quoted(Set<String> subjects) {
        return subjects.isEmpty() ? "nothing" : "'" + String.join("', '", subjects) + "'";
    }

    private AssertionError failure(String expectation) {
        List<Finding> ofRule = findings();
        StringBuilder message = new StringBuilder();
        message.append("Expected rule '").append(ruleId).append("' ").append(expectation).append(", but it fired ")
                .append(ofRule.isEmpty() ? "for nothing" : "for " + quoted(subjects())).append(".\n");
        assessment.notAssessed().stream().filter(n -> n.ruleId().equals(ruleId)).map(NotAssessed::reason)
                .findFirst().ifPresent(reason -> message.append("The rule was not assessed: ").append(reason)
                        .append(".\n"));
        message.append("Findings of '").append(ruleId).append("':\n").append(ProfileExcerpt.findings(ofRule));
        List<Finding> others = assessment.findings().stream().filter(f -> !f.ruleId().equals(ruleId)).toList();
        message.append("Other findings:\n").append(ProfileExcerpt.findings(others));
        Set<Section> reads = assessor.ruleBook().rule(ruleId).map(RuleDescriptor::sections).orElse(Set.of());
        message.append("What the rule reads in profile '").append(profile.organisation().id()).append("':\n")
                .append(ProfileExcerpt.of(profile, reads));
        return new AssertionError(message.toString().stripTrailing());
    }
}
