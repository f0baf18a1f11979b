package org.ctorole.rules;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A score 0..100 of one part of the role model, with the findings that lowered it.
 *
 * @param id        the catalogue id (area, axis, constituent) or {@code OVERALL}
 * @param title     its title
 * @param value     0..100, higher is better
 * @param loweredBy keys ({@code ruleId:subject}) of the findings that lowered it, sorted
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Score(String id, String title, double value, List<String> loweredBy) {
    public Score {
        loweredBy = List.copyOf(loweredBy);
    }
}
