package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.PerformanceIndicator;

/** One indicator reading and its age in days before assessedOn. */
@API(status = API.Status.STABLE, since = "0.1")
public record ReadingFact(PerformanceIndicator indicator, double value, LocalDate measuredOn, long ageDays) {
}
