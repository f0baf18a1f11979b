package org.ctorole.rules;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A score 0..100 of one part of the role model, with the findings that lowered it and what it
 * covers. A part none of whose rules was assessed has no value: "not assessed", never 100.
 *
 * <pre>{@code
 * Score s = scorecard.area(ResponsibilityArea.OPERATIONAL_MANAGEMENT);
 * s.value().isPresent() ? s.value().getAsDouble() : "not assessed"; s.coverage(); // 6 of 6 rules
 * }</pre>
 *
 * @param id        the catalogue id (area, axis, constituent) or {@code OVERALL}
 * @param title     its title
 * @param value     0..100, higher is better; empty when not assessed
 * @param loweredBy keys ({@code ruleId:subject}) of the findings that lowered it, sorted
 * @param coverage  the rules assessed of those that could lower it
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Score(String id, String title, OptionalDouble value, List<String> loweredBy, Coverage coverage) {
    public Score {
        Objects.requireNonNull(id, "id");
        value = value == null ? OptionalDouble.empty() : value;
        loweredBy = List.copyOf(loweredBy);
        Objects.requireNonNull(coverage, "coverage");
        if (value.isPresent() != coverage.any()) {
            throw new IllegalArgumentException("score " + id + ": a value exactly when some rule was assessed");
        }
    }

    /** Whether any rule that could lower it was assessed, so that it has a value. */
    public boolean isAssessed() {
        return value.isPresent();
    }
}
