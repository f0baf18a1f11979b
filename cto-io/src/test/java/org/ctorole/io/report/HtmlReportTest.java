package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.Finding;
import org.ctorole.rules.Score;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>(.*?)</svg>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar [^\"]*\" data-score=\"([0-9.]+)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final String html = HtmlReport.render(List.of(northwind()), ReportOptions.plain());

    @Test
    void isOneHtml5Document() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        assertThat(html.strip()).endsWith("</html>");
        assertThat(html).containsOnlyOnce("<style>").containsOnlyOnce("<body>")
                .contains("<title>CTO role assessment: Northwind Retail</title>");
    }

    @Test
    void loadsNothingFromAnywhere() {
        String lower = html.toLowerCase(Locale.ROOT);

        assertThat(lower).doesNotContain("http://", "https://", "src=", "<link", "<script", "@import", "url(",
                "<img", "<iframe", "<object", "<embed", "javascript:");
        assertThat(lower).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(Pattern.compile("href=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)))
                .allMatch(href -> href.startsWith("#"));
    }

    @Test
    void chartsTheScoresByAreaAndByAxis() {
        List<String> charts = svgs(html);

        assertThat(charts).hasSize(2);
        assertThat(html).containsPattern("<svg class=\"chart\" role=\"img\" viewBox=\"[^\"]+\"");
        assertThat(charts).allMatch(svg -> svg.startsWith("\n<title>"));
        assertThat(bars(charts.get(0))).containsExactlyElementsOf(
                northwind().assessment().scorecard().areas().stream().map(s -> ReportView.score(s.value().getAsDouble()))
                        .toList());
        assertThat(bars(charts.get(1))).containsExactly("69.6", "82.1", "38.8");
        for (Score s : northwind().assessment().scorecard().areas()) {
            assertThat(charts.get(0)).contains(">" + HtmlReport.esc(s.title()) + "</text>")
                    .contains(">" + ReportView.score(s.value().getAsDouble()) + "</text>");
        }
        assertThat(charts.get(0)).contains("<title>Scores by responsibility area: Technology strategy and strategic "
                + "thinking 59.1; ");
    }

    @Test
    void everyFindingHasItsAnchor() {
        for (Finding f : northwind().assessment().findings()) {
            assertThat(html).contains("<article id=\"finding-" + f.ruleId() + "-" + f.subject().id()
                    + "\" class=\"finding");
        }
        assertThat(html).contains("id=\"finding-low-indicator-TECH_STRATEGY_ALIGNMENT\"")
                .contains("<a href=\"#finding-missing-backup-customer-crm\">Missing backup: customer-crm</a>");
        assertThat(ids(html)).doesNotHaveDuplicates();
    }

    @Test
    void anchorsAreSanitised() {
        assertThat(HtmlReport.findingId("no-deputy", "ana maría/<x>\"")).isEqualTo("finding-no-deputy-ana_mar_a__x__");
    }

    @Test
    void showsFindingsPlanIndicatorsAndWaivers() {
        assertThat(html).contains("<h2 class=\"part-title\">Findings (27)</h2>")
                .contains("<span class=\"tag waived\">Waived</span>")
                .contains("Waived until 30 June 2027: The CTO reports to the COO by board decision")
                .contains("Evidence: Truck factor: 1; Removed: Ana Silva; Critical areas: 5;")
                .contains("<h3 class=\"stage-title\">Week 1 <small>by 8 November 2026</small></h3>")
                .contains("<td class=\"outcome\">A re-assessment showing which of today&#39;s findings")
                .contains("<td>Omar Haddad (CEO)</td>")
                .contains("<h3 class=\"sub-title\">What matters most</h3>")
                .contains("reported beside the scores and not part of them")
                .contains("<span class=\"big band-fair\">62.1</span>")
                .contains("<span class=\"covers\">24 of 24 rules assessed</span>")
                .contains("@media print")
                .contains("break-inside:avoid");
    }

    @Test
    void anAreaNoRuleCouldJudgeIsNotAssessedNotFull() {
        AssessedProfile partial = NorthwindReports.assess(northwind().profile().toBuilder().commitments(null).cto(null)
                .forums(null).strategy(null).build());

        String out = HtmlReport.render(List.of(partial), ReportOptions.plain());

        assertThat(out).containsPattern(">Working with marketing and sales</text>\\n<rect class=\"track\"[^>]*/>\\n"
                + "<text class=\"value\"[^>]*>not assessed</text>");
    }

    @Test
    void escapesEveryProfileValue() {
        String attack = "<script>alert(1)</script>";
        Organisation org = northwind().profile().organisation();
        AssessedProfile hostile = NorthwindReports.assess(northwind().profile().toBuilder()
                .organisation(new Organisation(org.id(), attack, org.stage(), org.headcount(), org.assessedOn()))
                .waivers(List.of(new Waiver("distant-from-ceo", "maya", attack + " \"quoted\" & 'single'",
                        LocalDate.of(2027, 6, 30))))
                .build());

        String out = HtmlReport.render(List.of(hostile), ReportOptions.plain());

        assertThat(out.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(out).contains("<title>CTO role assessment: &lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("<h1 class=\"org-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;");
    }

    @Test
    void severalProfilesMakeOneDocumentWithASectionEach() {
        String two = HtmlReport.render(List.of(northwind(), northwind()), ReportOptions.plain());

        assertThat(two).containsOnlyOnce("<!DOCTYPE html>").contains("<h1 class=\"doc-title\">");
        assertThat(two.split("<section class=\"profile\"", -1)).hasSize(3);
        assertThat(svgs(two)).hasSize(4).extracting(svg -> bars(svg).size()).containsExactly(9, 3, 9, 3);
        assertThat(ids(two)).doesNotHaveDuplicates()
                .contains("profile-northwind", "profile-northwind-2", "finding-missing-backup-customer-crm",
                        "finding-missing-backup-customer-crm-2");
        assertThat(two).contains("<a href=\"#finding-missing-backup-customer-crm-2\">");
    }

    private static List<String> svgs(String html) {
        return SVG.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static List<String> bars(String svg) {
        return BAR.matcher(svg).results().map(m -> m.group(1)).toList();
    }

    private static List<String> ids(String html) {
        Matcher m = ID.matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }
}
