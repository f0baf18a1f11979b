package org.ctorole.model.profile;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How often something recurs: a meeting, a briefing, a training. {@code NEVER} and {@code AD_HOC}
 * have no regular interval; the others are judged by theirs against a policy's limit.
 *
 * <pre>{@code Cadence.QUARTERLY.intervalDays() // OptionalInt[91]}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Cadence {
    /** It does not happen. */
    NEVER(0),
    /** Now and then, when someone thinks of it: no regular interval. */
    AD_HOC(0),
    YEARLY(365),
    HALF_YEARLY(182),
    QUARTERLY(91),
    MONTHLY(30),
    /** Every two weeks. */
    FORTNIGHTLY(14),
    WEEKLY(7),
    DAILY(1);

    private final int intervalDays;

    Cadence(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    /** The days between two occurrences; empty for {@code NEVER} and {@code AD_HOC}. */
    public OptionalInt intervalDays() {
        return intervalDays == 0 ? OptionalInt.empty() : OptionalInt.of(intervalDays);
    }

    /** Whether it recurs on a schedule. */
    public boolean isRegular() {
        return intervalDays > 0;
    }
}
