package org.ctorole.io.report;

/**
 * How to render a report.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.plain().withColor(System.console() != null);
 * }</pre>
 *
 * @param color ANSI colours in the text report (set it only when writing to a terminal)
 */
public record ReportOptions(boolean color) {

    /** No colour. */
    public static ReportOptions plain() {
        return new ReportOptions(false);
    }

    public ReportOptions withColor(boolean value) {
        return new ReportOptions(value);
    }
}
