package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.catalogue.PerformanceIndicator;

/** One of the catalogue's performance indicators, present when the indicators section is. */
@API(status = API.Status.STABLE, since = "0.1")
public record IndicatorFact(PerformanceIndicator indicator) {
}
