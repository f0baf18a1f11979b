package org.ctorole.rules;

/**
 * A rule that stayed silent because the profile does not give what it reads, so a partial
 * profile raises no false alarm and the reader still sees what was not checked.
 *
 * @param ruleId the rule
 * @param reason why, e.g. {@code section 'systems' omitted}
 */
public record NotAssessed(String ruleId, String reason) {
}
