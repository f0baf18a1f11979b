package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.ctorole.model.catalogue.PerformanceIndicator;

/** One indicator reading and its age in days before assessedOn. */
public record ReadingFact(PerformanceIndicator indicator, double value, LocalDate measuredOn, long ageDays) {
}
