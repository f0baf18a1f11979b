package org.ctorole.io.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.ctorole.rules.AssessmentComparison;
import org.ctorole.rules.Finding;

/**
 * What changed between two assessments of one organisation ({@code cto diff}, {@code cto what-if}):
 * new, resolved and persisting findings, and the score deltas.
 *
 * <pre>{@code System.out.print(DiffReport.render("northwind", AssessmentComparison.between(old, now), ReportFormat.TEXT));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DiffReport {
    private static final String NL = System.lineSeparator();

    private DiffReport() {
    }

    /** TEXT, MARKDOWN or JSON. */
    public static String render(String profile, AssessmentComparison c, ReportFormat format) {
        return switch (format) {
            case JSON -> json(profile, c);
            case TEXT, MARKDOWN -> text(profile, c, format == ReportFormat.MARKDOWN);
            default -> throw new IllegalArgumentException("a comparison prints text, markdown or json, not "
                    + format.name().toLowerCase());
        };
    }

    private static String text(String profile, AssessmentComparison c, boolean md) {
        StringBuilder out = new StringBuilder();
        out.append(md ? "# Changes in " + ReportView.safe(profile) : "Changes in " + ReportView.safe(profile))
                .append(NL).append(NL);
        section(out, md, "New findings", c.newFindings());
        section(out, md, "Resolved findings", c.resolvedFindings());
        section(out, md, "No longer assessed (the later profile leaves out what their rule reads)",
                c.noLongerAssessed());
        out.append(md ? "## " : "").append("Persisting findings: ").append(c.persistingFindings().size()).append(NL)
                .append(NL);
        out.append(md ? "## Score changes" : "Score changes").append(NL);
        boolean any = false;
        for (AssessmentComparison.ScoreChange change : c.scoreChanges()) {
            String before = shown(change.before());
            String after = shown(change.after());
            if (!before.equals(after)) {
                any = true;
                out.append(md ? "- " : "  ").append(change.title()).append(": ").append(before).append(" -> ")
                        .append(after);
                change.delta().ifPresent(d -> out.append(" (").append(d > 0 ? "+" : "")
                        .append(ReportView.score(d)).append(')'));
                out.append(NL);
            }
        }
        if (!any) {
            out.append(md ? "- " : "  ").append("none").append(NL);
        }
        return out.toString();
    }

    private static String shown(java.util.OptionalDouble value) {
        return value.isPresent() ? ReportView.score(value.getAsDouble()) : "not assessed";
    }

    private static void section(StringBuilder out, boolean md, String title, List<Finding> findings) {
        out.append(md ? "## " : "").append(title).append(": ").append(findings.size()).append(NL);
        for (Finding f : findings) {
            out.append(md ? "- " : "  ").append(f.severity()).append(' ').append(ReportView.safe(f.key()))
                    .append(f.waived() ? " (waived)" : "").append(": ").append(ReportView.safe(f.message())).append(NL);
        }
        out.append(NL);
    }

    private static String json(String profile, AssessmentComparison c) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("profile", profile);
        doc.put("newFindings", c.newFindings().stream().map(DiffReport::brief).toList());
        doc.put("resolvedFindings", c.resolvedFindings().stream().map(DiffReport::brief).toList());
        doc.put("noLongerAssessed", c.noLongerAssessed().stream().map(DiffReport::brief).toList());
        doc.put("persistingFindings", c.persistingFindings().stream().map(DiffReport::brief).toList());
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (AssessmentComparison.ScoreChange change : c.scoreChanges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", change.id());
            m.put("before", change.before().isPresent() ? change.before().getAsDouble() : null);
            m.put("after", change.after().isPresent() ? change.after().getAsDouble() : null);
            m.put("delta", change.delta().isPresent() ? change.delta().getAsDouble() : null);
            scores.add(m);
        }
        doc.put("scores", scores);
        return AssessmentJson.pretty(doc);
    }

    private static Map<String, Object> brief(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("subject", f.subject().id());
        m.put("severity", f.severity().name());
        m.put("waived", f.waived());
        m.put("message", f.message());
        return m;
    }
}
