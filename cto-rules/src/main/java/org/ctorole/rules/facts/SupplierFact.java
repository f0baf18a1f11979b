package org.ctorole.rules.facts;

/**
 * A supplier, optional values flattened to a "given" flag and a value: {@code roadmapGiven} or
 * {@code rateGiven} false means that part is not judged.
 */
public record SupplierFact(String id, boolean critical, boolean roadmapGiven, boolean roadmapKnown, boolean rateGiven,
                           double onTimeDeliveryRate) {
}
