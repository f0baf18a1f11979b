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

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code
     * Commitment.builder("globex-sso").customer("Globex").madeBy("sam").technologyReviewed(false).build();
     * }</pre>
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Commitment} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private String customer;
        private String promise;
        private String madeBy;
        private Boolean technologyReviewed;
        private Boolean specificationComplete;

        private Builder(String id) {
            this.id = id;
        }

        /** The customer; {@code null}: not given. */
        public Builder customer(String value) {
            customer = value;
            return this;
        }

        /** What was promised; {@code null}: not given. */
        public Builder promise(String value) {
            promise = value;
            return this;
        }

        /** Id of the person who made it; {@code null}: not given. */
        public Builder madeBy(String value) {
            madeBy = value;
            return this;
        }

        /** Whether technology reviewed it before it was made; {@code null}: not given. */
        public Builder technologyReviewed(Boolean value) {
            technologyReviewed = value;
            return this;
        }

        /** Whether what to build was specified in full before the date was promised; {@code null}: not given. */
        public Builder specificationComplete(Boolean value) {
            specificationComplete = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Commitment build() {
            return new Commitment(id, customer, promise, madeBy, technologyReviewed, specificationComplete);
        }
    }
}
