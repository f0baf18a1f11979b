package org.ctorole.rules.facts;

/**
 * A supplier; {@code roadmapUnknown} is true only when the profile says the roadmap is not
 * known, {@code rateGiven} false means the on-time rate is not judged.
 */
public record SupplierFact(String id, boolean critical, boolean roadmapUnknown, boolean rateGiven,
                           double onTimeDeliveryRate) {
}
