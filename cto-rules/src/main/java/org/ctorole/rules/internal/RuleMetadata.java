package org.ctorole.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Article;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.ActionOwner;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.RuleCondition;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;
import org.ctorole.rules.SubjectKind;
import org.ctorole.rules.Threshold;
import org.ctorole.rules.Track;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * Reads what each rule says about itself in its DRL metadata, the one place a rule is
 * described. A rule id's defining DRL rule is the one named by the id alone; it carries
 * {@value #DEFINITION_KEYS}. Further conditions of the same rule are DRL rules named
 * {@code id (label)} and carry {@code @message}, optionally {@code @recommendation} and
 * {@code @severity}. Any condition may say which policy thresholds it reads with
 * {@code @thresholds}, and one that matches the policy must. A DRL rule that only derives facts
 * for other rules says so with {@code @derives("...")} and needs nothing else.
 */
@API(status = API.Status.INTERNAL)
public final class RuleMetadata {
    static final String DEFINITION_KEYS =
            "@title, @severity, @subject, @reads, @harms, @track, @source, @firesWhen, @message, @recommendation";
    private static final List<String> DEFINITION = List.of("title", "severity", "subject", "reads", "harms", "track",
            "source", "firesWhen", "message", "recommendation");
    /** The policy thresholds a condition reads, where the engine cannot tell which (see {@link #thresholds}). */
    private static final String THRESHOLDS = "thresholds";
    private static final Set<String> CONDITION = Set.of("message", "recommendation", "severity", THRESHOLDS);
    /** Optional on the defining rule: who acts on a finding, what should follow, which thresholds it reads. */
    private static final List<String> OPTIONAL = List.of("owner", "outcome", THRESHOLDS);
    /** Marks a rule that inserts derived facts, not findings. */
    public static final String DERIVES = "derives";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private RuleMetadata() {
    }

    /** The descriptors read from a rule base's rules, and what is wrong with them. */
    public record Result(List<RuleDescriptor> rules, List<String> problems) {
    }

    /**
     * Describes the rules of a rule base.
     *
     * @param rules  the DRL rules
     * @param origin the origin of a rule by its name ({@link RuleDescriptor#BUILT_IN} or a file name)
     * @param where  where a problem with a rule is reported, by rule name ({@code file:line: rule 'x'})
     */
    public static Result read(Collection<Rule> rules, Function<String, String> origin, Function<String, String> where) {
        Map<String, List<Rule>> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            Map<String, String> meta = values(rule.getMetaData());
            if (meta.containsKey(DERIVES)) {
                if (meta.size() > 1) {
                    problems.add(where.apply(rule.getName()) + ": a rule that @derives facts reports no finding,"
                            + " so it takes no other metadata (found " + keys(meta) + ")");
                }
                continue;
            }
            String id = idOf(rule.getName());
            if (!ID.matcher(id).matches()) {
                problems.add(where.apply(rule.getName()) + ": a rule's name is its id in kebab-case (like"
                        + " 'orphaned-knowledge'), optionally followed by a label in parentheses: '"
                        + rule.getName() + "' is not");
                continue;
            }
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(rule);
        }
        List<RuleDescriptor> descriptors = new ArrayList<>();
        for (Map.Entry<String, List<Rule>> e : byId.entrySet()) {
            RuleDescriptor d = describe(e.getKey(), e.getValue(), origin, where, problems);
            if (d != null) {
                descriptors.add(d);
            }
        }
        descriptors.sort(Comparator.comparing(RuleDescriptor::track).thenComparing(RuleDescriptor::id));
        return new Result(descriptors, problems);
    }

    /** A rule's id is its name up to a label: {@code "stale-indicator (never measured)"} has id {@code stale-indicator}. */
    public static String idOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }

    private static String labelOf(String ruleName) {
        int open = ruleName.indexOf('(');
        int close = ruleName.lastIndexOf(')');
        return open > 0 && close > open ? ruleName.substring(open + 1, close).trim() : "";
    }

    private static RuleDescriptor describe(String id, List<Rule> rules, Function<String, String> origin,
                                           Function<String, String> where, List<String> problems) {
        Rule definition = rules.stream().filter(r -> r.getName().equals(id)).findFirst().orElse(null);
        if (definition == null) {
            problems.add(where.apply(rules.get(0).getName()) + ": no DRL rule is named '" + id
                    + "' to define this rule; name one of its rules '" + id + "' and give it " + DEFINITION_KEYS);
            return null;
        }
        String at = where.apply(id);
        Map<String, String> meta = values(definition.getMetaData());
        int before = problems.size();
        List<String> missing = DEFINITION.stream().filter(k -> !meta.containsKey(k)).map(k -> "@" + k).toList();
        if (!missing.isEmpty()) {
            problems.add(at + ": missing metadata " + String.join(", ", missing) + " (a rule describes itself with "
                    + DEFINITION_KEYS + "; see the rules reference)");
        }
        meta.keySet().stream().filter(k -> !DEFINITION.contains(k) && !OPTIONAL.contains(k)).sorted()
                .forEach(k -> problems.add(at + ": unknown metadata @" + k + " (known: " + DEFINITION_KEYS
                        + "; optionally @owner, @outcome, @thresholds)"));
        if (problems.size() > before) {
            return null;
        }
        Severity severity = parse(Severity.values(), meta.get("severity"), at, "@severity", problems);
        SubjectKind subject = parse(SubjectKind.values(), meta.get("subject"), at, "@subject", problems);
        Track track = parse(Track.values(), meta.get("track"), at, "@track", problems);
        ActionOwner owner = meta.containsKey("owner") ? parse(ActionOwner.values(), meta.get("owner"), at, "@owner",
                problems) : track == null ? null : ActionOwner.defaultFor(track);
        String outcome = meta.getOrDefault("outcome", "{subject} no longer shows this: " + meta.get("title"));
        List<ResponsibilityArea> harms = new ArrayList<>();
        for (String area : list(meta.get("harms"))) {
            ResponsibilityArea a = parse(ResponsibilityArea.values(), area, at, "@harms", problems);
            if (a != null) {
                harms.add(a);
            }
        }
        List<String> reads = list(meta.get("reads"));
        if (reads.isEmpty()) {
            problems.add(at + ": @reads names no section (e.g. @reads(\"systems\"))");
        }
        for (String path : reads) {
            if (!OrganisationProfile.isKnownPath(path)) {
                problems.add(at + ": @reads names '" + path + "', which is no section or optional field of a"
                        + " profile (sections: organisation, people, cto, knowledge, systems, strategy, forums,"
                        + " indicators, commitments, suppliers, security, waivers; fields: "
                        + String.join(", ", OrganisationProfile.OPTIONAL_FIELDS.stream().sorted().toList()) + ")");
            }
        }
        List<Source> sources = new ArrayList<>();
        for (String cited : meta.get("source").split(";")) {
            Source s = source(cited.trim(), at, problems);
            if (s != null) {
                sources.add(s);
            }
        }
        List<RuleCondition> conditions = new ArrayList<>();
        List<Threshold> own = thresholds(definition, meta, at, problems);
        if (severity != null) {
            conditions.add(new RuleCondition(id, "", severity, meta.get("message"), meta.get("recommendation"), own));
        }
        rules.stream().filter(r -> r != definition).sorted(Comparator.comparing(Rule::getName)).forEach(r -> {
            String cat = where.apply(r.getName());
            Map<String, String> m = values(r.getMetaData());
            m.keySet().stream().filter(k -> !CONDITION.contains(k)).sorted().forEach(k -> problems.add(cat
                    + ": @" + k + " belongs on the rule named '" + id + "'; a further condition takes only"
                    + " @message, @recommendation, @severity and @thresholds"));
            if (!m.containsKey("message")) {
                problems.add(cat + ": missing metadata @message (what this condition found, in words)");
                return;
            }
            Severity s = m.containsKey("severity") ? parse(Severity.values(), m.get("severity"), cat, "@severity",
                    problems) : severity;
            List<Threshold> read = thresholds(r, m, cat, problems);
            if (s != null) {
                conditions.add(new RuleCondition(r.getName(), labelOf(r.getName()), s, m.get("message"),
                        m.getOrDefault("recommendation", meta.get("recommendation")), read));
            }
        });
        if (problems.size() > before || sources.isEmpty()) {
            return null;
        }
        return new RuleDescriptor(id, meta.get("title"), severity, subject, reads, harms, track, sources,
                meta.get("firesWhen"), conditions, owner, outcome, origin.apply(id));
    }

    /**
     * The thresholds a condition reads, as its {@code @thresholds("key, key")} says. The engine
     * shows which facts a condition matches but not which fields of the policy it reads: most
     * conditions bind the policy and compare another fact's field with one of its thresholds,
     * some read one in the consequence. So a condition that matches {@link AssessmentPolicy} must
     * name them ({@code @thresholds("")} for none), and the names must be thresholds. A condition
     * may name thresholds that reach it through facts derived from the policy.
     */
    private static List<Threshold> thresholds(Rule rule, Map<String, String> meta, String at, List<String> problems) {
        String declared = meta.get(THRESHOLDS);
        if (declared == null) {
            if (matchesPolicy(rule)) {
                problems.add(at + ": its condition matches AssessmentPolicy, so say which thresholds it reads"
                        + " with @thresholds (e.g. @thresholds(\"minTruckFactor\"), or @thresholds(\"\") for none):"
                        + " a finding shows the thresholds of the conditions that fired");
            }
            return List.of();
        }
        List<Threshold> read = new ArrayList<>();
        for (String key : list(declared)) {
            Threshold t = Threshold.byKey(key).orElse(null);
            if (t == null) {
                problems.add(at + ": @thresholds names '" + key + "', which is no threshold of the policy (thresholds: "
                        + String.join(", ", Arrays.stream(Threshold.values()).map(Threshold::key).sorted().toList())
                        + ")");
            } else if (!read.contains(t)) {
                read.add(t);
            }
        }
        return read;
    }

    /** Whether a pattern of the rule, at any depth (not, exists, accumulate, from), matches the policy. */
    private static boolean matchesPolicy(Rule rule) {
        return rule instanceof RuleImpl impl && matchesPolicy(impl.getLhs());
    }

    private static boolean matchesPolicy(RuleConditionElement element) {
        if (element instanceof org.drools.base.rule.Pattern p && p.getObjectType() instanceof ClassObjectType type
                && AssessmentPolicy.class.isAssignableFrom(type.getClassType())) {
            return true;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (nested != element && matchesPolicy(nested)) {
                return true;
            }
        }
        return false;
    }

    /** {@code article-key | section}, or {@code any work | section} for a work that is not one of the articles. */
    private static Source source(String cited, String at, List<String> problems) {
        int bar = cited.indexOf('|');
        if (bar <= 0 || bar == cited.length() - 1) {
            problems.add(at + ": @source is 'work | section' (e.g. \"mission-of-a-cto | §3 CTO's time management\"),"
                    + " not '" + cited + "'");
            return null;
        }
        String work = cited.substring(0, bar).trim();
        String section = cited.substring(bar + 1).trim();
        return Article.byKey(work).map(a -> a.at(section)).orElseGet(() -> new Source(work, section));
    }

    /**
     * The constant of {@code values} named {@code value}: a search rather than {@code Enum.valueOf},
     * whose reflective lookup of the constants a fresh JVM pays for once per enum.
     */
    private static <E extends Enum<E>> E parse(E[] values, String value, String at, String key,
                                               List<String> problems) {
        String name = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        for (E c : values) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E c : values) {
            allowed.add(c.name());
        }
        problems.add(at + ": " + key + " '" + value + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static String keys(Map<String, String> meta) {
        return String.join(", ", meta.keySet().stream().sorted().map(k -> "@" + k).toList());
    }

    /**
     * Metadata values as text. Drools hands over a string literal unquoted when the rule base was
     * compiled at build time, but still quoted when compiled at run time; both read the same here.
     */
    static Map<String, String> values(Map<String, Object> meta) {
        Map<String, String> values = new LinkedHashMap<>();
        meta.forEach((k, v) -> values.put(k, unquote(String.valueOf(v))));
        return values;
    }

    static String unquote(String raw) {
        String s = raw.trim();
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() - 1) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
