package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.profile.Section;
import org.ctorole.rules.internal.RuleBase;

/**
 * The rules an assessor knows, as their DRL metadata describes them: the built-in pack and any
 * custom rules. Immutable.
 *
 * <pre>{@code
 * RuleBook.builtIn().rules().forEach(r -> System.out.println(r.id() + ": " + r.firesWhen(policy)));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleBook {

    private final Map<String, RuleDescriptor> rules;
    // Worked out once per book rather than in every assessment: which rules can lower each
    // area's score, and which sections each rule reads.
    private final Map<ResponsibilityArea, Set<String>> rulesReaching;
    private final Map<String, Set<Section>> sections;
    private final Map<String, List<Threshold>> thresholds;
    private final Map<String, List<String>> fieldsRead;
    // The rules reaching any of a set of areas, per set asked for: a score's coverage. Few sets
    // are ever asked for (an area, a mission axis, a constituent's duties, all areas).
    private final Map<Set<ResponsibilityArea>, Set<String>> reachingAny = new ConcurrentHashMap<>();
    // By condition name: what a finding shows of the policy when that condition fires.
    private final Map<String, List<Threshold>> conditionThresholds;

    private RuleBook(Collection<RuleDescriptor> descriptors) {
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        for (RuleDescriptor d : descriptors) {
            RuleDescriptor before = map.putIfAbsent(d.id(), d);
            if (before != null) {
                throw new IllegalArgumentException("rule '" + d.id() + "' is defined twice: " + before.origin()
                        + " and " + d.origin());
            }
        }
        rules = Collections.unmodifiableMap(map);
        Map<ResponsibilityArea, Set<String>> reaching = new EnumMap<>(ResponsibilityArea.class);
        for (ResponsibilityArea a : ResponsibilityArea.values()) {
            reaching.put(a, new TreeSet<>());
        }
        Map<String, Set<Section>> read = new HashMap<>();
        Map<String, List<Threshold>> named = new HashMap<>();
        Map<String, List<String>> fields = new HashMap<>();
        Map<String, List<Threshold>> shown = new HashMap<>();
        for (RuleDescriptor rule : rules.values()) {
            Scorecard.areasReachedBy(rule).forEach(a -> reaching.get(a).add(rule.id()));
            read.put(rule.id(), Collections.unmodifiableSet(rule.sections()));
            fields.put(rule.id(), rule.reads().stream().filter(p -> p.contains(".")).sorted().toList());
            List<Threshold> all = List.copyOf(rule.thresholds());
            named.put(rule.id(), all);
            List<Threshold> outcome = rule.outcomeThresholds();
            for (RuleCondition c : rule.conditions()) {
                // In the rule's order, so that a finding lists them in the same order whichever fired.
                shown.put(c.name(), all.stream().filter(t -> c.thresholds().contains(t) || outcome.contains(t))
                        .toList());
            }
        }
        reaching.replaceAll((area, ids) -> Collections.unmodifiableSet(ids));
        rulesReaching = Collections.unmodifiableMap(reaching);
        sections = Collections.unmodifiableMap(read);
        thresholds = Collections.unmodifiableMap(named);
        fieldsRead = Collections.unmodifiableMap(fields);
        conditionThresholds = Collections.unmodifiableMap(shown);
    }

    /**
     * {@link RuleDescriptor#thresholds()} of a rule of this book, worked out once: the assessor
     * asks for every finding.
     *
     * @throws IllegalArgumentException for a rule not in this book
     */
    @API(status = API.Status.INTERNAL)
    public List<Threshold> thresholdsOf(String id) {
        return inBook(thresholds, id, "rule");
    }

    /**
     * The thresholds a finding shows when this condition (a DRL rule name) fires, in the order of
     * {@link #thresholdsOf}, worked out once: {@link RuleCondition#thresholds()} and those the
     * rule's {@link RuleDescriptor#outcome()} names, which the finding's action step words.
     *
     * @throws IllegalArgumentException for a condition of no rule in this book
     */
    @API(status = API.Status.INTERNAL)
    public List<Threshold> thresholdsOfCondition(String conditionName) {
        return inBook(conditionThresholds, conditionName, "condition");
    }

    private static List<Threshold> inBook(Map<String, List<Threshold>> byName, String name, String what) {
        List<Threshold> found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException("no " + what + " '" + name + "' in this book");
        }
        return found;
    }

    /** {@link RuleDescriptor#sections()} of a rule of this book. */
    Set<Section> sectionsOf(String id) {
        return sections.get(id);
    }

    /** The optional fields a rule of this book reads (the dotted paths of {@link RuleDescriptor#reads()}), sorted. */
    List<String> fieldsReadBy(String id) {
        return fieldsRead.get(id);
    }

    /**
     * The ids of the rules whose findings can lower the score of at least one of {@code areas}.
     * The set given becomes a cache key: it must not be changed afterwards.
     */
    Set<String> rulesReachingAny(Set<ResponsibilityArea> areas) {
        return reachingAny.computeIfAbsent(areas, asked -> {
            Set<String> ids = new HashSet<>();
            asked.forEach(a -> ids.addAll(rulesReaching.get(a)));
            return Collections.unmodifiableSet(ids);
        });
    }

    /** A book of these rules, in the order given. */
    public static RuleBook of(Collection<RuleDescriptor> descriptors) {
        return new RuleBook(descriptors);
    }

    /** The built-in rule pack, described by its own metadata. */
    public static RuleBook builtIn() {
        return BuiltIn.BOOK;
    }

    private static final class BuiltIn {
        static final RuleBook BOOK = new RuleBook(RuleBase.builtInRules());
    }

    /** This book plus further rules (custom ones); an id already in the book is refused. */
    public RuleBook with(Collection<RuleDescriptor> more) {
        List<RuleDescriptor> all = new ArrayList<>(rules.values());
        all.addAll(more);
        return new RuleBook(all);
    }

    /** Every rule: built-in ones by action-plan track and id, then custom ones. */
    public List<RuleDescriptor> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescriptor> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
