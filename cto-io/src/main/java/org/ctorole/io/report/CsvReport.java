package org.ctorole.io.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.text.PrintableText;
import org.ctorole.rules.Finding;

/**
 * The findings as CSV, for spreadsheets and scripts: a header row, then one row per profile and
 * finding in the assessment's order. Quoting is Jackson's ({@link CsvMapper}), so commas, quotes
 * and line breaks in a value survive a round trip.
 *
 * <pre>{@code
 * String csv = CsvReport.render(List.of(item), ReportOptions.plain());
 * // source,profile,ruleId,subject,severity,waived,message,recommendation,citation
 * // northwind.yaml,northwind,missing-backup,customer-crm,CRITICAL,false,"Critical system ...",...
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CsvReport {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("source", "profile", "ruleId", "subject", "subjectName",
            "severity", "waived", "new", "message", "recommendation", "citation");

    private static final CsvSchema SCHEMA = schema();
    private static final ObjectWriter WRITER = new CsvMapper().writerFor(Row.class).with(SCHEMA);

    private CsvReport() {
    }

    /** The CSV of every item's findings, after one header row. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        List<Row> rows = new ArrayList<>();
        for (AssessedProfile item : items) {
            java.util.Set<String> fresh = item.newSinceBaseline();
            for (Finding f : item.assessment().findings()) {
                rows.add(new Row(cell(item.source()), cell(item.assessment().profile()), cell(f.ruleId()),
                        cell(f.subject().id()), cell(f.subject().name()), f.severity().name(), f.waived(),
                        fresh.contains(f.key()), cell(f.message()), cell(f.recommendation()),
                        cell(f.source().map(Object::toString).orElse(""))));
            }
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = WRITER.writeValues(out)) {
            writer.writeAll(rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the CSV report", e);
        }
        return out.toString();
    }

    /** The schema of the report, header included: what a reader parses it with. */
    public static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (String column : COLUMNS) {
            b.addColumn(column, column.equals("waived") || column.equals("new") ? CsvSchema.ColumnType.BOOLEAN
                    : CsvSchema.ColumnType.STRING);
        }
        return b.build();
    }

    /**
     * A value as a cell: escaped for display, and prefixed with {@code '} when a spreadsheet would
     * take it for a formula.
     */
    static String cell(String value) {
        String s = value == null ? "" : PrintableText.escape(value);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    @JsonPropertyOrder({"source", "profile", "ruleId", "subject", "subjectName", "severity", "waived", "new",
            "message", "recommendation", "citation"})
    record Row(String source, String profile, String ruleId, String subject, String subjectName, String severity,
               boolean waived, boolean isNew, String message, String recommendation, String citation) {
        @com.fasterxml.jackson.annotation.JsonProperty("new")
        public boolean isNew() {
            return isNew;
        }
    }
}
