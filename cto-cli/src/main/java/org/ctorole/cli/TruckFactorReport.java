package org.ctorole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctorole.git.AreaAuthorship;
import org.ctorole.git.Developer;
import org.ctorole.git.ExclusionReason;
import org.ctorole.git.HistoryCounts;
import org.ctorole.git.RepositoryAuthorship;
import org.ctorole.git.TruckFactorEstimate;
import org.ctorole.io.report.ReportFormat;

/** The report of {@code cto truck-factor}: text, Markdown or JSON ({@code truckFactor} at the top level). */
final class TruckFactorReport {
    static final String METHOD = "Avelino, Passos, Hora and Valente, \"A novel approach for estimating truck factors\","
            + " ICPC 2016";
    private static final String NL = System.lineSeparator();
    /** Authors listed in text and Markdown (JSON lists them all). */
    private static final int TOP_AUTHORS = 10;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TruckFactorReport() {
    }

    static String render(String repository, RepositoryAuthorship r, ReportFormat format) {
        return switch (format) {
            case JSON -> json(repository, r);
            case TEXT -> text(repository, r, false);
            case MARKDOWN -> text(repository, r, true);
            default -> throw new IllegalArgumentException("truck-factor prints text, json or markdown");
        };
    }

    private static String text(String repository, RepositoryAuthorship r, boolean md) {
        StringBuilder out = new StringBuilder();
        TruckFactorEstimate tf = r.truckFactor();
        String title = "Truck factor of " + repository + " at " + r.revision() + " (" + r.commit().substring(0, 12)
                + "): " + tf.value();
        out.append(md ? "# " + title : title).append(NL).append(NL);
        out.append(count(tf.files())).append(" files counted, ").append(percent(tf.initialCoverage()))
                .append(" of them with an author; ").append(count(r.excludedFiles())).append(" left out")
                .append(exclusions(r)).append('.').append(NL);
        out.append(history(r.history())).append(NL).append(NL);

        out.append(md ? "## " : "").append("Whose loss leaves more than half of the files without an author")
                .append(md ? "" : ":").append(NL).append(NL);
        removals(out, md, tf);
        out.append(NL);

        out.append(md ? "## " : "").append("Authors by files authored").append(md ? "" : ":").append(NL).append(NL);
        List<String[]> rows = new ArrayList<>();
        tf.authors().stream().limit(TOP_AUTHORS)
                .forEach(a -> rows.add(new String[] {person(a.developer()), count(a.files())}));
        table(out, md, new String[] {"author", "files"}, new boolean[] {false, true}, rows);
        if (tf.authors().size() > TOP_AUTHORS) {
            out.append(md ? "" : "  ").append("... and ").append(tf.authors().size() - TOP_AUTHORS)
                    .append(" more (--format json lists them all)").append(NL);
        }
        out.append(NL);

        out.append(md ? "## " : "").append("Areas").append(md ? "" : ":").append(NL).append(NL);
        rows.clear();
        for (AreaAuthorship area : r.areas()) {
            TruckFactorEstimate a = area.truckFactor();
            rows.add(new String[] {area.area(), count(a.files()), String.valueOf(a.value()),
                    percent(a.initialCoverage()), names(a)});
        }
        table(out, md, new String[] {"area", "files", "truck factor", "with an author", "whose loss uncovers it"},
                new boolean[] {false, true, true, true, false}, rows);
        if (r.filesInNoArea() > 0) {
            out.append(md ? "" : "  ").append(count(r.filesInNoArea())).append(" files in no area").append(NL);
        }
        out.append(NL).append(md ? "_" : "").append("Method: ").append(METHOD)
                .append("; degree of authorship per file, authors above 75 % of a file's highest.")
                .append(md ? "_" : "").append(NL);
        return out.toString();
    }

    private static void removals(StringBuilder out, boolean md, TruckFactorEstimate tf) {
        if (tf.removals().isEmpty()) {
            out.append(md ? "" : "  ").append("nobody: ").append(percent(tf.initialCoverage()))
                    .append(" of the files have an author, less than half already").append(NL);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        int i = 1;
        for (TruckFactorEstimate.Removal removal : tf.removals()) {
            rows.add(new String[] {String.valueOf(i++), person(removal.developer()), count(removal.filesAuthored()),
                    percent(removal.coverageLeft())});
        }
        table(out, md, new String[] {"#", "person", "files authored", "coverage left"},
                new boolean[] {true, false, true, true}, rows);
    }

    private static String names(TruckFactorEstimate tf) {
        List<String> names = tf.removals().stream()
                .map(r -> r.developer().name() + " (" + count(r.filesAuthored()) + ")").toList();
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static String exclusions(RepositoryAuthorship r) {
        if (r.excluded().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        r.excluded().forEach((reason, n) -> parts.add(reason.label() + " " + count(n)));
        return " (" + String.join(", ", parts) + ")";
    }

    private static String history(HistoryCounts h) {
        StringBuilder s = new StringBuilder();
        s.append(count(h.commits())).append(" commits read: ").append(count(h.countedCommits())).append(" counted, ")
                .append(count(h.merges())).append(" merges (never counted), ").append(count(h.byExcludedAuthors()))
                .append(" by bots or excluded authors");
        if (!h.excludedAuthors().isEmpty()) {
            s.append(" (").append(h.excludedAuthors().size()).append(h.excludedAuthors().size() == 1 ? " author)"
                    : " authors)");
        }
        if (h.beforeSince() > 0) {
            s.append(", ").append(count(h.beforeSince())).append(" before --since");
        }
        return s.append("; ").append(count(h.renamesFollowed())).append(" renames followed.").toString();
    }

    private static void table(StringBuilder out, boolean md, String[] header, boolean[] right, List<String[]> rows) {
        if (md) {
            out.append("| ").append(String.join(" | ", header)).append(" |").append(NL).append('|');
            for (boolean r : right) {
                out.append(r ? " ---: |" : " --- |");
            }
            out.append(NL);
            for (String[] row : rows) {
                List<String> cells = new ArrayList<>();
                for (String cell : row) {
                    cells.add(cell.replace("|", "\\|"));
                }
                out.append("| ").append(String.join(" | ", cells)).append(" |").append(NL);
            }
            return;
        }
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        line(out, header, widths, right);
        for (String[] row : rows) {
            line(out, row, widths, right);
        }
    }

    private static void line(StringBuilder out, String[] cells, int[] widths, boolean[] right) {
        StringBuilder l = new StringBuilder("  ");
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - cells[c].length());
            l.append(right[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
            if (c < cells.length - 1) {
                l.append("  ");
            }
        }
        out.append(l.toString().stripTrailing()).append(NL);
    }

    private static String json(String repository, RepositoryAuthorship r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("repository", repository);
        doc.put("revision", r.revision());
        doc.put("commit", r.commit());
        doc.put("truckFactor", r.truckFactor().value());
        estimate(doc, r.truckFactor());
        List<Map<String, Object>> areas = new ArrayList<>();
        for (AreaAuthorship area : r.areas()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("area", area.area());
            a.put("truckFactor", area.truckFactor().value());
            estimate(a, area.truckFactor());
            areas.add(a);
        }
        doc.put("areas", areas);
        doc.put("filesInNoArea", r.filesInNoArea());
        Map<String, Object> excluded = new LinkedHashMap<>();
        excluded.put("total", r.excludedFiles());
        r.excluded().forEach((reason, n) -> excluded.put(key(reason), n));
        doc.put("excluded", excluded);
        HistoryCounts h = r.history();
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("commits", h.commits());
        history.put("countedCommits", h.countedCommits());
        history.put("merges", h.merges());
        history.put("byExcludedAuthors", h.byExcludedAuthors());
        history.put("beforeSince", h.beforeSince());
        history.put("renamesFollowed", h.renamesFollowed());
        history.put("excludedAuthors", h.excludedAuthors().stream().map(TruckFactorReport::developer).toList());
        doc.put("history", history);
        doc.put("warnings", r.warnings());
        doc.put("method", METHOD);
        try {
            return JSON.writeValueAsString(doc) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void estimate(Map<String, Object> into, TruckFactorEstimate tf) {
        into.put("files", tf.files());
        into.put("filesWithAnAuthor", tf.coveredFiles());
        into.put("removed", tf.removals().stream().map(removal -> {
            Map<String, Object> m = developer(removal.developer());
            m.put("filesAuthored", removal.filesAuthored());
            m.put("filesStillCovered", removal.filesStillCovered());
            m.put("coverageLeft", removal.coverageLeft());
            return m;
        }).toList());
        into.put("authors", tf.authors().stream().map(a -> {
            Map<String, Object> m = developer(a.developer());
            m.put("files", a.files());
            return m;
        }).toList());
    }

    private static Map<String, Object> developer(Developer d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("email", d.email());
        return m;
    }

    /** {@code NOT_INCLUDED} -> {@code notIncluded}. */
    private static String key(ExclusionReason reason) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : reason.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }

    private static String person(Developer d) {
        return d.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
