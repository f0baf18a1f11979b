package org.ctorole.io.report;

import org.apiguardian.api.API;

/**
 * How to render a report.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.plain().withColor(System.console() != null);
 * }</pre>
 *
 * @param color ANSI colours in the text report (set it only when writing to a terminal)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReportOptions(boolean color) {

    /** No colour. */
    public static ReportOptions plain() {
        return new ReportOptions(false);
    }

    public ReportOptions withColor(boolean value) {
        return new ReportOptions(value);
    }
}
