package org.ctorole.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.rules.internal.Wording;

/**
 * The findings as steps a leader can run, along the integration timeline. Week 1 holds only what
 * threatens the business now — critical findings, high ones on critical subjects (a critical
 * system, area or supplier, the CTO, the whole organisation), and the exclusion of technology
 * leadership from strategy — ranked and capped at {@value #WEEK_ONE_CAP}; beside them the
 * timeline's own first step, mapping where technology leadership takes part in strategy. The rest
 * follows the timeline: resilience, co-creation, information and governance in month 1, outcome
 * accountability in month 2, translation in month 3, and the month-6 review, which always closes
 * the plan. Each step names its owner, its due date and the findings it closes; waived findings
 * are left out.
 *
 * <pre>{@code assessment.actionPlan().steps().forEach(s -> System.out.println(s.due() + " " + s.owner() + ": " + s.action()));}</pre>
 *
 * @param steps the steps in the order to take them
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActionPlan(List<ActionStep> steps) {

    /** The most steps week 1 holds besides the timeline's own: more would not get done in a week. */
    public static final int WEEK_ONE_CAP = 6;

    public ActionPlan {
        steps = List.copyOf(steps);
    }

    /** The steps of one stage. */
    public List<ActionStep> stage(TimelineStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).toList();
    }

    /**
     * The plan for these findings of a profile, as the rules of {@code book} describe them.
     *
     * @param findings the assessment's findings, in its deterministic order
     */
    public static ActionPlan of(List<Finding> findings, OrganisationProfile profile, RuleBook book) {
        LocalDate start = profile.organisation().assessedOn();
        Owners owners = new Owners(profile);
        Set<String> critical = criticalSubjects(profile);
        List<Finding> open = findings.stream().filter(f -> !f.waived()).toList();
        List<Finding> urgent = open.stream().filter(f -> threatensNow(f, critical))
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(f -> f.ruleId().equals(STRATEGIC_EXCLUSION) ? 0 : 1)
                        .thenComparing(f -> -f.harms().size())
                        .thenComparing(Finding::track)
                        .thenComparing(Finding::key))
                .limit(WEEK_ONE_CAP).toList();
        Set<String> inWeekOne = new HashSet<>();
        urgent.forEach(f -> inWeekOne.add(f.key()));

        List<ActionStep> steps = new ArrayList<>();
        for (Finding f : urgent) {
            steps.add(step(TimelineStage.WEEK_1, f, book, owners, start));
        }
        steps.add(new ActionStep(TimelineStage.WEEK_1, Track.STRATEGIC_CO_CREATION,
                "Map where technology leadership takes part in making strategy and where it is left out: record"
                        + " the decision flows, who decides what, and when the CTO is brought in.",
                owners.ceo(), due(TimelineStage.WEEK_1, start), List.of(),
                "A written map of the decisions technology leadership shapes and of those it only hears about."));
        Map<TimelineStage, List<ActionStep>> later = new EnumMap<>(TimelineStage.class);
        for (Finding f : open) {
            if (!inWeekOne.contains(f.key())) {
                TimelineStage stage = stageOf(f.track());
                later.computeIfAbsent(stage, s -> new ArrayList<>()).add(step(stage, f, book, owners, start));
            }
        }
        later.values().forEach(steps::addAll);
        steps.add(new ActionStep(TimelineStage.MONTH_6, Track.GOVERNANCE,
                "Measure how quickly business insight reaches technology decisions and technical possibilities"
                        + " reach business strategy, then assess the profile again and compare with this assessment.",
                owners.ceo(), due(TimelineStage.MONTH_6, start), List.of(),
                "A re-assessment showing which of today's findings are resolved and how the scores moved."));
        return new ActionPlan(steps);
    }

    private static final String STRATEGIC_EXCLUSION = "strategic-exclusion";

    private static boolean threatensNow(Finding f, Set<String> critical) {
        return f.severity() == Severity.CRITICAL
                || f.severity() == Severity.HIGH && (f.ruleId().equals(STRATEGIC_EXCLUSION)
                || f.subject().kind() == SubjectKind.ORGANISATION
                || critical.contains(f.subject().kind() + ":" + f.subject().id()));
    }

    /** Subjects whose loss or failure stops the business: critical systems, areas and suppliers, the CTO, sole experts. */
    private static Set<String> criticalSubjects(OrganisationProfile profile) {
        Set<String> critical = new HashSet<>();
        profile.systems().ifPresent(list -> list.stream().filter(SystemAsset::isCritical)
                .forEach(s -> critical.add(SubjectKind.SYSTEM + ":" + s.id())));
        profile.suppliers().ifPresent(list -> list.stream().filter(Supplier::isCritical)
                .forEach(s -> critical.add(SubjectKind.SUPPLIER + ":" + s.id())));
        profile.knowledge().ifPresent(list -> list.stream().filter(KnowledgeArea::isCritical).forEach(a -> {
            critical.add(SubjectKind.KNOWLEDGE_AREA + ":" + a.area());
            if (a.experts().size() == 1) {
                critical.add(SubjectKind.PERSON + ":" + a.experts().get(0));
            }
        }));
        profile.theCto().ifPresent(p -> critical.add(SubjectKind.PERSON + ":" + p.id()));
        return critical;
    }

    private static TimelineStage stageOf(Track track) {
        return switch (track) {
            // A finding about the map of decision rights is the timeline's own first step: beside it in week 1.
            case INTEGRATION_MAPPING -> TimelineStage.WEEK_1;
            case OUTCOME_ACCOUNTABILITY -> TimelineStage.MONTH_2;
            case TRANSLATION_EXCELLENCE -> TimelineStage.MONTH_3;
            default -> TimelineStage.MONTH_1;
        };
    }

    /** The end of a stage: the day the next one starts, the month-6 review half a year on. */
    static LocalDate due(TimelineStage stage, LocalDate start) {
        return start.plusDays(switch (stage) {
            case WEEK_1 -> 7;
            case MONTH_1 -> 30;
            case MONTH_2 -> 60;
            case MONTH_3 -> 90;
            case MONTH_6 -> 180;
        });
    }

    private static ActionStep step(TimelineStage stage, Finding f, RuleBook book, Owners owners, LocalDate start) {
        RuleDescriptor rule = book.rule(f.ruleId()).orElse(null);
        ActionOwner owner = rule == null ? ActionOwner.defaultFor(f.track()) : rule.owner();
        String outcome = rule == null ? "The finding " + f.key() + " is resolved."
                : Wording.fill(rule.outcome(), name -> f.evidence(name).map(Evidence::text)
                        .orElseGet(() -> name.equals("subject") ? f.subject().name() : null));
        return new ActionStep(stage, f.track(), f.recommendation(), owners.of(owner, f), due(stage, start),
                List.of(f.key()), outcome.endsWith(".") ? outcome : outcome + ".");
    }

    /** The people who own steps, found once per plan. */
    private static final class Owners {
        private final OrganisationProfile profile;
        private final Person cto;
        private final Person ceo;
        private Map<String, Person> byId;

        Owners(OrganisationProfile profile) {
            this.profile = profile;
            this.cto = profile.theCto().orElse(null);
            this.ceo = profile.people().stream().filter(p -> p.holds(Role.CEO)).min(Comparator.comparing(Person::id))
                    .orElse(null);
        }

        Owner ceo() {
            return ceo == null ? new Owner("CEO", null, "the CEO") : new Owner("CEO", ceo.id(), name(ceo));
        }

        Owner cto() {
            if (cto == null) {
                return ceo(); // nobody leads technology: the chief executive owns it until somebody does
            }
            String role = switch (cto.engagement()) {
                case FRACTIONAL -> "fractional CTO";
                case INTERIM -> "interim CTO";
                default -> "CTO";
            };
            return new Owner(role, cto.id(), name(cto));
        }

        Owner of(ActionOwner owner, Finding f) {
            return switch (owner) {
                case CEO -> ceo();
                case CTO -> cto();
                case SUBJECT -> f.subject().kind() == SubjectKind.PERSON
                        ? person(f.subject().id()).map(p -> new Owner(roleOf(p), p.id(), name(p))).orElse(cto())
                        : cto();
            };
        }

        /** The person of this id: by a map made once per plan, not a scan of the people per step. */
        private Optional<Person> person(String id) {
            if (byId == null) {
                byId = new HashMap<>(profile.people().size() * 2);
                profile.people().stream().filter(p -> p != null && p.id() != null)
                        .forEach(p -> byId.putIfAbsent(p.id(), p));
            }
            return Optional.ofNullable(byId.get(id));
        }

        private static String roleOf(Person p) {
            // The first in the order of Role, not of the profile: the plan must not depend on how roles were listed.
            return p.roles().stream().sorted().filter(Role::isLeadership).findFirst()
                    .or(() -> p.roles().stream().sorted().findFirst()).map(r -> Wording.label(r.name())).orElse("person");
        }

        private static String name(Person p) {
            return p.name() == null || p.name().isBlank() ? p.id() : p.name();
        }
    }
}
