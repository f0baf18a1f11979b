package org.ctorole.rules;

import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The one place where scores are defined.
 *
 * <ul>
 *   <li>Each of the 9 responsibility areas starts at 100; every unwaived finding that harms it
 *       takes the weight of its severity, as a percentage of what is left: CRITICAL 25 %, HIGH
 *       15 %, MEDIUM 8 %, LOW 3 %. So {@code area = 100 × Π (1 − weight / 100)}, rounded to one
 *       decimal. The product never reaches 0, so an area with many findings still shows each
 *       further finding and each fix, where a sum of points would stick at a floor of 0.</li>
 *   <li>A mission axis scores the mean of its areas; a constituent the mean, over the duties the
 *       CTO owes it ("What is a the mission of a CTO", 2016, §4), of the score of each duty's area;
 *       overall is the mean of the assessed areas. Roll-ups are rounded to one decimal.</li>
 *   <li>Waived findings and indicator readings never change a score.</li>
 * </ul>
 * Every step is non-increasing in the findings, so scores are monotone: an extra finding, or a
 * more severe one, never raises any score.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ScoringWeights {
    /** The score of an area no finding harms. */
    public static final int FULL_SCORE = 100;

    private static final Map<Severity, Integer> WEIGHTS = new EnumMap<>(Map.of(
            Severity.CRITICAL, 25, Severity.HIGH, 15, Severity.MEDIUM, 8, Severity.LOW, 3));

    private ScoringWeights() {
    }

    /** The percentage of an area's remaining score a finding of this severity takes. */
    public static int weight(Severity severity) {
        return WEIGHTS.get(severity);
    }
}
