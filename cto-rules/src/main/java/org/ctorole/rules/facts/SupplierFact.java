package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/**
 * A supplier, optional values flattened to a "given" flag and a value: {@code roadmapGiven} or
 * {@code rateGiven} false means that part is not judged.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SupplierFact(String id, boolean critical, boolean roadmapGiven, boolean roadmapKnown, boolean rateGiven,
                           double onTimeDeliveryRate) {
}
