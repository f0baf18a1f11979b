package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.northwind;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctorole.model.profile.Waiver;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static final CsvMapper MAPPER = new CsvMapper();

    @Test
    void parsesBackToAHeaderAndOneRowPerFinding() throws IOException {
        String csv = CsvReport.render(List.of(northwind()), ReportOptions.plain());

        List<List<String>> raw = rawRows(csv);
        assertThat(raw.get(0)).containsExactly("source", "profile", "ruleId", "subject", "subjectName", "severity",
                "waived", "new", "message", "recommendation", "citation");
        assertThat(raw).hasSize(1 + 27);

        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).extracting(r -> r.get("ruleId") + "\t" + r.get("subject") + "\t" + r.get("severity") + "\t"
                + r.get("waived")).containsExactlyElementsOf(
                NorthwindReports.expectedFindings().stream().map(cols -> String.join("\t", cols)).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("source", "northwind.yaml")
                .containsEntry("profile", "northwind"));
        assertThat(rows.get(0)).containsEntry("message", northwind().assessment().findings().get(0).message())
                .containsEntry("recommendation", "Back up customer-crm on a schedule, keep a copy in another location,"
                        + " and test a restore.")
                .containsEntry("citation", "\u201cWhat is a Chief Technology Officer?\u201d (a leadership-career site),"
                        + " Are you regularly backing up your systems?");
    }

    @Test
    void awkwardValuesSurviveTheRoundTrip() throws IOException {
        String reason = "Board said \"no\", twice;\nsee minutes, line 2";
        AssessedProfile item = NorthwindReports.assess(northwind().profile().toBuilder()
                .waivers(List.of(new Waiver("distant-from-ceo", "maya", reason, LocalDate.of(2027, 6, 30)))).build());
        String csv = CsvReport.render(List.of(item, item), ReportOptions.plain());

        List<Map<String, String>> rows = rows(csv);

        assertThat(rows).hasSize(54);
        assertThat(rows).filteredOn(r -> r.get("ruleId").equals("distant-from-ceo"))
                .extracting(r -> r.get("waived")).containsExactly("true", "true");
    }

    @Test
    void theSchemaReadsTheReport() throws IOException {
        String csv = CsvReport.render(List.of(northwind()), ReportOptions.plain());

        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class).with(CsvReport.schema())
                .readValues(csv)) {
            assertThat(it.readAll()).hasSize(27);
        }
    }

    @Test
    void noFindingsStillGivesTheHeader() throws IOException {
        AssessedProfile item = NorthwindReports.northwind();
        AssessedProfile empty = new AssessedProfile(item.source(), item.profile(), new org.ctorole.rules.Assessment(
                "northwind", item.assessment().assessedOn(), List.of(), List.of(), List.of(),
                org.ctorole.rules.Scorecard.of(List.of()), new org.ctorole.rules.ActionPlan(List.of())));

        String csv = CsvReport.render(List.of(empty), ReportOptions.plain());

        assertThat(rawRows(csv)).containsExactly(CsvReport.COLUMNS);
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }

    private static List<List<String>> rawRows(String csv) throws IOException {
        try (MappingIterator<List<String>> it = MAPPER.readerFor(List.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(csv)) {
            return it.readAll();
        }
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsPrefixed() throws IOException {
        for (String attack : List.of("=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd")) {
            assertThat(CsvReport.cell(attack)).as(attack).startsWith("'");
        }
        assertThat(CsvReport.cell("plain")).isEqualTo("plain");
        assertThat(CsvReport.cell("a\u202Eb")).isEqualTo("a\\u202Eb");
        AssessedProfile named = new AssessedProfile("=cmd|' -C calc'!A0.yaml", northwind().profile(),
                northwind().assessment());

        List<Map<String, String>> rows = rows(CsvReport.render(List.of(named), ReportOptions.plain()));

        assertThat(rows).allSatisfy(r -> assertThat(r.get("source")).isEqualTo("'=cmd|' -C calc'!A0.yaml"));
    }
}
