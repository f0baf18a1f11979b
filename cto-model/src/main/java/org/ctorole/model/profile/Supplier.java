package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A supplier the organisation depends on ("What is a Chief
 * Technology Officer?", "Don't Talk To Me About Missed Deadlines").
 *
 * <pre>{@code Supplier.builder("feedco").critical(true).roadmapKnown(false).onTimeDeliveryRate(0.65).build()}</pre>
 *
 * @param id                 unique supplier id
 * @param critical           whether the organisation depends on it (required)
 * @param roadmapKnown       whether its roadmap is known; empty = not judged
 * @param onTimeDeliveryRate share of deliveries on time, 0..1; empty = not judged
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Supplier(String id, Boolean critical, Optional<Boolean> roadmapKnown,
                       Optional<Double> onTimeDeliveryRate) {
    public Supplier {
        roadmapKnown = Copies.optional(roadmapKnown);
        onTimeDeliveryRate = Copies.optional(onTimeDeliveryRate);
    }

    public boolean isCritical() {
        return Boolean.TRUE.equals(critical);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code Supplier.builder("feedco").critical(true).onTimeDeliveryRate(0.65).build()}</pre>
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Supplier} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private Boolean critical;
        private Boolean roadmapKnown;
        private Double onTimeDeliveryRate;

        private Builder(String id) {
            this.id = id;
        }

        /** Whether the organisation depends on it; {@code null}: not given. */
        public Builder critical(Boolean value) {
            critical = value;
            return this;
        }

        /** Whether its roadmap is known; {@code null}: not given. */
        public Builder roadmapKnown(Boolean value) {
            roadmapKnown = value;
            return this;
        }

        /** Share of deliveries on time, 0..1; {@code null}: not given. */
        public Builder onTimeDeliveryRate(Double value) {
            onTimeDeliveryRate = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Supplier build() {
            return new Supplier(id, critical, Optional.ofNullable(roadmapKnown),
                    Optional.ofNullable(onTimeDeliveryRate));
        }
    }
}
