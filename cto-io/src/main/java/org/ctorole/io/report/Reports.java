package org.ctorole.io.report;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Renders assessed profiles in any {@link ReportFormat}: the entry point of {@code cto assess}.
 * Reports never redact: to name nobody, assess a profile redacted by
 * {@link org.ctorole.model.profile.PeopleRedaction} and render that.
 *
 * <pre>{@code
 * String report = Reports.render(ReportFormat.parse("html"), List.of(item), ReportOptions.plain());
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Reports {

    private Reports() {
    }

    /** The report of the items in the format; several items make one document. */
    public static String render(ReportFormat format, List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case TEXT -> TextReport.render(items, options);
            case JSON -> AssessmentJson.write(items, options);
            case MARKDOWN -> MarkdownReport.render(items, options);
            case HTML -> HtmlReport.render(items, options);
            case CSV -> CsvReport.render(items, options);
            case SARIF -> SarifReport.render(items, options);
        };
    }
}
