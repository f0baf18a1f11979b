package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * A promise made to a customer that needs technology.
 *
 * <pre>{@code new Commitment("globex-sso", "Globex", "SSO by Q1", "sam", false, false)}</pre>
 *
 * @param id                    unique commitment id
 * @param customer              the customer (optional)
 * @param promise               what was promised (optional)
 * @param madeBy                id of the person who made it (optional)
 * @param technologyReviewed    whether technology reviewed it before it was made (required)
 * @param specificationComplete whether what to build was specified in full before the date was
 *                              promised (optional; null = not judged)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Commitment(String id, String customer, String promise, String madeBy, Boolean technologyReviewed,
                         Boolean specificationComplete) {

    /** A commitment that says nothing about its specification. */
    public Commitment(String id, String customer, String promise, String madeBy, Boolean technologyReviewed) {
        this(id, customer, promise, madeBy, technologyReviewed, null);
    }

    /** This commitment made by someone else (null: nobody recorded). */
    public Commitment withMadeBy(String person) {
        return new Commitment(id, customer, promise, person, technologyReviewed, specificationComplete);
    }
}
