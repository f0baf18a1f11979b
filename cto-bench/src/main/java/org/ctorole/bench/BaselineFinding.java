package org.ctorole.bench;

import org.ctorole.rules.Severity;

/**
 * A finding of the {@link BaselineAssessor}: the key the rule pack is compared on
 * ({@code ruleId}, {@code subject}, {@code severity}), whether an active waiver accepts it, and a
 * message naming the facts (so that the baseline does the same kind of work as the rules).
 */
public record BaselineFinding(String ruleId, String subject, Severity severity, boolean waived, String message) {

    /** {@code ruleId:subject}, the key waivers name. */
    public String key() {
        return ruleId + ":" + subject;
    }
}
