package org.ctorole.io.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.Organisation;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;

/** Wording shared by the human-readable reports, so that they say the same things the same way. */
final class ReportText {

    /** How many top risks the summaries show. */
    static final int TOP_RISKS = 3;

    /** A score's band, for colours: a score means the same colour in every report. */
    enum Band {
        GOOD, FAIR, WEAK, POOR;

        static Band of(double score) {
            if (score >= 80) {
                return GOOD;
            }
            if (score >= 60) {
                return FAIR;
            }
            return score >= 40 ? WEAK : POOR;
        }

        String cssClass() {
            return "band-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private ReportText() {
    }

    /**
     * A profile value made safe to print: no control characters (a terminal would obey them) and
     * no line breaks (they would break tables and lists); {@code null} as empty.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** A score with one decimal, whatever the default locale. */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** An evidence value as text: lists joined by commas, maps as {@code key=value}. */
    static String evidence(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : c.stream().map(ReportText::evidence).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> evidence(e.getKey()) + "=" + evidence(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return clean(String.valueOf(value));
    }

    /** {@code WEEK_1} as "Week 1". */
    static String stage(TimelineStage stage) {
        String[] parts = stage.name().split("_");
        return parts[0].charAt(0) + parts[0].substring(1).toLowerCase(Locale.ROOT)
                + (parts.length > 1 ? " " + parts[1] : "");
    }

    /** {@code CRITICAL} as "Critical". */
    static String severity(Severity severity) {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The rule's title from the rule book; its id for a rule the book does not describe. */
    static String ruleTitle(String ruleId) {
        return RuleBook.builtIn().rule(ruleId).map(RuleDescriptor::title).orElse(ruleId);
    }

    /** "Northwind Retail (northwind)", or the id alone when the organisation has no name. */
    static String organisation(AssessedProfile item) {
        Organisation org = item.profile().organisation();
        String id = clean(item.assessment().profile());
        String name = org == null ? null : org.name();
        return name == null || name.isBlank() || name.equals(id) ? id : clean(name) + " (" + id + ")";
    }

    /** The organisation's display name, or its id. */
    static String organisationName(AssessedProfile item) {
        Organisation org = item.profile().organisation();
        String name = org == null ? null : org.name();
        return name == null || name.isBlank() ? clean(item.assessment().profile()) : clean(name);
    }

    /** Unwaived findings per severity, every severity present (0 when none), most severe first. */
    static Map<Severity, Integer> openCounts(Assessment a) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, (int) a.findings().stream().filter(f -> !f.waived() && f.severity() == s).count());
        }
        return counts;
    }

    /** Waived findings per severity, every severity present. */
    static Map<Severity, Integer> waivedCounts(Assessment a) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, (int) a.findings().stream().filter(f -> f.waived() && f.severity() == s).count());
        }
        return counts;
    }

    /** "26 open findings: 2 critical, 9 high, 13 medium, 2 low; 1 waived". */
    static String countLine(Assessment a) {
        Map<Severity, Integer> open = openCounts(a);
        int total = open.values().stream().mapToInt(Integer::intValue).sum();
        int waived = a.findings().size() - total;
        String perSeverity = open.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return total + " open finding" + (total == 1 ? "" : "s") + ": " + perSeverity + "; " + waived + " waived";
    }

    /** The most urgent unwaived findings, in the assessment's order. */
    static List<Finding> topRisks(Assessment a) {
        return a.activeFindings().stream().limit(TOP_RISKS).toList();
    }

    /** "waived until 2027-06-30: reason". */
    static String waiverNote(Finding f) {
        return f.waiver().map(w -> "waived until " + w.expires() + ": " + clean(w.reason())).orElse("open");
    }

    /** An indicator reading in words: "2.5 on 2026-10-01, below target" or "never measured". */
    static String reading(IndicatorStatus s) {
        if (s.value().isEmpty()) {
            return "never measured";
        }
        StringBuilder sb = new StringBuilder(score(s.value().get()));
        s.measuredOn().ifPresent(d -> sb.append(" on ").append(d));
        return sb.toString();
    }

    /** What to make of an indicator reading: "below target, stale" or "on target". */
    static String readingStatus(IndicatorStatus s) {
        if (s.value().isEmpty()) {
            return "not measured";
        }
        String level = s.value().get() < s.target() ? "below target" : "on target";
        return s.stale() ? level + ", stale" : level;
    }
}
