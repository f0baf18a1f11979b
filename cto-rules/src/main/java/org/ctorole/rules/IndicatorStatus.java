package org.ctorole.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.PerformanceIndicator;

/**
 * The latest reading of a performance indicator, shown beside the scores and never mixed into
 * them (README, "Scores and what they cover").
 *
 * @param indicator  the indicator
 * @param value      its latest reading; empty when never measured or not assessed
 * @param measuredOn when it was read
 * @param target     the target of the policy
 * @param stale      whether the latest reading is older than the policy allows (or missing)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record IndicatorStatus(PerformanceIndicator indicator, Optional<Double> value, Optional<LocalDate> measuredOn,
                              double target, boolean stale) {
}
