package org.ctorole.io.report;

import java.util.ArrayList;
import java.util.List;
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
 * The terminal report: a header, the findings as a table, the scores, the action plan and what
 * was not assessed. ANSI colours only when {@link ReportOptions#color()} asks for them (the CLI
 * asks only when writing to a terminal); every profile value is stripped of control characters,
 * so a profile cannot drive the terminal.
 *
 * <pre>{@code System.out.print(TextReport.render(List.of(item), ReportOptions.plain().withColor(true)));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TextReport {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String BOLD_RED = "\u001B[1;31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";
    private static final int BAR_WIDTH = 20;
    private static final String NL = "\n";

    private final boolean color;
    private final StringBuilder out = new StringBuilder();

    private TextReport(boolean color) {
        this.color = color;
    }

    /** The report of every item, one after the other. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        TextReport report = new TextReport(options.color());
        for (int i = 0; i < items.size(); i++) {
            AssessedProfile item = items.get(i);
            if (i > 0) {
                report.out.append(NL).append("=".repeat(78)).append(NL).append(NL);
            }
            report.profile(item);
        }
        return report.out.toString();
    }

    private void profile(AssessedProfile item) {
        Assessment a = item.assessment();
        line(paint(BOLD, "CTO role assessment: " + ReportText.organisation(item)));
        line("Assessed on " + a.assessedOn() + ", source " + ReportText.clean(item.source()));
        line("Overall score " + paint(band(a.scorecard().overall().value()),
                ReportText.score(a.scorecard().overall().value())) + " / 100; " + ReportText.countLine(a));
        findings(a);
        scores(a.scorecard());
        actionPlan(a);
        notAssessed(a);
        unmatchedWaivers(a);
    }

    private void findings(Assessment a) {
        heading("FINDINGS");
        if (a.findings().isEmpty()) {
            line("  None.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Finding f : a.findings()) {
            String message = ReportText.clean(f.message());
            if (f.waived()) {
                message = "[" + ReportText.waiverNote(f) + "] " + message;
            }
            rows.add(new String[] {f.severity().name(), ReportText.clean(f.ruleId()), ReportText.clean(f.subject().id()),
                    message});
        }
        int[] width = widths(new String[] {"SEVERITY", "RULE", "SUBJECT"}, rows);
        line(paint(BOLD, pad("SEVERITY", width[0]) + "  " + pad("RULE", width[1]) + "  " + pad("SUBJECT", width[2])
                + "  MESSAGE"));
        for (int i = 0; i < rows.size(); i++) {
            Finding f = a.findings().get(i);
            String[] r = rows.get(i);
            String severity = paint(f.waived() ? DIM : colour(f.severity()), pad(r[0], width[0]));
            String rest = pad(r[1], width[1]) + "  " + pad(r[2], width[2]) + "  " + r[3];
            line(severity + "  " + (f.waived() ? paint(DIM, rest) : rest));
        }
    }

    private void scores(Scorecard card) {
        heading("SCORES (0-100, higher is better)");
        List<Score> all = new ArrayList<>(card.all());
        int width = all.stream().mapToInt(s -> ReportText.clean(s.title()).length()).max().orElse(10);
        scoreGroup("Responsibility areas", card.areas(), width);
        scoreGroup("Mission axes", card.axes(), width);
        scoreGroup("Constituents", card.constituents(), width);
        line("");
        scoreLine(card.overall(), width, "");
        if (!card.indicators().isEmpty()) {
            line("");
            line(paint(BOLD, "Indicators") + " (reported beside the scores, not part of them)");
            int w = card.indicators().stream().mapToInt(s -> s.indicator().title().length()).max().orElse(10);
            for (IndicatorStatus s : card.indicators()) {
                line("  " + pad(s.indicator().title(), w) + "  " + pad(ReportText.reading(s), 20) + "  target "
                        + ReportText.score(s.target()) + "  " + ReportText.readingStatus(s));
            }
        }
    }

    private void scoreGroup(String title, List<Score> scores, int width) {
        line("");
        line(paint(BOLD, title));
        scores.forEach(s -> scoreLine(s, width, "  "));
    }

    private void scoreLine(Score s, int width, String indent) {
        String value = ReportText.score(s.value());
        int filled = (int) Math.round(Math.max(0, Math.min(100, s.value())) * BAR_WIDTH / 100.0);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        line(indent + pad(ReportText.clean(s.title()), width + 2 - indent.length()) + "  "
                + paint(band(s.value()), pad(value, 5, true) + "  " + bar));
    }

    private void actionPlan(Assessment a) {
        heading("ACTION PLAN");
        int n = 0;
        for (ActionStep step : a.actionPlan().steps()) {
            line("");
            line(paint(BOLD, (++n) + ". " + ReportText.stage(step.stage()) + ": " + ReportText.clean(step.title())));
            for (String action : step.actions()) {
                line("   - " + ReportText.clean(action));
            }
            line("   Expected outcome: " + ReportText.clean(step.expectedOutcome()));
        }
    }

    private void notAssessed(Assessment a) {
        heading("NOT ASSESSED");
        if (a.notAssessed().isEmpty()) {
            line("  None: every rule was assessed.");
            return;
        }
        int width = a.notAssessed().stream().mapToInt(n -> ReportText.clean(n.ruleId()).length()).max().orElse(10);
        for (NotAssessed n : a.notAssessed()) {
            line("  " + pad(ReportText.clean(n.ruleId()), width) + "  " + ReportText.clean(n.reason()));
        }
    }

    private void unmatchedWaivers(Assessment a) {
        if (a.unmatchedWaivers().isEmpty()) {
            return;
        }
        heading("UNMATCHED WAIVERS (no finding left to waive: the waiver can probably go)");
        for (Waiver w : a.unmatchedWaivers()) {
            line("  " + ReportText.clean(w.key()) + "  until " + w.expires() + ": " + ReportText.clean(w.reason()));
        }
    }

    private void heading(String title) {
        line("");
        line(paint(BOLD, title));
    }

    private void line(String text) {
        out.append(text).append(NL);
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case CRITICAL -> BOLD_RED;
            case HIGH -> RED;
            case MEDIUM -> YELLOW;
            case LOW -> CYAN;
        };
    }

    private static String band(double score) {
        return switch (ReportText.Band.of(score)) {
            case GOOD -> GREEN;
            case FAIR -> YELLOW;
            case WEAK -> RED;
            case POOR -> BOLD_RED;
        };
    }

    private static int[] widths(String[] headers, List<String[]> rows) {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = headers[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        return width;
    }

    private static String pad(String text, int width) {
        return pad(text, width, false);
    }

    private static String pad(String text, int width, boolean right) {
        int gap = width - text.codePointCount(0, text.length());
        if (gap <= 0) {
            return text;
        }
        return right ? " ".repeat(gap) + text : text + " ".repeat(gap);
    }
}
