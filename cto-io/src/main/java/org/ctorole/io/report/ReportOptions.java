package org.ctorole.io.report;

/**
 * How to render a report.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.plain().withColor(System.console() != null).withRedactPeople(true);
 * }</pre>
 *
 * @param color        ANSI colours in the text report (set it only when writing to a terminal)
 * @param redactPeople replace every person id and name by a stable pseudonym ({@link Redactor})
 */
public record ReportOptions(boolean color, boolean redactPeople) {

    /** No colour, no redaction. */
    public static ReportOptions plain() {
        return new ReportOptions(false, false);
    }

    public ReportOptions withColor(boolean value) {
        return new ReportOptions(value, redactPeople);
    }

    public ReportOptions withRedactPeople(boolean value) {
        return new ReportOptions(color, value);
    }
}
