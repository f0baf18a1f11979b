package org.ctorole.rules;

import org.apiguardian.api.API;

/**
 * A rule that stayed silent because the profile does not give what it reads, so a partial
 * profile raises no false alarm and the reader still sees what was not checked.
 *
 * @param ruleId the rule
 * @param reason why, e.g. {@code section 'systems' omitted}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record NotAssessed(String ruleId, String reason) {
}
