package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.Responsibility;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Section;
import org.ctorole.rules.internal.Wording;

/**
 * What a rule checks and what its findings mean, read from the rule's own metadata in its DRL
 * file: the entry behind {@code cto rules}, {@code cto explain}, the rules reference, the
 * not-assessed list and the wording of every finding.
 *
 * <pre>{@code
 * RuleDescriptor r = RuleBook.builtIn().rule("untested-backup").orElseThrow();
 * r.firesWhen(policy); // "... more than 90 days before the assessment" with the policy's value
 * }</pre>
 *
 * @param id             stable kebab-case id
 * @param title          a short name
 * @param severity       the severity of its own condition (a condition may have another)
 * @param subjectKind    what its subject identifies
 * @param reads          what it needs from the profile: section keys ({@code systems}) or optional
 *                       fields ({@code cto.timeAllocation}); when one is omitted it is not assessed
 * @param harms          the responsibility areas its findings harm (scores)
 * @param track          where its findings go in the action plan
 * @param sources        the works it draws on, each with a section
 * @param firesWhen      the condition in words, with {@code {threshold}} placeholders
 * @param conditions     the ways it fires, its own first, each with its wording
 * @param owner          who should act on its findings in the action plan
 * @param outcome        what the organisation should see once a finding is dealt with, with placeholders
 * @param origin         where it is defined: {@code built-in} or the custom rule file's name
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleDescriptor(String id, String title, Severity severity, SubjectKind subjectKind, List<String> reads,
                             List<ResponsibilityArea> harms, Track track, List<Source> sources, String firesWhen,
                             List<RuleCondition> conditions, ActionOwner owner, String outcome, String origin) {

    /** The {@link #origin()} of the rules that ship with the library. */
    public static final String BUILT_IN = "built-in";

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectKind, "subjectKind");
        reads = List.copyOf(reads);
        harms = List.copyOf(harms);
        Objects.requireNonNull(track, "track");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule '" + id + "' cites no source");
        }
        Objects.requireNonNull(firesWhen, "firesWhen");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("rule '" + id + "' has no condition");
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the rule ships with the library. */
    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }

    /** The main source: the first one cited. */
    public Source source() {
        return sources.get(0);
    }

    /** The recommendation of its own condition (conditions may add their own). */
    public String recommendation() {
        return conditions.get(0).recommendation();
    }

    /** The condition of a DRL rule name, if it belongs to this rule. */
    public Optional<RuleCondition> condition(String ruleName) {
        return conditions.stream().filter(c -> c.name().equals(ruleName)).findFirst();
    }

    /** The most severe severity any of its conditions can give. */
    public Severity mostSevere() {
        return conditions.stream().map(RuleCondition::severity).min(Comparator.naturalOrder()).orElse(severity);
    }

    /** The profile sections it reads (the section part of {@link #reads()}). */
    public Set<Section> sections() {
        EnumSet<Section> sections = EnumSet.noneOf(Section.class);
        for (String path : reads) {
            String key = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            sections.add(Section.valueOf(key.toUpperCase(Locale.ROOT)));
        }
        return sections;
    }

    /**
     * Every policy threshold of the rule, in order of first mention: those {@link #firesWhen()}
     * names, then each condition's {@link RuleCondition#thresholds()} (those it reads and those its
     * texts name), then those {@link #outcome()} names. A finding shows only those of the
     * conditions that fired for it, and those of the outcome.
     */
    public List<Threshold> thresholds() {
        Set<Threshold> thresholds = new LinkedHashSet<>(named(firesWhen));
        for (RuleCondition c : conditions) {
            thresholds.addAll(c.thresholds());
        }
        thresholds.addAll(named(outcome));
        return new ArrayList<>(thresholds);
    }

    /** The policy thresholds {@link #outcome()} names: every finding's action step words them. */
    List<Threshold> outcomeThresholds() {
        return named(outcome);
    }

    private static List<Threshold> named(String text) {
        List<Threshold> thresholds = new ArrayList<>();
        for (String name : Wording.placeholders(text)) {
            Threshold.byKey(name).filter(t -> !thresholds.contains(t)).ifPresent(thresholds::add);
        }
        return thresholds;
    }

    /** The condition in words, with the thresholds of {@code policy}. */
    public String firesWhen(AssessmentPolicy policy) {
        return Wording.fill(firesWhen, name -> Threshold.byKey(name).map(t -> t.format(policy)).orElse(null));
    }

    /**
     * The areas a finding about {@code subject} harms: for a constituent, the areas of the duties
     * the CTO owes it, besides {@link #harms()}; otherwise {@link #harms()}.
     */
    public List<ResponsibilityArea> harmsFor(String subject) {
        if (subjectKind == SubjectKind.CONSTITUENT) {
            for (Constituent c : Constituent.values()) {
                if (c.name().equals(subject)) {
                    Set<ResponsibilityArea> areas = new LinkedHashSet<>(harms);
                    RoleCatalogue.standard().responsibilitiesOf(c).stream().map(Responsibility::area)
                            .forEach(areas::add);
                    return areas.stream().sorted(Comparator.naturalOrder()).toList();
                }
            }
        }
        return harms;
    }
}
