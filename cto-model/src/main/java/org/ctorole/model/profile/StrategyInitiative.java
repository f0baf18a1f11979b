package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * A strategic initiative and the stage at which technology leadership joined it.
 *
 * <pre>{@code new StrategyInitiative("cloud-cost", "Cloud cost programme", StrategyStage.FORMULATION)}</pre>
 *
 * @param id          unique initiative id
 * @param name        display name (optional)
 * @param ctoJoinedAt when the CTO joined (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StrategyInitiative(String id, String name, StrategyStage ctoJoinedAt) {

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code StrategyInitiative.builder("cloud-cost").ctoJoinedAt(StrategyStage.FORMULATION).build()}</pre>
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link StrategyInitiative} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private String name;
        private StrategyStage ctoJoinedAt;

        private Builder(String id) {
            this.id = id;
        }

        /** Display name; {@code null}: not given. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** When the CTO joined; {@code null}: not given. */
        public Builder ctoJoinedAt(StrategyStage value) {
            ctoJoinedAt = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public StrategyInitiative build() {
            return new StrategyInitiative(id, name, ctoJoinedAt);
        }
    }
}
