package org.ctorole.rules;

import org.apiguardian.api.API;

/**
 * How urgent a finding is, most severe first; {@code compareTo} orders CRITICAL before LOW.
 *
 * <pre>{@code Severity.HIGH.isAtLeast(Severity.MEDIUM) // true}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** Whether this severity is as severe as {@code threshold} or more. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
