package org.ctorole.testkit;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;

/**
 * AssertJ assertions on an {@link Assessment}; findings are named by their key
 * {@code ruleId:subject}. Failure messages list the findings the assessment has.
 *
 * <pre>{@code
 * CtoAssertions.assertThat(assessor.assess(profile))
 *         .hasFinding("single-point-of-knowledge", "payments")
 *         .hasWaivedFinding("distant-from-ceo", "maya")
 *         .hasNoFinding("orphaned-knowledge", "payments");
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    protected AssessmentAssert(Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    /** The assessment has a finding of this rule about this subject (waived or not). */
    public AssessmentAssert hasFinding(String ruleId, String subject) {
        isNotNull();
        if (actual.finding(ruleId, subject).isEmpty()) {
            failWithMessage("Expecting assessment of '%s' to have finding %s:%s, but its findings were:%n%s",
                    actual.profile(), ruleId, subject, listed());
        }
        return this;
    }

    /** The assessment has no finding of this rule about this subject. */
    public AssessmentAssert hasNoFinding(String ruleId, String subject) {
        isNotNull();
        Optional<Finding> finding = actual.finding(ruleId, subject);
        if (finding.isPresent()) {
            failWithMessage("Expecting assessment of '%s' not to have finding %s:%s, but it has:%n%s",
                    actual.profile(), ruleId, subject, ProfileExcerpt.findings(List.of(finding.get())).stripTrailing());
        }
        return this;
    }

    /** The assessment has no finding at all. */
    public AssessmentAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expecting assessment of '%s' to have no findings, but it has %d:%n%s",
                    actual.profile(), actual.findings().size(), listed());
        }
        return this;
    }

    /**
     * The assessment has exactly these findings, given as {@code "ruleId:subject"}, in any order.
     */
    public AssessmentAssert hasFindingsExactly(String... keys) {
        isNotNull();
        Set<String> expected = new LinkedHashSet<>(Arrays.asList(keys));
        Set<String> actualKeys = new LinkedHashSet<>(actual.findings().stream().map(Finding::key).toList());
        if (!expected.equals(actualKeys)) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actualKeys);
            Set<String> unexpected = new LinkedHashSet<>(actualKeys);
            unexpected.removeAll(expected);
            failWithMessage("Expecting assessment of '%s' to have exactly the findings%n    %s%n"
                            + "but these were missing:%n    %s%nand these were not expected:%n    %s%n"
                            + "Its findings were:%n%s",
                    actual.profile(), expected, missing, unexpected, listed());
        }
        return this;
    }

    /** The assessment has a finding of this rule about this subject, accepted by a waiver that has not expired. */
    public AssessmentAssert hasWaivedFinding(String ruleId, String subject) {
        isNotNull();
        Optional<Finding> finding = actual.finding(ruleId, subject);
        if (finding.isEmpty()) {
            failWithMessage("Expecting assessment of '%s' to have a waived finding %s:%s, but it has no such finding; "
                    + "its findings were:%n%s", actual.profile(), ruleId, subject, listed());
        } else if (!finding.get().waived()) {
            failWithMessage("Expecting finding %s:%s of assessment of '%s' to be waived, but no (unexpired) waiver "
                    + "accepts it; unmatched waivers: %s", ruleId, subject, actual.profile(),
                    actual.unmatchedWaivers().stream().map(w -> w.key() + " until " + w.expires()).toList());
        }
        return this;
    }

    private String listed() {
        return ProfileExcerpt.findings(actual.findings()).stripTrailing();
    }
}
