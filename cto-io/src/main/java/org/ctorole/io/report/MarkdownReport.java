package org.ctorole.io.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The client-ready report in (GitHub-flavoured) Markdown: a summary of what matters most, the
 * scores with what each covers, the findings by severity with their evidence, recommendation and
 * source, the action plan with owners and dates, what was not assessed and the waivers that
 * matched nothing. Profile values are escaped, so a name with {@code *}, {@code |} or
 * {@code <script>} stays text.
 *
 * <pre>{@code Files.writeString(Path.of("northwind.md"), MarkdownReport.render(List.of(item), ReportOptions.plain()));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class MarkdownReport {

    private static final String NL = "\n";

    private final StringBuilder out = new StringBuilder();
    /** "#" for a single profile; "##" when the profiles sit under a common title. */
    private final String h;

    private MarkdownReport(String h) {
        this.h = h;
    }

    /** The report of every item; several items share one document, one part each. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        MarkdownReport report = new MarkdownReport(items.size() == 1 ? "#" : "##");
        List<ReportView> views = items.stream().map(i -> new ReportView(i, options.rules())).toList();
        if (items.size() != 1) {
            report.line("# CTO role assessments");
            report.line("");
            for (ReportView v : views) {
                report.line("- " + text(v.organisation) + ": overall score **" + v.overall + "** (" + v.coverage + ")");
            }
            report.line("");
        }
        views.forEach(report::profile);
        return report.out.toString();
    }

    private void profile(ReportView v) {
        line(h + " CTO role assessment: " + text(v.organisation));
        line("");
        line("Organisation " + code(v.organisationId) + " · assessed on " + v.assessedOn + " · from " + code(v.source));
        line("");
        line(h + "# Summary");
        line("");
        line("**Overall score: " + v.overall + (v.overallValue.isPresent() ? " / 100" : "") + "** (" + v.coverage
                + "; the mean of the assessed responsibility areas). " + text(v.counts) + "."
                + (v.baseline ? " **" + v.newSinceBaseline + " new** since the baseline." : ""));
        line("");
        for (String point : v.summary) {
            line("- " + text(point));
        }
        line("");
        scores(v);
        findings(v);
        plan(v);
        notAssessed(v);
        unmatchedWaivers(v);
    }

    private void scores(ReportView v) {
        line(h + "# Scores");
        line("");
        line("From 0 to 100, higher is better. Coverage: the rules assessed of those that could lower the score;"
                + " a score none of whose rules was assessed is not assessed.");
        line("");
        table("Responsibility area", v.areas);
        table("Mission axis", v.axes);
        table("Constituent", v.constituents);
        table("Overall", List.of(v.overallRow));
        line(h + "## Performance indicators (beside the scores, not part of them)");
        line("");
        if (v.indicators.isEmpty()) {
            line("Not assessed: the profile has no indicators section.");
        } else {
            line("| Indicator | Latest reading | Target | Status |");
            line("|---|---|---:|---|");
            for (ReportView.IndicatorRow r : v.indicators) {
                line("| " + text(r.title()) + " | " + text(r.reading()) + " | " + r.target() + " | " + r.status() + " |");
            }
        }
        line("");
    }

    private void table(String what, List<ReportView.ScoreRow> rows) {
        line("| " + what + " | Score | Coverage | Lowered by |");
        line("|---|---:|---|---:|");
        for (ReportView.ScoreRow r : rows) {
            line("| " + text(r.title()) + " | " + r.shown() + " | " + r.coverage() + " | " + r.loweredBy()
                    + (r.loweredBy() == 1 ? " finding" : " findings") + " |");
        }
        line("");
    }

    private void findings(ReportView v) {
        line(h + "# Findings");
        line("");
        if (v.findings.isEmpty()) {
            line("No findings.");
            line("");
            return;
        }
        for (org.ctorole.rules.Severity s : org.ctorole.rules.Severity.values()) {
            List<ReportView.FindingView> group = v.findings.stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            line(h + "## " + ReportView.severity(s) + " (" + group.size() + ")");
            line("");
            for (ReportView.FindingView f : group) {
                line("**" + text(f.title()) + "** — " + text(f.subject()) + (f.isNew() ? " · **new**" : "")
                        + (f.waived() ? " · *waived*" : ""));
                line("");
                line(text(f.message()) + ".");
                line("");
                if (!f.evidence().isEmpty()) {
                    line("- Evidence: " + text(String.join("; ", f.evidence())));
                }
                line("- What to do: " + text(f.recommendation()));
                if (f.waived()) {
                    line("- Status: " + text(f.waiver()));
                }
                for (String source : f.sources()) {
                    line("- Source: " + text(source));
                }
                line("- Key: " + code(f.key()));
                line("");
            }
        }
    }

    private void plan(ReportView v) {
        line(h + "# Action plan");
        line("");
        int n = 0;
        for (Map.Entry<String, List<ReportView.StepView>> stage : v.plan.entrySet()) {
            line(h + "## " + stage.getKey() + " (by " + stage.getValue().get(0).due() + ")");
            line("");
            for (ReportView.StepView s : stage.getValue()) {
                line((++n) + ". " + text(s.action()));
                line("   - Owner: " + text(s.owner()));
                if (!s.findingKeys().isEmpty()) {
                    line("   - Closes: " + String.join(", ", s.findingKeys().stream().map(MarkdownReport::code)
                            .toList()));
                }
                line("   - Expected outcome: " + text(s.outcome()));
            }
            line("");
        }
    }

    private void notAssessed(ReportView v) {
        line(h + "# Not assessed");
        line("");
        if (v.notAssessed.isEmpty()) {
            line("Every rule was assessed.");
            line("");
            return;
        }
        line("These rules stayed silent because the profile does not give what they read.");
        line("");
        line("| Rule | Why |");
        line("|---|---|");
        for (String[] r : v.notAssessed) {
            line("| " + text(r[1]) + " (" + cellMarkup(code(r[0])) + ") | " + text(r[2]) + " |");
        }
        line("");
    }

    private void unmatchedWaivers(ReportView v) {
        line(h + "# Waivers that matched no finding");
        line("");
        if (v.unmatchedWaivers.isEmpty()) {
            line("None: every waiver matched a finding.");
            line("");
            return;
        }
        line("The problem they accepted may be gone: these waivers can go.");
        line("");
        for (String[] w : v.unmatchedWaivers) {
            line("- " + code(w[0]) + ", until " + w[1] + ": " + text(w[2]));
        }
        line("");
    }

    private void line(String text) {
        out.append(text).append(NL);
    }

    /**
     * Plain text as Markdown: characters that would start markup are escaped; an underscore inside
     * a word (TECH_STRATEGY) stays as it is, since it starts no emphasis there.
     */
    static String text(String value) {
        String s = ReportView.safe(value);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '~' -> sb.append('\\').append(c);
                case '&' -> sb.append("&amp;");
                case '_' -> {
                    boolean inWord = i > 0 && i < s.length() - 1 && Character.isLetterOrDigit(s.charAt(i - 1))
                            && Character.isLetterOrDigit(s.charAt(i + 1));
                    sb.append(inWord ? "_" : "\\_");
                }
                default -> sb.append(c);
            }
        }
        return escapeBlockStart(sb.toString());
    }

    /** Text that would open a heading, list or rule at the start of a line stays text. */
    private static String escapeBlockStart(String s) {
        if (!s.isEmpty() && "#+-=".indexOf(s.charAt(0)) >= 0) {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
                && (digits + 1 == s.length() || s.charAt(digits + 1) == ' ')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    /** Code as an inline code span, with a fence longer than any run of backticks inside. */
    static String code(String value) {
        String s = ReportView.safe(value);
        if (s.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (char c : s.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = s.startsWith("`") || s.endsWith("`") || longest > 0 ? " " : "";
        return fence + pad + s + pad + fence;
    }

    /** Markdown already escaped, for a table cell: a pipe, even in a code span, would end the cell. */
    private static String cellMarkup(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length() + 4);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '|' && (i == 0 || markdown.charAt(i - 1) != '\\')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
