package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A supplier the organisation depends on ("What is a Chief
 * Technology Officer?", "Don't Talk To Me About Missed Deadlines").
 *
 * <pre>{@code new Supplier("feedco", true, Optional.of(false), Optional.of(0.65))}</pre>
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
}
