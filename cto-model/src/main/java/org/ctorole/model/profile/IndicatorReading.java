package org.ctorole.model.profile;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.PerformanceIndicator;

/**
 * One reading of a performance indicator ("What is a the mission of a CTO" §2), on its 1..5 scale.
 *
 * <pre>{@code new IndicatorReading(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, 2.5, LocalDate.of(2026, 10, 1))}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IndicatorReading(PerformanceIndicator indicator, Double value, LocalDate measuredOn) {
}
