package org.ctorole.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.Finding;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;

/**
 * The findings as SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format), so that a
 * profile kept in a repository gets code-scanning annotations: one result per finding, located at
 * the line of its subject in the profile file (a system at its {@code id}, a knowledge area at its
 * {@code area}, an organisation-wide finding at the section it reads), the rules' metadata in
 * {@code tool.driver.rules}, waived findings as suppressed results, and the finding key as a
 * stable fingerprint.
 *
 * <pre>{@code Files.writeString(Path.of("cto.sarif"), SarifReport.render(List.of(item), ReportOptions.plain()));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SarifReport {
    /** Where SARIF 2.1.0's JSON schema is published. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** One run of the {@code ctorole} tool over every item's profile. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleDescriptor r : options.rules().rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r, options));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (AssessedProfile item : items) {
            for (Finding f : item.assessment().findings()) {
                if (!ruleIndex.containsKey(f.ruleId())) {
                    // A finding of a rule the book does not describe (read back from a report): describe it plainly.
                    ruleIndex.put(f.ruleId(), rules.size());
                    rules.add(Map.of("id", f.ruleId(), "shortDescription", Map.of("text", f.ruleId())));
                }
                results.add(result(f, ruleIndex.get(f.ruleId()), item, options));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ctorole");
        driver.put("version", org.ctorole.io.AssessmentDocument.Generator.current().version());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return AssessmentJson.pretty(log);
    }

    private static Map<String, Object> rule(RuleDescriptor r, ReportOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.title());
        m.put("shortDescription", Map.of("text", r.title()));
        m.put("fullDescription", Map.of("text", "Fires when " + r.firesWhen(options.policy()) + "."));
        m.put("help", Map.of("text", r.recommendation()));
        m.put("defaultConfiguration", Map.of("level", level(r.mostSevere())));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("severity", r.mostSevere().name());
        properties.put("tags", List.of(r.track().name().toLowerCase().replace('_', '-'), r.subjectKind().name()
                .toLowerCase().replace('_', '-')));
        properties.put("sources", r.sources().stream().map(Object::toString).toList());
        m.put("properties", properties);
        return m;
    }

    private static Map<String, Object> result(Finding f, int ruleIndex, AssessedProfile item, ReportOptions options) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("ruleIndex", ruleIndex);
        m.put("level", level(f.severity()));
        m.put("message", Map.of("text", f.message() + ". " + f.recommendation()));
        Problem.Location at = item.locations().of(pathOf(f, item.profile(), options));
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", at.line());
        region.put("startColumn", at.column());
        m.put("locations", List.of(Map.of("physicalLocation", Map.of(
                "artifactLocation", Map.of("uri", uri(item.source())), "region", region))));
        m.put("partialFingerprints", Map.of("ctoroleFindingKey/v1", f.key()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("severity", f.severity().name());
        properties.put("subject", f.subject().id());
        properties.put("new", item.newSinceBaseline().contains(f.key()));
        m.put("properties", properties);
        f.waiver().ifPresent(w -> m.put("suppressions", List.of(Map.of("kind", "external", "status", "accepted",
                "justification", w.reason() + " (until " + w.expires() + ")"))));
        return m;
    }

    private static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** A relative file name as a URI reference: separators as slashes, spaces and the like escaped. */
    private static String uri(String source) {
        return source.replace('\\', '/').replace(" ", "%20");
    }

    /** The path in the profile of what a finding is about. */
    static String pathOf(Finding f, OrganisationProfile p, ReportOptions options) {
        String id = f.subject().id();
        Optional<RuleDescriptor> rule = options.rules().rule(f.ruleId());
        String section = rule.map(r -> r.reads().get(0)).orElse("organisation");
        return switch (f.subject().kind()) {
            case SYSTEM -> indexed("systems", p.systems().orElse(List.of()), s -> s.id(), id, ".id", section);
            case KNOWLEDGE_AREA -> indexed("knowledge", p.knowledge().orElse(List.of()), a -> a.area(), id, ".area",
                    section);
            case FORUM -> indexed("forums", p.forums().orElse(List.of()), x -> x.id(), id, ".id", section);
            case INITIATIVE -> indexed("strategy", p.strategy().orElse(List.of()), x -> x.id(), id, ".id", section);
            case SUPPLIER -> indexed("suppliers", p.suppliers().orElse(List.of()), x -> x.id(), id, ".id", section);
            case COMMITMENT -> indexed("commitments", p.commitments().orElse(List.of()), x -> x.id(), id, ".id",
                    section);
            case INDICATOR -> indexed("indicators", p.indicators().orElse(List.of()), x -> x.indicator().name(), id,
                    ".indicator", section);
            case WAIVER -> indexed("waivers", p.waivers(), x -> x.key(), id, "", section);
            case DECISION -> indexed("cto.decisions", p.cto().flatMap(c -> c.decisions()).orElse(List.of()),
                    x -> x.id(), id, ".id", section);
            case CONSTITUENT -> "cto.timeAllocation";
            case PERSON -> section.startsWith("cto") ? section
                    : indexed("people", p.people(), x -> x.id(), id, ".id", section);
            case ORGANISATION -> section.equals("people") ? "organisation.id" : section;
        };
    }

    private static <T> String indexed(String list, List<T> items, Function<T, String> idOf, String id, String field,
                                      String fallback) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf.apply(items.get(i)))) {
                return list + "[" + i + "]" + field;
            }
        }
        return fallback;
    }
}
