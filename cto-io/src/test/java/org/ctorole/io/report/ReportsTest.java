package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.util.List;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "MARKDOWN", "Markdown", " markdown "})
    void parsesFormatNamesInAnyCase(String name) {
        assertThat(ReportFormat.parse(name)).isEqualTo(ReportFormat.MARKDOWN);
    }

    @Test
    void anUnknownFormatNamesTheValidOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf' (valid: text, json, markdown, html, csv, sarif)");
        assertThatThrownBy(() -> ReportFormat.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dispatchesToEachRenderer() {
        List<AssessedProfile> items = List.of(northwind());
        ReportOptions plain = ReportOptions.plain();

        assertThat(Reports.render(ReportFormat.TEXT, items, plain)).isEqualTo(TextReport.render(items, plain));
        assertThat(Reports.render(ReportFormat.MARKDOWN, items, plain)).isEqualTo(MarkdownReport.render(items, plain));
        assertThat(Reports.render(ReportFormat.HTML, items, plain)).isEqualTo(HtmlReport.render(items, plain));
        assertThat(Reports.render(ReportFormat.CSV, items, plain)).isEqualTo(CsvReport.render(items, plain));
        assertThat(Reports.render(ReportFormat.JSON, items, plain)).isEqualTo(AssessmentJson.write(items, plain));
    }

    @Test
    void optionsDefaultToPlain() {
        assertThat(ReportOptions.plain()).isEqualTo(new ReportOptions(false, RuleBook.builtIn(),
                AssessmentPolicy.defaults()));
        assertThat(ReportOptions.plain().withColor(true).color()).isTrue();
    }
}
