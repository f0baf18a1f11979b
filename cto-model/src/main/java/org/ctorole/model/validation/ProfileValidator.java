package org.ctorole.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Decision;
import org.ctorole.model.profile.DecisionKind;
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
@API(status = API.Status.STABLE, since = "0.1")
public final class ProfileValidator {

    /**
     * What a plausible e-mail address looks like: a local part, one {@code @}, a domain of at least two
     * labels, no spaces. Deliverability is not checked; typos such as a missing domain are caught.
     */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Longest address accepted (RFC 5321, section 4.5.3.1.3: a path holds at most 256 octets). */
    public static final int MAX_EMAIL_LENGTH = 254;

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

    /**
     * A path built only when a problem is reported: a valid 10,000-person profile would otherwise
     * spend most of its validation concatenating paths nobody reads.
     */
    private record At(At parent, String field, int index) {
        static At of(String section, int index) {
            return new At(null, section, index);
        }

        At field(String name) {
            return new At(this, name, -1);
        }

        At index(int i) {
            return new At(this, null, i);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            append(b);
            return b.toString();
        }

        private void append(StringBuilder b) {
            if (parent != null) {
                parent.append(b);
            }
            if (field != null) {
                b.append(parent == null ? "" : ".").append(field);
            }
            if (index >= 0) {
                b.append('[').append(index).append(']');
            }
        }
    }

    private static final class Run {
        private final OrganisationProfile profile;
        private final List<Problem> problems = new ArrayList<>();
        private Set<String> personIds = Set.of();
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

        private void add(Object path, String message) {
            problems.add(Problem.at(path.toString(), message));
        }

        private boolean missing(Object path, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                add(path, "missing required value");
                return true;
            }
            return false;
        }

        private void notAfterAssessment(Object path, LocalDate date) {
            if (date != null && assessedOn != null && date.isAfter(assessedOn)) {
                add(path, "date " + date + " is after assessedOn " + assessedOn);
            }
        }

        private void personRef(Object path, String id) {
            if (id != null && !personIds.contains(id)) {
                add(path, "unknown person '" + id + "'");
            }
        }

        /** Checks ids of a list: present and unique; returns the ids seen. */
        private <T> Set<String> ids(String section, String field, String noun, List<T> items, Function<T, String> id) {
            Set<String> seen = new HashSet<>(items.size() * 2);
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                if (item == null) {
                    add(At.of(section, i), "missing entry");
                    continue;
                }
                String value = id.apply(item);
                if (!missing(At.of(section, i).field(field), value) && !seen.add(value)) {
                    add(At.of(section, i).field(field), "duplicate " + noun + " '" + value + "'");
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
            personIds = ids("people", "id", "person id", people, Person::id);
            Map<String, Integer> emails = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                if (p == null) {
                    continue;
                }
                At path = At.of("people", i);
                if (p.email().isPresent()) {
                    email(path.field("email"), p.email().get(), i, emails);
                }
                if (p.roles().isEmpty()) {
                    add(path.field("roles"), "at least one role is required");
                }
                for (int r = 0; r < p.roles().size(); r++) {
                    if (p.roles().get(r) == null) {
                        add(path.field("roles").index(r), "missing role");
                    }
                }
                p.reportsTo().ifPresent(m -> {
                    if (m.equals(p.id())) {
                        add(path.field("reportsTo"), "a person cannot report to themself");
                    } else {
                        personRef(path.field("reportsTo"), m);
                    }
                });
                p.deputy().ifPresent(d -> {
                    if (d.equals(p.id())) {
                        add(path.field("deputy"), "a person cannot be their own deputy");
                    } else {
                        personRef(path.field("deputy"), d);
                    }
                });
            }
            reportingCycles(people);
        }

        /** A plausible address ({@link #EMAIL}), not used by an earlier person (case ignored, as mail servers do). */
        private void email(At path, String email, int index, Map<String, Integer> seen) {
            if (!EMAIL.matcher(email).matches() || email.length() > MAX_EMAIL_LENGTH) {
                add(path, "'" + email + "' is not an e-mail address (expected name@domain.tld)");
                return;
            }
            Integer first = seen.putIfAbsent(email.toLowerCase(Locale.ROOT), index);
            if (first != null) {
                add(path, "duplicate e-mail '" + email + "' (also people[" + first + "])");
            }
        }

        /** Reports each reporting cycle once, at the person of the cycle listed first. */
        private void reportingCycles(List<Person> people) {
            int n = people.size();
            Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                Person p = people.get(i);
                if (p != null && p.id() != null) {
                    index.putIfAbsent(p.id(), i);
                }
            }
            int[] manager = new int[n]; // index of the manager, or -1
            for (int i = 0; i < n; i++) {
                Person p = people.get(i);
                manager[i] = -1;
                if (p != null && p.id() != null && index.get(p.id()) == i) {
                    manager[i] = p.reportsTo().filter(m -> !m.equals(p.id())).map(index::get).orElse(-1);
                }
            }
            byte[] state = new byte[n]; // 0 = not seen, 1 = on the current walk, 2 = done
            List<Integer> walk = new ArrayList<>();
            for (int start = 0; start < n; start++) {
                if (state[start] != 0) {
                    continue;
                }
                walk.clear();
                int current = start;
                while (current >= 0 && state[current] == 0) {
                    state[current] = 1;
                    walk.add(current);
                    current = manager[current];
                }
                if (current >= 0 && state[current] == 1) {
                    List<Integer> cycle = walk.subList(walk.indexOf(current), walk.size());
                    int first = cycle.stream().min(Integer::compare).orElseThrow();
                    int from = cycle.indexOf(first);
                    List<String> ordered = new ArrayList<>();
                    for (int k = 0; k < cycle.size(); k++) {
                        ordered.add(people.get(cycle.get((from + k) % cycle.size())).id());
                    }
                    ordered.add(people.get(first).id());
                    add(At.of("people", first).field("reportsTo"), "reporting cycle " + String.join(" -> ", ordered));
                }
                for (int i : walk) {
                    state[i] = 2;
                }
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
            cto.decisions().ifPresent(this::decisions);
        }

        private void decisions(List<Decision> decisions) {
            ids("cto.decisions", "id", "decision id", decisions, Decision::id);
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                if (d == null) {
                    continue;
                }
                At path = At.of("cto.decisions", i);
                missing(path.field("kind"), d.kind());
                missing(path.field("ctoInvolved"), d.ctoInvolved());
                if (d.customerValidated().isPresent() && d.kind() != null && d.kind() != DecisionKind.PRODUCT_ROADMAP) {
                    add(path.field("customerValidated"), "applies to PRODUCT_ROADMAP decisions only, not to "
                            + d.kind());
                }
            }
        }

        private void knowledge(List<KnowledgeArea> areas) {
            ids("knowledge", "area", "knowledge area", areas, KnowledgeArea::area);
            for (int i = 0; i < areas.size(); i++) {
                KnowledgeArea a = areas.get(i);
                if (a == null) {
                    continue;
                }
                At path = At.of("knowledge", i);
                missing(path.field("critical"), a.critical());
                if (missing(path.field("experts"), a.experts())) {
                    continue;
                }
                List<String> experts = a.experts();
                // Lists of experts are mostly short: a scan finds a repeat without a set per area.
                Set<String> seen = experts.size() > 8 ? new HashSet<>() : null;
                for (int e = 0; e < experts.size(); e++) {
                    String expert = experts.get(e);
                    At ePath = path.field("experts").index(e);
                    if (missing(ePath, expert)) {
                        continue;
                    }
                    if (seen != null ? !seen.add(expert) : experts.subList(0, e).contains(expert)) {
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
                At path = At.of("systems", i);
                missing(path.field("holdsData"), s.holdsData());
                missing(path.field("critical"), s.critical());
                if (s.backup().isPresent()) {
                    Backup b = s.backup().get();
                    missing(path.field("backup").field("schedule"), b.schedule());
                    if (!missing(path.field("backup").field("lastSuccessfulBackup"), b.lastSuccessfulBackup())) {
                        notAfterAssessment(path.field("backup").field("lastSuccessfulBackup"),
                                b.lastSuccessfulBackup());
                    }
                    b.lastRestoreTest().ifPresent(d ->
                            notAfterAssessment(path.field("backup").field("lastRestoreTest"), d));
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
