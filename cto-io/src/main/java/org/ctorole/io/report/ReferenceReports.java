package org.ctorole.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.CatalogueEntry;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.IntegrationPillar;
import org.ctorole.model.catalogue.MissionAxis;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.catalogue.Responsibility;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.Stage;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.StagePolicy;
import org.ctorole.rules.RuleCondition;
import org.ctorole.rules.Threshold;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;

/**
 * Reference output that does not depend on a profile: the rule catalogue ({@code cto rules}),
 * one rule explained ({@code cto explain}) and the role model as a reference card
 * ({@code cto catalogue}).
 *
 * <pre>{@code System.out.print(ReferenceReports.rules(RuleBook.builtIn(), ReportFormat.TEXT));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ReferenceReports {
    private static final String NL = System.lineSeparator();

    private ReferenceReports() {
    }

    /** Every rule: id, severity, what it reads, when it fires with the policy's thresholds. TEXT, MARKDOWN or JSON. */
    public static String rules(RuleBook book, AssessmentPolicy policy, ReportFormat format) {
        List<RuleDescriptor> rules = book.rules();
        return switch (format) {
            case JSON -> json(rules.stream().map(r -> ruleMap(r, policy)).toList());
            case MARKDOWN -> rulesReference(book, policy);
            case TEXT -> {
                int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
                StringBuilder out = new StringBuilder();
                for (RuleDescriptor r : rules) {
                    out.append(String.format("%-" + width + "s  %-8s  %s%n", r.id(), r.severity(),
                            r.firesWhen(policy)));
                }
                yield out.toString();
            }
            default -> throw new IllegalArgumentException("cto rules prints text, markdown or json, not "
                    + format.name().toLowerCase());
        };
    }

    /**
     * The rules reference as one Markdown document: how a rule describes itself, then every rule
     * in full, worded from its own metadata with the thresholds of {@code policy}. The
     * repository's {@code docs/rules.md} is this document for the built-in rules and the default
     * policy.
     */
    public static String rulesReference(RuleBook book, AssessmentPolicy policy) {
        StringBuilder out = new StringBuilder();
        out.append("# Rules reference").append(NL).append(NL)
                .append("Generated from the rules' own metadata by `cto rules --format markdown`; do not edit by hand.")
                .append(NL).append(NL)
                .append("Each rule below fires on a condition of an organisation profile and reports one finding per")
                .append(" subject, with its evidence and a recommendation. Thresholds are those of the policy in use")
                .append(" (here: ").append(policy.equals(AssessmentPolicy.defaults()) ? "the default policy"
                        : "a custom policy").append("); change them with `cto assess --policy FILE`.").append(NL)
                .append(NL).append("| rule | severity | reads | fires when |").append(NL).append("|---|---|---|---|")
                .append(NL);
        for (RuleDescriptor r : book.rules()) {
            out.append("| [`").append(r.id()).append("`](#").append(r.id()).append(") | ")
                    .append(severities(r)).append(" | ").append(reads(r)).append(" | ")
                    .append(cell(r.firesWhen(policy))).append(" |").append(NL);
        }
        for (RuleDescriptor r : book.rules()) {
            out.append(NL).append("## ").append(r.id()).append(NL).append(NL)
                    .append("**").append(r.title()).append("**: fires when ").append(r.firesWhen(policy)).append('.')
                    .append(NL).append(NL)
                    .append("- Severity: ").append(severities(r)).append(NL)
                    .append("- Subject: ").append(r.subjectKind().name().toLowerCase().replace('_', ' ')).append(NL)
                    .append("- Reads: ").append(reads(r)).append(" (when omitted, the rule is not assessed)").append(NL)
                    .append("- Harms: ").append(r.harms().isEmpty() ? "no area (reported beside the scores)"
                            : r.harms().stream().map(ResponsibilityArea::title).collect(Collectors.joining(", ")))
                    .append(NL)
                    .append("- Action plan: ").append(r.track().name().toLowerCase().replace('_', ' ')).append(NL);
            for (Threshold t : r.thresholds()) {
                out.append("- Threshold `").append(t.key()).append("`: ").append(t.format(policy)).append(" (")
                        .append(t.meaning()).append(readBy(r, t)).append(')').append(NL);
            }
            for (var source : r.sources()) {
                out.append("- Source: ").append(source).append(NL);
            }
            out.append(NL).append("| condition | severity | finding | recommendation |").append(NL)
                    .append("|---|---|---|---|").append(NL);
            for (RuleCondition c : r.conditions()) {
                out.append("| ").append(c.label().isEmpty() ? "(main)" : c.label()).append(" | ")
                        .append(c.severity()).append(" | ").append(cell(withThresholds(c.message(), policy)))
                        .append(" | ").append(cell(withThresholds(c.recommendation(), policy))).append(" |").append(NL);
            }
        }
        out.append(NL).append("## Waivers").append(NL).append(NL)
                .append("A profile's `waivers` accept a finding for a time: `{ruleId, subject, reason, expires}`. A")
                .append(" waived finding is still reported, marked as waived, and lowers no score. A waiver whose")
                .append(" expiry date has passed no longer accepts its finding and is itself reported by")
                .append(" `expired-waiver`; a waiver that matches no finding is listed, as the problem it accepted")
                .append(" may be gone.").append(NL).append(NL)
                .append("## Writing a rule").append(NL).append(NL)
                .append("A rule is DRL that inserts `Detection.about(subjectId)` with typed evidence, and describes")
                .append(" itself in metadata beside its condition: `@title`, `@severity` (CRITICAL, HIGH, MEDIUM,")
                .append(" LOW), `@subject` (ORGANISATION, PERSON, KNOWLEDGE_AREA, SYSTEM, INITIATIVE, FORUM,")
                .append(" CONSTITUENT, INDICATOR, COMMITMENT, SUPPLIER, WAIVER), `@reads` (profile sections, or")
                .append(" optional fields such as `cto.timeAllocation`), `@harms` (responsibility areas), `@track`")
                .append(" (RESILIENCE, STRATEGIC_CO_CREATION, INFORMATION_ALIGNMENT, OUTCOME_ACCOUNTABILITY,")
                .append(" TRANSLATION_EXCELLENCE, GOVERNANCE), `@source` (`work | section`), `@firesWhen`,")
                .append(" `@message` and `@recommendation`. Texts name the subject as `{subject}`, evidence by its")
                .append(" name and policy thresholds by their key; a part in square brackets is left out when a")
                .append(" name in it has no value. A further way for the same rule to fire is a DRL rule named")
                .append(" `id (label)` with its own `@message` (and optionally `@recommendation`, `@severity`).")
                .append(" A condition (the rule's own or a further one) that matches `AssessmentPolicy` says which")
                .append(" thresholds it reads, as the engine cannot tell which fields of the policy it compares:")
                .append(" `@thresholds(\"minTruckFactor\")`, several separated by commas, `@thresholds(\"\")` for")
                .append(" none; an unknown key is an error. A finding shows the thresholds of the conditions that")
                .append(" fired, those their texts name and those of the rule's `@outcome`, with the policy they come")
                .append(" from. A condition that reads a threshold through a fact derived from the policy may")
                .append(" declare it too.")
                .append(" A rule that only derives facts for other rules says so with `@derives(\"...\")`.")
                .append(NL);
        return out.toString();
    }

    /** A rule text with the policy's thresholds filled in, other placeholders kept as written. */
    private static String withThresholds(String text, AssessmentPolicy policy) {
        String filled = text;
        for (Threshold t : Threshold.values()) {
            filled = filled.replace("{" + t.key() + "}", t.format(policy));
        }
        return filled;
    }

    private static String severities(RuleDescriptor r) {
        return r.conditions().stream().map(c -> c.severity().name()).distinct().collect(Collectors.joining(" or "));
    }

    /** Text for a Markdown table cell: pipes escaped. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /**
     * The thresholds by stage ({@code cto explain --policy}): each threshold with its meaning, its
     * value at each stage (or at {@code stage} only, when given) and, where the presets differ by
     * stage, why. TEXT, MARKDOWN (the table in the README) or JSON.
     */
    public static String policy(StagePolicy policy, Stage stage, ReportFormat format) {
        List<Stage> stages = stage == null ? List.of(Stage.values()) : List.of(stage);
        switch (format) {
            case JSON -> {
                Map<String, Object> doc = new LinkedHashMap<>();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Threshold t : Threshold.values()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("key", t.key());
                    row.put("unit", t.unit().name());
                    row.put("meaning", t.meaning());
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (Stage s : stages) {
                        Object v = t.valueIn(policy.forStage(s));
                        values.put(s.name(), v instanceof java.util.Set<?> set
                                ? set.stream().map(Object::toString).sorted().toList() : v);
                    }
                    row.put("values", values);
                    StagePolicy.reason(t).ifPresent(r -> row.put("whyItDiffers", r));
                    rows.add(row);
                }
                doc.put("stages", stages.stream().map(Enum::name).toList());
                doc.put("withoutStage", "a profile without a stage is judged by the SCALEUP values");
                doc.put("thresholds", rows);
                return json(doc);
            }
            case MARKDOWN -> {
                StringBuilder out = new StringBuilder("| threshold |");
                stages.forEach(s -> out.append(' ').append(s).append(" |"));
                out.append(" why it differs |").append(NL).append("|---|");
                stages.forEach(s -> out.append("---|"));
                out.append("---|").append(NL);
                for (Threshold t : Threshold.values()) {
                    out.append("| `").append(t.key()).append("` |");
                    stages.forEach(s -> out.append(' ').append(cell(t.format(policy.forStage(s)))).append(" |"));
                    out.append(' ').append(cell(StagePolicy.reason(t).orElse(""))).append(" |").append(NL);
                }
                return out.toString();
            }
            case TEXT -> {
                int width = java.util.Arrays.stream(Threshold.values()).mapToInt(t -> t.key().length()).max().orElse(10);
                int column = 0;
                for (Threshold t : Threshold.values()) {
                    for (Stage s : stages) {
                        column = Math.max(column, Math.max(s.name().length(), t.format(policy.forStage(s)).length()));
                    }
                }
                StringBuilder out = new StringBuilder(String.format("%-" + width + "s", "threshold"));
                for (Stage s : stages) {
                    out.append("  ").append(String.format("%-" + column + "s", s));
                }
                out.append(NL);
                for (Threshold t : Threshold.values()) {
                    out.append(String.format("%-" + width + "s", t.key()));
                    for (Stage s : stages) {
                        out.append("  ").append(String.format("%-" + column + "s", t.format(policy.forStage(s))));
                    }
                    out.append(NL).append("    ").append(t.meaning()).append(NL);
                    StagePolicy.reason(t).ifPresent(r -> out.append("    differs by stage: ").append(r).append(NL));
                }
                out.append(NL).append("A profile without a stage is judged by the SCALEUP values.").append(NL);
                return out.toString();
            }
            default -> throw new IllegalArgumentException("cto explain --policy prints text, markdown or json, not "
                    + format.name().toLowerCase());
        }
    }

    /** One rule in full, with the thresholds of the policy. */
    public static String explain(RuleDescriptor r, AssessmentPolicy policy, ReportFormat format) {
        if (format == ReportFormat.JSON) {
            return json(ruleMap(r, policy));
        }
        String harms = r.harms().isEmpty() ? "(no area: reported beside the scores)"
                : r.harms().stream().map(ResponsibilityArea::title).collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(" — ").append(r.title()).append(NL)
                .append("  severity:       ").append(r.severity()).append(NL)
                .append("  fires when:     ").append(r.firesWhen(policy)).append(NL)
                .append("  subject:        ").append(r.subjectKind().name().toLowerCase().replace('_', ' ')).append(NL)
                .append("  reads:          ").append(reads(r)).append(" (omitted: the rule is not assessed)").append(NL)
                .append("  harms:          ").append(harms).append(NL)
                .append("  action plan:    ").append(r.track()).append(NL)
                .append("  recommendation: ").append(r.recommendation()).append(NL);
        for (RuleCondition c : r.conditions().subList(1, r.conditions().size())) {
            out.append("  when ").append(c.label()).append(": ").append(c.severity())
                    .append(c.recommendation().equals(r.recommendation()) ? "" : "; " + c.recommendation()).append(NL);
        }
        for (Threshold t : r.thresholds()) {
            out.append("  threshold:      ").append(t.key()).append(" = ").append(t.format(policy)).append(" (")
                    .append(t.meaning()).append(readBy(r, t)).append(")").append(NL);
        }
        for (var source : r.sources()) {
            out.append("  source:         ").append(source).append(NL);
        }
        out.append("  defined in:     ").append(r.origin()).append(NL);
        return out.toString();
    }

    /** The role model: axes, constituents, areas, responsibilities, indicators, time guideline, pillars, timeline. */
    public static String catalogue(RoleCatalogue c, ReportFormat format) {
        if (format == ReportFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("axes", c.axes().stream().map(e -> entry(e, Map.of())).toList());
            doc.put("constituents", c.constituents().stream().map(e -> entry(e, Map.of())).toList());
            doc.put("areas", c.areas().stream().map(e -> entry(e, Map.of("axis", e.axis().name()))).toList());
            doc.put("responsibilities", c.responsibilities().stream().map(e -> entry(e, Map.of(
                    "constituent", e.constituent().name(), "area", e.area().name(), "axis", e.axis().name())))
                    .toList());
            doc.put("indicators", c.indicators().stream().map(e -> entry(e, Map.of("scaleMin", e.scaleMin(),
                    "scaleMax", e.scaleMax(), "target", e.target(), "staleAfterDays", e.staleAfterDays()))).toList());
            doc.put("timeGuideline", Map.of("businessPercent", c.timeGuideline().businessPercent(),
                    "technicalPercent", c.timeGuideline().technicalPercent(),
                    "source", c.timeGuideline().source().toString()));
            doc.put("pillars", c.pillars().stream().map(e -> entry(e, Map.of("practices", e.practices()))).toList());
            doc.put("timeline", c.timeline().stream().map(e -> entry(e, Map.of("actions", e.actions(),
                    "expectedOutcome", e.expectedOutcome()))).toList());
            doc.put("skills", c.skills().stream().map(e -> entry(e, Map.of())).toList());
            return json(doc);
        }
        if (format != ReportFormat.TEXT && format != ReportFormat.MARKDOWN) {
            throw new IllegalArgumentException("cto catalogue prints text, markdown or json, not "
                    + format.name().toLowerCase());
        }
        boolean md = format == ReportFormat.MARKDOWN;
        StringBuilder out = new StringBuilder();
        heading(out, md, "The CTO role");
        heading2(out, md, "Mission axes");
        for (MissionAxis axis : c.axes()) {
            item(out, md, axis, 0);
            for (ResponsibilityArea area : c.areasOf(axis)) {
                item(out, md, area, 1);
            }
        }
        heading2(out, md, "Constituents and the duties owed to them");
        for (Constituent constituent : c.constituents()) {
            item(out, md, constituent, 0);
            for (Responsibility r : c.responsibilitiesOf(constituent)) {
                out.append(md ? "  - " : "      ").append(r.title()).append(" (").append(r.area().title())
                        .append(")").append(NL);
            }
        }
        heading2(out, md, "Performance indicators (scale 1..5, target 3.0, stale after 90 days)");
        for (PerformanceIndicator i : c.indicators()) {
            item(out, md, i, 0);
        }
        heading2(out, md, "Time guideline");
        out.append(md ? "" : "  ").append("Business ").append(c.timeGuideline().businessPercent())
                .append(" % (sales, business development, marketing), technical ")
                .append(c.timeGuideline().technicalPercent()).append(" % — ").append(c.timeGuideline().source())
                .append(NL);
        heading2(out, md, "Integration pillars");
        for (IntegrationPillar p : c.pillars()) {
            item(out, md, p, 0);
        }
        heading2(out, md, "Integration timeline");
        for (TimelineStage s : c.timeline()) {
            out.append(md ? "- **" : "  ").append(s.title()).append(md ? "**: " : ": ")
                    .append(s.expectedOutcome()).append(NL);
        }
        heading2(out, md, "Skills");
        out.append(md ? "" : "  ").append(c.skills().stream().map(CatalogueEntry::title)
                .collect(Collectors.joining(", "))).append(NL);
        return out.toString();
    }

    private static void heading(StringBuilder out, boolean md, String text) {
        out.append(md ? "# " + text : text.toUpperCase()).append(NL);
    }

    private static void heading2(StringBuilder out, boolean md, String text) {
        out.append(NL).append(md ? "## " + text : text).append(NL);
    }

    private static void item(StringBuilder out, boolean md, CatalogueEntry e, int level) {
        String indent = md ? "  ".repeat(level) + "- " : "  ".repeat(level + 1);
        out.append(indent).append(md ? "**" + e.title() + "** (`" + e.id() + "`)" : e.title() + " [" + e.id() + "]")
                .append(md ? ": " : NL + "  ".repeat(level + 2)).append(e.summary()).append(NL);
    }

    private static Map<String, Object> entry(CatalogueEntry e, Map<String, Object> more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("summary", e.summary());
        m.put("source", Map.of("work", e.source().work(), "section", e.source().section()));
        m.putAll(new java.util.TreeMap<>(more));
        return m;
    }

    private static Map<String, Object> ruleMap(RuleDescriptor r, AssessmentPolicy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", r.id());
        m.put("title", r.title());
        m.put("severity", r.severity().name());
        m.put("firesWhen", r.firesWhen(policy));
        m.put("subject", r.subjectKind().name());
        m.put("reads", r.reads());
        m.put("harms", r.harms().stream().map(Enum::name).toList());
        m.put("track", r.track().name());
        m.put("recommendation", r.recommendation());
        m.put("conditions", r.conditions().stream().map(c -> Map.of("name", c.name(), "severity", c.severity().name(),
                "message", c.message(), "recommendation", c.recommendation(),
                "thresholds", c.thresholds().stream().map(Threshold::key).toList())).toList());
        Map<String, Object> thresholds = new LinkedHashMap<>();
        r.thresholds().forEach(t -> thresholds.put(t.key(), t.valueIn(policy)));
        m.put("thresholds", thresholds);
        m.put("origin", r.origin());
        m.put("sources", r.sources().stream().map(s -> Map.of("work", s.work(), "section", s.section())).toList());
        return m;
    }

    /**
     * Which conditions of a rule of several read a threshold, when not all of them do: a finding
     * shows a threshold only when a condition that reads it fired ("; read by: other leader").
     */
    private static String readBy(RuleDescriptor r, Threshold t) {
        List<String> readers = r.conditions().stream().filter(c -> c.thresholds().contains(t))
                .map(c -> c.label().isEmpty() ? "the rule's own condition" : c.label()).toList();
        return readers.isEmpty() || readers.size() == r.conditions().size() ? ""
                : "; read by: " + String.join(", ", readers);
    }

    private static String reads(RuleDescriptor r) {
        return String.join(", ", r.reads());
    }

    private static String json(Object value) {
        return AssessmentJson.pretty(value);
    }
}
