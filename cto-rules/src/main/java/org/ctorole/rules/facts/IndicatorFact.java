package org.ctorole.rules.facts;

import org.ctorole.model.catalogue.PerformanceIndicator;

/** One of the catalogue's performance indicators, present when the indicators section is. */
public record IndicatorFact(PerformanceIndicator indicator) {
}
