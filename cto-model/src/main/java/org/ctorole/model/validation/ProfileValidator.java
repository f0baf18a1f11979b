package org.ctorole.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;

/**
 * Checks a profile before any rule runs and reports <em>every</em> problem at once, each with
 * the path of the value at fault. Waivers naming unknown rules are left to the rule pack, which
 * is the only one to know its rules. Stateless and thread-safe.
 *
 * <pre>{@code List<Problem> problems = ProfileValidator.validate(profile);}</pre>
 */
public final class ProfileValidator {

    /** Tolerance on the sum of the CTO's time allocation, in percentage points. */
    public static final double TIME_ALLOCATION_TOLERANCE = 1.0;

    private ProfileValidator() {
    }

    /** Every problem of the profile, in the order of the profile's sections; empty when valid. */
    public static List<Problem> validate(OrganisationProfile profile) {
        return new Run(profile).check();
    }

    /** Throws {@link InvalidProfileException} listing every problem, if there is any. */
    public static void requireValid(OrganisationProfile profile) {
        List<Problem> problems = validate(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
    }

    private static final class Run {
        private final OrganisationProfile profile;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> personIds = new HashSet<>();
        private LocalDate assessedOn;

        Run(OrganisationProfile profile) {
            this.profile = profile;
        }

        List<Problem> check() {
            if (profile == null) {
                problems.add(Problem.at("", "no profile given"));
                return problems;
            }
            if (!OrganisationProfile.SCHEMA.equals(profile.schema())) {
                add("schema", "unsupported schema '" + profile.schema() + "', expected '"
                        + OrganisationProfile.SCHEMA + "'");
            }
            organisation(profile.organisation());
            people(profile.people());
            profile.cto().ifPresent(this::cto);
            profile.knowledge().ifPresent(this::knowledge);
            profile.systems().ifPresent(this::systems);
            profile.strategy().ifPresent(this::strategy);
            profile.forums().ifPresent(this::forums);
            profile.indicators().ifPresent(this::indicators);
            profile.commitments().ifPresent(this::commitments);
            profile.suppliers().ifPresent(this::suppliers);
            waivers(profile.waivers());
            return problems;
        }

        private void add(String path, String message) {
            problems.add(Problem.at(path, message));
        }

        private boolean missing(String path, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                add(path, "missing required value");
                return true;
            }
            return false;
        }

        private void notAfterAssessment(String path, LocalDate date) {
            if (date != null && assessedOn != null && date.isAfter(assessedOn)) {
                add(path, "date " + date + " is after assessedOn " + assessedOn);
            }
        }

        private void personRef(String path, String id) {
            if (id != null && !personIds.contains(id)) {
                add(path, "unknown person '" + id + "'");
            }
        }

        /** Checks ids of a list: present and unique; returns the ids seen. */
        private <T> Set<String> ids(String section, String field, String noun, List<T> items, Function<T, String> id) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String path = section + "[" + i + "]";
                if (item == null) {
                    add(path, "missing entry");
                    continue;
                }
                String value = id.apply(item);
                if (!missing(path + "." + field, value) && !seen.add(value)) {
                    add(path + "." + field, "duplicate " + noun + " '" + value + "'");
                }
            }
            return seen;
        }

        private void organisation(Organisation o) {
            if (o == null) {
                add("organisation", "missing required section");
                return;
            }
            missing("organisation.id", o.id());
            if (!missing("organisation.assessedOn", o.assessedOn())) {
                assessedOn = o.assessedOn();
            }
            if (o.headcount() != null && o.headcount() < 0) {
                add("organisation.headcount", "must not be negative, was " + o.headcount());
            }
        }

        private void people(List<Person> people) {
            personIds.addAll(ids("people", "id", "person id", people, Person::id));
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (p == null) {
                    continue;
                }
                String path = "people[" + i + "]";
                if (p.roles().isEmpty()) {
                    add(path + ".roles", "at least one role is required");
                }
                for (int r = 0; r < p.roles().size(); r++) {
                    if (p.roles().get(r) == null) {
                        add(path + ".roles[" + r + "]", "missing role");
                    }
                }
                p.reportsTo().ifPresent(m -> {
                    if (m.equals(p.id())) {
                        add(path + ".reportsTo", "a person cannot report to themself");
                    } else {
                        personRef(path + ".reportsTo", m);
                    }
                });
                p.deputy().ifPresent(d -> {
                    if (d.equals(p.id())) {
                        add(path + ".deputy", "a person cannot be their own deputy");
                    } else {
                        personRef(path + ".deputy", d);
                    }
                });
            }
            reportingCycles(people);
        }

        /** Reports each reporting cycle once, at the person of the cycle listed first. */
        private void reportingCycles(List<Person> people) {
            Map<String, String> manager = new HashMap<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (p != null && p.id() != null && !index.containsKey(p.id())) {
                    index.put(p.id(), i);
                    p.reportsTo().filter(m -> !m.equals(p.id())).ifPresent(m -> manager.put(p.id(), m));
                }
            }
            Map<String, Integer> state = new HashMap<>(); // 1 = on the current walk, 2 = done
            for (Person start : people) {
                if (start == null || start.id() == null || state.containsKey(start.id())) {
                    continue;
                }
                List<String> walk = new ArrayList<>();
                String current = start.id();
                while (current != null && !state.containsKey(current) && index.containsKey(current)) {
                    state.put(current, 1);
                    walk.add(current);
                    current = manager.get(current);
                }
                if (current != null && state.getOrDefault(current, 0) == 1) {
                    List<String> cycle = walk.subList(walk.indexOf(current), walk.size());
                    String first = cycle.stream().min((a, b) -> index.get(a) - index.get(b)).orElseThrow();
                    int from = cycle.indexOf(first);
                    List<String> ordered = new ArrayList<>(cycle.subList(from, cycle.size()));
                    ordered.addAll(cycle.subList(0, from));
                    ordered.add(first);
                    add("people[" + index.get(first) + "].reportsTo", "reporting cycle " + String.join(" -> ", ordered));
                }
                walk.forEach(id -> state.put(id, 2));
            }
        }

        private void cto(CtoWorkingPattern cto) {
            if (!missing("cto.person", cto.person())) {
                Optional<Person> person = profile.person(cto.person());
                if (person.isEmpty()) {
                    add("cto.person", "unknown person '" + cto.person() + "'");
                } else if (!person.get().holds(Role.CTO)) {
                    add("cto.person", "person '" + cto.person() + "' does not hold the CTO role");
                }
            }
            cto.timeAllocation().ifPresent(allocation -> {
                // Decimal, not binary, addition: 4.3 + 44.9 + ... must sum to exactly 99, not 98.99999999999999.
                BigDecimal sum = BigDecimal.ZERO;
                for (Map.Entry<Activity, Double> e : allocation.entrySet()) {
                    String path = "cto.timeAllocation." + e.getKey();
                    Double value = e.getValue();
                    if (missing(path, value)) {
                        continue;
                    }
                    if (value < 0 || value > 100 || value.isNaN()) {
                        add(path, "percentage " + format(value) + " is out of range 0..100");
                    }
                    if (!value.isNaN() && !value.isInfinite()) {
                        sum = sum.add(BigDecimal.valueOf(value));
                    }
                }
                if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(BigDecimal.valueOf(TIME_ALLOCATION_TOLERANCE)) > 0) {
                    add("cto.timeAllocation", "percentages sum to " + sum.stripTrailingZeros().toPlainString()
                            + ", expected 100 (within " + format(TIME_ALLOCATION_TOLERANCE) + ")");
                }
            });
            cto.accountableFor().ifPresent(list -> {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null) {
                        add("cto.accountableFor[" + i + "]", "missing value");
                    }
                }
            });
            cto.lastTechnologyReview().ifPresent(d -> notAfterAssessment("cto.lastTechnologyReview", d));
        }

        private void knowledge(List<KnowledgeArea> areas) {
            ids("knowledge", "area", "knowledge area", areas, KnowledgeArea::area);
            for (int i = 0; i < areas.size(); i++) {
                KnowledgeArea a = areas.get(i);
                if (a == null) {
                    continue;
                }
                String path = "knowledge[" + i + "]";
                missing(path + ".critical", a.critical());
                if (missing(path + ".experts", a.experts())) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                for (int e = 0; e < a.experts().size(); e++) {
                    String expert = a.experts().get(e);
                    String ePath = path + ".experts[" + e + "]";
                    if (missing(ePath, expert)) {
                        continue;
                    }
                    if (!seen.add(expert)) {
                        add(ePath, "duplicate expert '" + expert + "'");
                    } else {
                        personRef(ePath, expert);
                    }
                }
            }
        }

        private void systems(List<SystemAsset> systems) {
            ids("systems", "id", "system id", systems, SystemAsset::id);
            for (int i = 0; i < systems.size(); i++) {
                SystemAsset s = systems.get(i);
                if (s == null) {
                    continue;
                }
                String path = "systems[" + i + "]";
                missing(path + ".holdsData", s.holdsData());
                missing(path + ".critical", s.critical());
                if (s.backup().isPresent()) {
                    Backup b = s.backup().get();
                    missing(path + ".backup.schedule", b.schedule());
                    if (!missing(path + ".backup.lastSuccessfulBackup", b.lastSuccessfulBackup())) {
                        notAfterAssessment(path + ".backup.lastSuccessfulBackup", b.lastSuccessfulBackup());
                    }
                    b.lastRestoreTest().ifPresent(d -> notAfterAssessment(path + ".backup.lastRestoreTest", d));
                }
            }
        }

        private void strategy(List<StrategyInitiative> initiatives) {
            ids("strategy", "id", "initiative id", initiatives, StrategyInitiative::id);
            for (int i = 0; i < initiatives.size(); i++) {
                StrategyInitiative s = initiatives.get(i);
                if (s != null) {
                    missing("strategy[" + i + "].ctoJoinedAt", s.ctoJoinedAt());
                }
            }
        }

        private void forums(List<Forum> forums) {
            ids("forums", "id", "forum id", forums, Forum::id);
            for (int i = 0; i < forums.size(); i++) {
                Forum f = forums.get(i);
                if (f == null) {
                    continue;
                }
                String path = "forums[" + i + "]";
                missing(path + ".kind", f.kind());
                missing(path + ".ctoAttends", f.ctoAttends());
                f.technologyMinutes().filter(m -> m < 0)
                        .ifPresent(m -> add(path + ".technologyMinutes", "must not be negative, was " + m));
            }
        }

        private void indicators(List<IndicatorReading> readings) {
            for (int i = 0; i < readings.size(); i++) {
                IndicatorReading r = readings.get(i);
                String path = "indicators[" + i + "]";
                if (r == null) {
                    add(path, "missing entry");
                    continue;
                }
                missing(path + ".indicator", r.indicator());
                if (!missing(path + ".value", r.value()) && r.indicator() != null) {
                    double min = r.indicator().scaleMin();
                    double max = r.indicator().scaleMax();
                    if (r.value() < min || r.value() > max || r.value().isNaN()) {
                        add(path + ".value", "reading " + format(r.value()) + " is out of range "
                                + format(min) + ".." + format(max));
                    }
                }
                if (!missing(path + ".measuredOn", r.measuredOn())) {
                    notAfterAssessment(path + ".measuredOn", r.measuredOn());
                }
            }
        }

        private void commitments(List<Commitment> commitments) {
            ids("commitments", "id", "commitment id", commitments, Commitment::id);
            for (int i = 0; i < commitments.size(); i++) {
                Commitment c = commitments.get(i);
                if (c == null) {
                    continue;
                }
                String path = "commitments[" + i + "]";
                missing(path + ".technologyReviewed", c.technologyReviewed());
                personRef(path + ".madeBy", c.madeBy());
            }
        }

        private void suppliers(List<Supplier> suppliers) {
            ids("suppliers", "id", "supplier id", suppliers, Supplier::id);
            for (int i = 0; i < suppliers.size(); i++) {
                Supplier s = suppliers.get(i);
                if (s == null) {
                    continue;
                }
                String path = "suppliers[" + i + "]";
                missing(path + ".critical", s.critical());
                s.onTimeDeliveryRate().filter(r -> r < 0 || r > 1 || r.isNaN()).ifPresent(r ->
                        add(path + ".onTimeDeliveryRate", "rate " + format(r) + " is out of range 0..1"));
            }
        }

        private void waivers(List<Waiver> waivers) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < waivers.size(); i++) {
                Waiver w = waivers.get(i);
                String path = "waivers[" + i + "]";
                if (w == null) {
                    add(path, "missing entry");
                    continue;
                }
                boolean incomplete = missing(path + ".ruleId", w.ruleId());
                incomplete |= missing(path + ".subject", w.subject());
                if (w.reason() == null || w.reason().isBlank()) {
                    add(path + ".reason", "a waiver needs a reason");
                }
                if (w.expires() == null) {
                    add(path + ".expires", "a waiver needs an expiry date");
                }
                if (!incomplete && seen.putIfAbsent(w.key(), i) != null) {
                    add(path, "duplicate waiver for " + w.key());
                }
            }
        }

        private static String format(double value) {
            return value == Math.rint(value) && !Double.isInfinite(value)
                    ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
