package org.ctorole.testkit;

import org.apiguardian.api.API;
import org.ctorole.rules.Assessment;

/**
 * Entry point of the testkit's AssertJ assertions.
 *
 * <pre>{@code
 * import static org.ctorole.testkit.CtoAssertions.assertThat;
 *
 * assertThat(CtoAssessor.withDefaultRules().assess(profile))
 *         .hasFindingsExactly("no-deputy:maya", "single-point-of-knowledge:payments");
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CtoAssertions {
    private CtoAssertions() {
    }

    /** Assertions on an assessment. */
    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }
}
