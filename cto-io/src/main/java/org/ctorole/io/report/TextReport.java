package org.ctorole.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.rules.Severity;

/**
 * The plain-text report for a terminal: a summary of what matters most, the findings, the scores
 * with what each covers, the action plan with owners and dates, and what was not assessed. Every
 * line fits {@value #WIDTH} columns (long text is wrapped, never cut); ANSI colours only when asked.
 *
 * <pre>{@code System.out.print(TextReport.render(List.of(item), ReportOptions.plain().withColor(true)));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TextReport {
    /** The widest line the report writes. */
    public static final int WIDTH = 100;

    private static final String NL = System.lineSeparator();
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String BLUE = "\u001B[34m";
    private static final String GREEN = "\u001B[32m";
    private static final String MAGENTA = "\u001B[35m";

    private final StringBuilder out = new StringBuilder();
    private final boolean color;

    private TextReport(boolean color) {
        this.color = color;
    }

    /** The report of every item, one after the other. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        TextReport report = new TextReport(options.color());
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                report.out.append(NL).append("=".repeat(WIDTH)).append(NL).append(NL);
            }
            report.profile(new ReportView(items.get(i), options.rules()));
        }
        return report.out.toString();
    }

    private void profile(ReportView v) {
        line(paint(BOLD, "CTO role assessment: " + v.organisation
                + (v.organisation.equals(v.organisationId) ? "" : " (" + v.organisationId + ")")));
        wrapped("", "Assessed on " + v.assessedOn + ", from " + v.source + ".");
        wrapped("", "Overall score " + paint(colour(ReportView.Band.of(v.overallValue)), v.overall)
                + (v.overallValue.isPresent() ? " out of 100" : "") + " (" + v.coverage + "); " + v.counts + "."
                + (v.baseline ? " " + v.newSinceBaseline + " new since the baseline." : ""));
        heading("SUMMARY");
        for (String point : v.summary) {
            wrapped("  - ", point);
        }
        findings(v);
        scores(v);
        plan(v);
        notAssessed(v);
        unmatchedWaivers(v);
    }

    private void findings(ReportView v) {
        heading("FINDINGS");
        if (v.findings.isEmpty()) {
            line("  None.");
            return;
        }
        for (ReportView.FindingView f : v.findings) {
            String tag = "  " + paint(f.waived() ? DIM : colour(f.severity()), String.format("%-8s", f.severity().name()))
                    + "  ";
            wrapped(tag, paint(BOLD, f.title()) + " - " + f.subject()
                    + (f.isNew() ? " " + paint(MAGENTA, "[new]") : "") + (f.waived() ? " " + paint(DIM, "[waived]") : ""),
                    12);
            wrapped(INDENT, sentence(f.message()));
            if (!f.evidence().isEmpty()) {
                wrapped(INDENT, "Evidence: " + sentence(String.join("; ", f.evidence())));
            }
            wrapped(INDENT, "What to do: " + f.recommendation());
            if (f.waived()) {
                wrapped(INDENT, "Waiver: " + f.waiver() + ".");
            }
            for (String s : f.sources()) {
                wrapped(INDENT, "Source: " + sentence(s));
            }
            wrapped(INDENT, paint(DIM, "Key: " + f.key()));
            line("");
        }
    }

    private static final String INDENT = "            ";

    private void scores(ReportView v) {
        heading("SCORES (0 to 100, higher is better; coverage: the rules assessed of those that could lower each)");
        table("Responsibility areas", v.areas);
        table("Mission axes (mean of their assessed areas)", v.axes);
        table("Constituents (mean of the areas of the duties owed to each)", v.constituents);
        table("Overall (mean of the assessed areas)", List.of(v.overallRow));
        line("");
        line(paint(BOLD, "Performance indicators") + " (readings from the profile, beside the scores, not in them)");
        if (v.indicators.isEmpty()) {
            line("  Not assessed: the profile has no indicators section.");
        }
        for (ReportView.IndicatorRow r : v.indicators) {
            line("  " + pad(r.title(), 36) + pad(r.reading(), 24) + "target " + r.target() + "  " + r.status());
        }
    }

    private void table(String title, List<ReportView.ScoreRow> rows) {
        line("");
        line(paint(BOLD, title));
        for (ReportView.ScoreRow r : rows) {
            String bar = r.value().isPresent() ? paint(colour(ReportView.Band.of(r.value())), bar(r.value()
                    .getAsDouble())) : " ".repeat(20);
            line("  " + pad(r.title(), 46) + String.format("%12s", r.shown()) + "  " + bar + "  " + r.coverage());
        }
    }

    private void plan(ReportView v) {
        heading("ACTION PLAN");
        int n = 0;
        for (Map.Entry<String, List<ReportView.StepView>> stage : v.plan.entrySet()) {
            line("");
            line(paint(BOLD, stage.getKey()) + " (by " + stage.getValue().get(0).due() + ")");
            for (ReportView.StepView s : stage.getValue()) {
                wrapped(String.format("  %2d. ", ++n), s.action(), 6);
                wrapped("      ", "Owner: " + s.owner()
                        + (s.findingTitles().isEmpty() ? "" : ". Closes: " + String.join("; ", s.findingTitles())) + ".");
                wrapped("      ", "Expected outcome: " + s.outcome());
            }
        }
    }

    private void notAssessed(ReportView v) {
        heading("NOT ASSESSED");
        if (v.notAssessed.isEmpty()) {
            line("  None: every rule was assessed.");
            return;
        }
        for (String[] n : v.notAssessed) {
            wrapped("  ", n[1] + " (" + n[0] + "): " + n[2] + ".", 4);
        }
    }

    private void unmatchedWaivers(ReportView v) {
        if (v.unmatchedWaivers.isEmpty()) {
            return;
        }
        heading("WAIVERS THAT MATCHED NO FINDING (the problem may be gone: the waiver can go)");
        for (String[] w : v.unmatchedWaivers) {
            wrapped("  ", w[0] + ", until " + w[1] + ": " + w[2], 4);
        }
    }

    private void heading(String text) {
        line("");
        line(paint(BOLD, text));
    }

    private void line(String text) {
        out.append(text).append(NL);
    }

    /** {@code text} after {@code first}, wrapped at the width, next lines indented like the first. */
    private void wrapped(String first, String text) {
        wrapped(first, text, first.length());
    }

    private void wrapped(String first, String text, int hanging) {
        for (String l : wrap(first, text, hanging, WIDTH)) {
            line(l);
        }
    }

    /**
     * Lines of at most {@code width} visible columns: words moved to the next line, a word longer
     * than a line split. ANSI colour codes take no column.
     */
    static List<String> wrap(String first, String text, int hanging, int width) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(hanging);
        StringBuilder current = new StringBuilder(first);
        int used = visible(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = visible(word);
            if (!empty && used + 1 + length > width) {
                lines.add(current.toString());
                current = new StringBuilder(indent);
                used = hanging;
                empty = true;
            }
            while (length > width - used) {
                // A word wider than a line (a long id): split it rather than overflow.
                int room = Math.max(1, width - used - (empty ? 0 : 1));
                if (!empty) {
                    current.append(' ');
                }
                current.append(word, 0, room);
                lines.add(current.toString());
                word = word.substring(room);
                length = visible(word);
                current = new StringBuilder(indent);
                used = hanging;
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                used++;
            }
            current.append(word);
            used += length;
            empty = false;
        }
        lines.add(current.toString());
        return lines;
    }

    /** Columns a piece of text takes on screen: its code points, ANSI escapes left out. */
    static int visible(String text) {
        return text.replaceAll("\u001B\\[[0-9;]*m", "").codePointCount(0,
                text.replaceAll("\u001B\\[[0-9;]*m", "").length());
    }

    /** Text as a sentence: a full stop added unless it already ends one. */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    private static String pad(String text, int width) {
        int n = visible(text);
        return n >= width ? text + " " : text + " ".repeat(width - n);
    }

    private static String bar(double score) {
        int filled = (int) Math.round(Math.max(0, Math.min(100, score)) / 5);
        return "#".repeat(filled) + ".".repeat(20 - filled);
    }

    private String paint(String code, String text) {
        return color && code != null ? code + text + RESET : text;
    }

    private static String colour(Severity s) {
        return switch (s) {
            case CRITICAL -> RED;
            case HIGH -> YELLOW;
            case MEDIUM -> BLUE;
            case LOW -> null;
        };
    }

    private static String colour(ReportView.Band band) {
        return switch (band) {
            case GOOD -> GREEN;
            case FAIR -> YELLOW;
            case WEAK, POOR -> RED;
            case NONE -> DIM;
        };
    }
}
