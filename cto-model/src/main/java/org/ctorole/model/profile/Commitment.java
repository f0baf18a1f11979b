package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * A promise made to a customer that needs technology.
 *
 * <pre>{@code new Commitment("globex-sso", "Globex", "SSO by Q1", "sam", false)}</pre>
 *
 * @param id                 unique commitment id
 * @param customer           the customer (optional)
 * @param promise            what was promised (optional)
 * @param madeBy             id of the person who made it (optional)
 * @param technologyReviewed whether technology reviewed it before it was made (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Commitment(String id, String customer, String promise, String madeBy, Boolean technologyReviewed) {
}
