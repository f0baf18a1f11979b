package org.ctorole.io.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;

/**
 * The client-ready report in (GitHub-flavoured) Markdown: a summary, the scorecard, the findings
 * by severity with their evidence, recommendation and source, the action plan, what was not
 * assessed and the waivers that matched nothing. Profile values are escaped, so a name with
 * {@code *}, {@code |} or {@code <script>} stays text.
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
        if (items.size() != 1) {
            report.line("# CTO role assessments");
            report.line("");
            for (AssessedProfile item : items) {
                report.line("- " + text(ReportText.organisation(item)) + ": overall score **"
                        + ReportText.score(item.assessment().scorecard().overall().value()) + "** / 100");
            }
            report.line("");
        }
        for (AssessedProfile item : items) {
            report.profile(item);
        }
        return report.out.toString();
    }

    private void profile(AssessedProfile item) {
        Assessment a = item.assessment();
        line(h + " CTO role assessment: " + text(ReportText.organisationName(item)));
        line("");
        line("Organisation " + code(a.profile()) + " · assessed on " + a.assessedOn() + " · source "
                + code(item.source()));
        line("");
        summary(a);
        scorecard(a.scorecard());
        findings(a);
        actionPlan(a);
        notAssessed(a);
        unmatchedWaivers(a);
    }

    private void summary(Assessment a) {
        line(h + "# Summary");
        line("");
        line("**Overall score: " + ReportText.score(a.scorecard().overall().value()) + " / 100** (the mean of the "
                + "nine responsibility areas; 100 means no finding harms any of them).");
        line("");
        Map<Severity, Integer> open = ReportText.openCounts(a);
        Map<Severity, Integer> waived = ReportText.waivedCounts(a);
        line("| Severity | Open | Waived |");
        line("|---|---:|---:|");
        for (Severity s : Severity.values()) {
            line("| " + ReportText.severity(s) + " | " + open.get(s) + " | " + waived.get(s) + " |");
        }
        line("| **Total** | **" + open.values().stream().mapToInt(Integer::intValue).sum() + "** | **"
                + waived.values().stream().mapToInt(Integer::intValue).sum() + "** |");
        line("");
        List<Finding> top = ReportText.topRisks(a);
        if (top.isEmpty()) {
            line("No open findings.");
        } else {
            line("Top risks:");
            line("");
            for (int i = 0; i < top.size(); i++) {
                Finding f = top.get(i);
                line((i + 1) + ". **" + ReportText.severity(f.severity()) + "** " + code(f.key()) + ": "
                        + text(f.message()));
            }
        }
        line("");
    }

    private void scorecard(Scorecard card) {
        line(h + "# Scorecard");
        line("");
        line("Scores run from 0 to 100, higher is better. Each area starts at 100 and every open finding "
                + "that harms it takes a share by severity; axes and constituents are means of their areas.");
        line("");
        scoreTable("Responsibility areas", "Area", card.areas(), true);
        scoreTable("Mission axes", "Axis", card.axes(), false);
        scoreTable("Constituents", "Constituent", card.constituents(), false);
        line(h + "## Performance indicators (beside the score, not part of it)");
        line("");
        if (card.indicators().isEmpty()) {
            line("Not assessed: the profile gives no `indicators` section.");
        } else {
            line("Readings from the profile on a 1 to 5 scale. They are reported as they are and never change "
                    + "a score.");
            line("");
            line("| Indicator | Latest reading | Target | Status |");
            line("|---|---|---:|---|");
            for (IndicatorStatus s : card.indicators()) {
                line("| " + cell(s.indicator().title()) + " | " + cell(ReportText.reading(s)) + " | "
                        + ReportText.score(s.target()) + " | " + cell(ReportText.readingStatus(s)) + " |");
            }
        }
        line("");
    }

    private void scoreTable(String title, String what, List<Score> scores, boolean showFindings) {
        line(h + "## " + title);
        line("");
        line("| " + what + " | Score |" + (showFindings ? " Lowered by |" : ""));
        line("|---|---:|" + (showFindings ? "---|" : ""));
        for (Score s : scores) {
            String lowered = s.loweredBy().isEmpty() ? "none" : String.join(", ",
                    s.loweredBy().stream().map(MarkdownReport::code).toList());
            line("| " + cell(s.title()) + " | " + ReportText.score(s.value()) + " |"
                    + (showFindings ? " " + cellMarkup(lowered) + " |" : ""));
        }
        line("");
    }

    private void findings(Assessment a) {
        line(h + "# Findings");
        line("");
        if (a.findings().isEmpty()) {
            line("No findings.");
            line("");
            return;
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = a.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            line(h + "## " + ReportText.severity(s) + " (" + group.size() + ")");
            line("");
            for (Finding f : group) {
                finding(f);
            }
        }
    }

    private void finding(Finding f) {
        line(h + "### " + code(f.key()) + ": " + text(ReportText.ruleTitle(f.ruleId()))
                + (f.waived() ? " (waived)" : ""));
        line("");
        line(text(f.message()));
        line("");
        if (!f.evidence().isEmpty()) {
            line("- Evidence:");
            f.evidence().forEach(e -> line("  - " + text(e.name()) + ": " + text(e.text())));
        }
        if (!f.recommendation().isBlank()) {
            line("- Recommendation: " + text(f.recommendation()));
        }
        f.source().ifPresent(s -> line("- Source: " + text(s.toString())));
        line("- Status: " + f.waiver().map(w -> "**waived** until " + w.expires() + ". Reason: " + text(w.reason()))
                .orElse("open"));
        line("");
    }

    private void actionPlan(Assessment a) {
        line(h + "# Action plan");
        line("");
        line("Resilience first, then the integration timeline: co-creation and information (month 1), outcome "
                + "accountability (month 2), translation (month 3) and a review at month 6.");
        line("");
        int n = 0;
        for (ActionStep step : a.actionPlan().steps()) {
            line(h + "## " + (++n) + ". " + ReportText.stage(step.stage()) + ": " + text(step.title()));
            line("");
            for (String action : step.actions()) {
                line("- " + text(action));
            }
            for (String key : step.findings()) {
                a.findings().stream().filter(f -> f.key().equals(key)).findFirst()
                        .ifPresent(f -> line("- " + code(key) + ": " + text(f.recommendation())));
            }
            line("");
            line("Expected outcome: " + text(step.expectedOutcome()));
            line("");
        }
    }

    private void notAssessed(Assessment a) {
        line(h + "# Not assessed");
        line("");
        if (a.notAssessed().isEmpty()) {
            line("Every rule was assessed.");
        } else {
            line("These rules stayed silent because the profile does not give what they read.");
            line("");
            line("| Rule | Why |");
            line("|---|---|");
            for (NotAssessed n : a.notAssessed()) {
                line("| " + cellMarkup(code(n.ruleId())) + " | " + cell(n.reason()) + " |");
            }
        }
        line("");
    }

    private void unmatchedWaivers(Assessment a) {
        line(h + "# Unmatched waivers");
        line("");
        if (a.unmatchedWaivers().isEmpty()) {
            line("None: every waiver matched a finding.");
        } else {
            line("These waivers matched no finding: the problem may be fixed and the waiver can go.");
            line("");
            line("| Waiver | Expires | Reason |");
            line("|---|---|---|");
            for (Waiver w : a.unmatchedWaivers()) {
                line("| " + cellMarkup(code(w.key())) + " | " + w.expires() + " | " + cell(w.reason()) + " |");
            }
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
        String s = ReportText.clean(value);
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
        String s = ReportText.clean(value);
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

    /** Plain text for a table cell. */
    private static String cell(String value) {
        return text(value);
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
