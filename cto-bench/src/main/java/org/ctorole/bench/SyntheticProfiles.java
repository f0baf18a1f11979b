package org.ctorole.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.Waiver;

/**
 * Deterministic, valid organisation profiles of the sizes the performance targets name:
 * {@code n} people, {@code n/2} knowledge areas, {@code 2n} expertise pairs, {@code n/5} systems
 * (10,000 people: 5,000 areas, 20,000 pairs, 2,000 systems), plus a CTO section, strategy, forums,
 * indicator readings, commitments, suppliers, security and waivers. Every section is present, and
 * the defects are mixed so that most rules fire somewhere: areas without or with one expert, key
 * people, systems without backup or with stale or untested ones, leaders without deputies, late
 * strategy joins, squeezed forums, stale and low indicators, unreviewed commitments, risky
 * suppliers, security gaps, an expired waiver. About one seed in ten has nobody in the CTO role
 * (the {@code cto} section is then omitted), some a CEO who holds the CTO role too, and large
 * organisations have a second CTO-role holder deep in the tree.
 *
 * <p>The same {@code (people, seed)} always gives the same profile (ids {@code p…}, {@code k…},
 * {@code s…}, {@code i…}, {@code f…}, {@code c…}, {@code sup…}, zero-padded so that id order is
 * index order). Assessed on {@link #ASSESSED_ON}.
 *
 * <pre>{@code OrganisationProfile large = SyntheticProfiles.of(10_000, 1);}</pre>
 */
public final class SyntheticProfiles {
    /** "Today" of every synthetic profile. */
    public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);

    private SyntheticProfiles() {
    }

    /**
     * A valid profile of {@code people} people.
     *
     * @throws IllegalArgumentException when {@code people < 1}
     */
    public static OrganisationProfile of(int people, long seed) {
        if (people < 1) {
            throw new IllegalArgumentException("people: at least 1, was " + people);
        }
        return new Generator(people, seed).build();
    }

    /** Knowledge areas of a profile of {@code people} people: {@code people / 2}. */
    public static int knowledgeAreas(int people) {
        return people / 2;
    }

    /** Expertise pairs (area, expert): {@code 2 × people}, fewer only when the areas cannot hold them. */
    public static int expertisePairs(int people) {
        return (int) Math.min(2L * people, (long) knowledgeAreas(people) * people);
    }

    /** Systems: {@code people / 5}. */
    public static int systems(int people) {
        return people / 5;
    }

    /** Leadership roles given to the first people, in this order (index 1 is the CTO when there is one). */
    private static final Role[] TOP = {Role.CEO, Role.CTO, Role.COO, Role.VP_ENGINEERING, Role.HEAD_OF_SALES,
            Role.HEAD_OF_MARKETING, Role.CFO, Role.VP_PRODUCT, Role.HEAD_OF_BUSINESS_DEVELOPMENT};
    private static final Role[] STAFF = {Role.ENGINEER, Role.ENGINEER, Role.ENGINEER, Role.ENGINEER, Role.ENGINEER,
            Role.ENGINEER, Role.ENGINEERING_MANAGER, Role.PRODUCT_MANAGER, Role.SALES_REPRESENTATIVE, Role.MARKETER,
            Role.OPERATIONS, Role.OTHER};
    /** Leaders deep in a large organisation; a second CTO-role holder (of a subsidiary, say) among them. */
    private static final Role[] DEEP_LEADERS = {Role.VP_PRODUCT, Role.CIO, Role.HEAD_OF_SALES, Role.VP_ENGINEERING,
            Role.CTO};

    private static final class Generator {
        private final int n;
        private final long seed;
        private final Random random;
        private final int width;
        private final boolean hasCto;
        private final boolean founderCto;

        Generator(int n, long seed) {
            this.n = n;
            this.seed = seed;
            this.random = new Random(seed * 0x9E3779B97F4A7C15L + n);
            this.width = Integer.toString(Math.max(n, 10) - 1).length();
            this.hasCto = n >= 2 && random.nextInt(10) != 0;
            this.founderCto = random.nextInt(hasCto ? 12 : 3) == 0; // the CEO holds the CTO role too
        }

        private String id(String prefix, int index) {
            return prefix + String.format("%0" + width + "d", index);
        }

        private String person(int index) {
            return id("p", index);
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private LocalDate daysAgo(long days) {
            return ASSESSED_ON.minusDays(days);
        }

        OrganisationProfile build() {
            OrganisationProfile.Builder b = OrganisationProfile.builder()
                    .organisation(new Organisation("synthetic-" + n + "-" + seed, "Synthetic " + n,
                            n < 50 ? Stage.STARTUP : n < 1_000 ? Stage.SCALEUP : Stage.ENTERPRISE, n, ASSESSED_ON))
                    .people(people());
            if (hasCto) {
                b.cto(cto());
            }
            b.knowledge(knowledge())
                    .systems(systems())
                    .strategy(strategy())
                    .forums(forums())
                    .indicators(indicators())
                    .commitments(commitments())
                    .suppliers(suppliers())
                    .security(new Security(flag(), flag(), flag()))
                    .waivers(waivers());
            return b.buildUnvalidated();
        }

        private List<Person> people() {
            List<Person> people = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Role role;
                if (i < TOP.length) {
                    role = i == 1 && !hasCto ? Role.VP_ENGINEERING : TOP[i];
                } else if (i % 100 == 50) {
                    role = DEEP_LEADERS[(i / 100) % DEEP_LEADERS.length]; // leaders deep in a large org
                } else {
                    role = STAFF[random.nextInt(STAFF.length)];
                }
                String manager = null;
                if (i == 1 && n > 2 && chance(35)) {
                    manager = person(2); // the CTO reports to the COO: distant-from-ceo
                } else if (i > 0 && i < TOP.length) {
                    manager = person(0);
                } else if (i >= TOP.length) {
                    manager = person(Math.max(Math.min(3, i - 1), (i - 1) / 10)); // a tree: managers come first
                }
                String deputy = null;
                int deputyChance = !role.isLeadership() ? 5 : role == Role.CTO ? 50 : 75;
                if (n > 1 && chance(deputyChance)) {
                    int d = random.nextInt(n - 1);
                    deputy = person(d >= i ? d + 1 : d);
                }
                Engagement engagement = role == Role.CTO && chance(30)
                        ? (chance(50) ? Engagement.FRACTIONAL : Engagement.INTERIM) : Engagement.FULL_TIME;
                List<Role> roles = i >= TOP.length && role == Role.ENGINEERING_MANAGER && chance(10)
                        ? List.of(Role.ENGINEERING_MANAGER, Role.ENGINEER)
                        : i == 0 && founderCto ? List.of(Role.CEO, Role.CTO) : List.of(role);
                people.add(new Person(person(i), "Person " + i, Optional.empty(), roles, Optional.ofNullable(manager),
                        Optional.ofNullable(deputy), engagement));
            }
            return people;
        }

        private CtoWorkingPattern cto() {
            CtoWorkingPattern pattern = CtoWorkingPattern.of(person(1));
            int time = random.nextInt(8);
            if (time < 7) {
                pattern = pattern.withTimeAllocation(TIME_PRESETS.get(time));
            }
            switch (random.nextInt(4)) {
                case 0 -> pattern = pattern.withAccountableFor(List.of(Accountability.DELIVERABLES, Accountability.SCHEDULE));
                case 1 -> pattern = pattern.withAccountableFor(List.of(Accountability.BUSINESS_OUTCOMES,
                        Accountability.TECHNICAL_METRICS));
                case 2 -> pattern = pattern.withAccountableFor(List.of());
                default -> { } // not judged
            }
            int intelligence = random.nextInt(3);
            if (intelligence < 2) {
                pattern = pattern.withReceivesCompetitiveIntelligence(intelligence == 0);
            }
            if (chance(85)) {
                long age = chance(10) ? 365 : chance(10) ? 366 : random.nextInt(800);
                pattern = pattern.withLastTechnologyReview(daysAgo(age));
            }
            return pattern;
        }

        private List<KnowledgeArea> knowledge() {
            int areas = knowledgeAreas(n);
            int pairs = expertisePairs(n);
            boolean fragile = chance(20); // one hero is the only expert of most critical areas: low truck factor
            int heroes = Math.max(1, n / 50); // sole experts come from a small pool: some become key people
            int heroBase = n >= TOP.length + heroes ? TOP.length : 0;
            boolean[] critical = new boolean[areas];
            boolean[] fixed = new boolean[areas];
            int[] count = new int[areas];
            long total = 0;
            for (int a = 0; a < areas; a++) {
                critical[a] = chance(50);
                int roll = random.nextInt(100);
                if (fragile && critical[a] && roll < 60) {
                    count[a] = 1;
                    fixed[a] = true;
                } else if (roll < 5) {
                    count[a] = 0;
                } else if (roll < 15) {
                    count[a] = 1;
                } else {
                    count[a] = 2 + random.nextInt(6);
                }
                count[a] = Math.min(count[a], n);
                total += count[a];
            }
            total = adjust(count, fixed, total, pairs);
            if (total != pairs) {
                throw new IllegalStateException("could not place " + pairs + " expertise pairs, placed " + total);
            }
            List<KnowledgeArea> result = new ArrayList<>(areas);
            int[] all = null;
            for (int a = 0; a < areas; a++) {
                List<String> experts;
                if (count[a] == 0) {
                    experts = List.of();
                } else if (count[a] == 1) {
                    experts = List.of(person(heroBase + (fixed[a] ? 0 : random.nextInt(heroes))));
                } else if (count[a] * 2 > n) {
                    if (all == null) {
                        all = new int[n];
                        for (int i = 0; i < n; i++) {
                            all[i] = i;
                        }
                    }
                    experts = new ArrayList<>(count[a]);
                    for (int k = 0; k < count[a]; k++) { // partial Fisher-Yates
                        int j = k + random.nextInt(n - k);
                        int swap = all[k];
                        all[k] = all[j];
                        all[j] = swap;
                        experts.add(person(all[k]));
                    }
                } else {
                    Set<Integer> chosen = new HashSet<>();
                    experts = new ArrayList<>(count[a]);
                    while (experts.size() < count[a]) {
                        int p = random.nextInt(n);
                        if (chosen.add(p)) {
                            experts.add(person(p));
                        }
                    }
                }
                result.add(new KnowledgeArea(id("k", a), critical[a], experts));
            }
            return result;
        }

        /** Moves the counts to the exact total, round-robin from a random area; areas with 0 or 1 expert are kept first. */
        private long adjust(int[] count, boolean[] fixed, long total, int target) {
            int areas = count.length;
            if (areas == 0) {
                return total;
            }
            for (int pass = 0; pass < 2 && total != target; pass++) {
                int min = pass == 0 ? 2 : 0;
                boolean moved = true;
                while (total != target && moved) {
                    moved = false;
                    int start = random.nextInt(areas);
                    for (int k = 0; k < areas && total != target; k++) {
                        int a = (start + k) % areas;
                        if (pass == 0 && fixed[a]) {
                            continue;
                        }
                        if (total < target && count[a] >= min && count[a] < n) {
                            count[a]++;
                            total++;
                            moved = true;
                        } else if (total > target && count[a] > Math.max(min, 1)) {
                            count[a]--;
                            total--;
                            moved = true;
                        }
                    }
                }
            }
            return total;
        }

        private List<SystemAsset> systems() {
            int count = SyntheticProfiles.systems(n);
            List<SystemAsset> systems = new ArrayList<>(count);
            for (int s = 0; s < count; s++) {
                boolean holdsData = chance(85);
                boolean critical = chance(30);
                Optional<Backup> backup = Optional.empty();
                if (!chance(12)) {
                    int scheduleRoll = random.nextInt(10);
                    BackupSchedule schedule = scheduleRoll < 6 ? BackupSchedule.DAILY
                            : scheduleRoll < 9 ? BackupSchedule.WEEKLY : BackupSchedule.MONTHLY;
                    int interval = schedule.intervalDays();
                    long age = chance(15) ? 2L * interval + 1 + random.nextInt(60)
                            : chance(5) ? 2L * interval : random.nextInt(interval + 1);
                    int restoreRoll = random.nextInt(100);
                    Optional<LocalDate> restore = restoreRoll < 20 ? Optional.empty()
                            : Optional.of(daysAgo(restoreRoll < 35 ? 91 + random.nextInt(300)
                            : restoreRoll < 40 ? 90 : random.nextInt(90)));
                    boolean offsite = chance(critical ? 80 : 50);
                    backup = Optional.of(new Backup(schedule, daysAgo(age), restore, offsite));
                }
                systems.add(new SystemAsset(id("s", s), holdsData, critical, backup));
            }
            return systems;
        }

        private List<StrategyInitiative> strategy() {
            int count = Math.max(2, n / 200);
            List<StrategyInitiative> initiatives = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(100);
                StrategyStage stage = roll < 35 ? StrategyStage.FORMULATION : roll < 60 ? StrategyStage.REVIEW
                        : roll < 80 ? StrategyStage.FEASIBILITY : roll < 90 ? StrategyStage.IMPLEMENTATION
                        : StrategyStage.NEVER;
                initiatives.add(new StrategyInitiative(id("i", i), "Initiative " + i, stage));
            }
            return initiatives;
        }

        private List<Forum> forums() {
            int count = Math.max(5, n / 250);
            ForumKind[] kinds = ForumKind.values();
            List<Forum> forums = new ArrayList<>(count);
            for (int f = 0; f < count; f++) {
                ForumKind kind = f < 5 ? kinds[f] : kinds[random.nextInt(kinds.length)];
                boolean attends = chance(kind.isLeadershipForum() ? 75 : 50);
                Optional<Integer> minutes = chance(60)
                        ? Optional.of(chance(15) ? 15 : 5 + random.nextInt(56)) : Optional.empty();
                Optional<TechnicalDepth> depth = chance(50)
                        ? Optional.of(chance(40) ? TechnicalDepth.HIGH_LEVEL_ONLY : TechnicalDepth.ARCHITECTURE_WELCOME)
                        : Optional.empty();
                forums.add(new Forum(id("f", f), kind, attends, minutes, depth, chance(20)));
            }
            return forums;
        }

        private List<IndicatorReading> indicators() {
            List<IndicatorReading> readings = new ArrayList<>();
            for (PerformanceIndicator indicator : PerformanceIndicator.values()) {
                int count = random.nextInt(2 + n / 300);
                LocalDate previous = null;
                for (int r = 0; r < count; r++) {
                    double value = (10 + random.nextInt(41)) / 10.0;
                    // some readings share a date (several surveys on one day): the latest may be a tie
                    LocalDate measuredOn = previous != null && chance(30) ? previous : daysAgo(random.nextInt(400));
                    readings.add(new IndicatorReading(indicator, value, measuredOn));
                    previous = measuredOn;
                }
            }
            return readings;
        }

        private List<Commitment> commitments() {
            int count = Math.max(2, n / 100);
            List<Commitment> commitments = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                commitments.add(new Commitment(id("c", c), chance(80) ? "Customer " + c : null, "Promise " + c,
                        chance(80) ? person(random.nextInt(n)) : null, chance(70)));
            }
            return commitments;
        }

        private List<Supplier> suppliers() {
            int count = Math.max(2, n / 200);
            List<Supplier> suppliers = new ArrayList<>(count);
            for (int s = 0; s < count; s++) {
                Optional<Boolean> roadmap = chance(33) ? Optional.empty() : Optional.of(chance(70));
                Optional<Double> rate = chance(33) ? Optional.empty()
                        : Optional.of(chance(10) ? 0.8 : (50 + random.nextInt(51)) / 100.0);
                suppliers.add(new Supplier(id("sup", s), chance(50), roadmap, rate));
            }
            return suppliers;
        }

        private Optional<Boolean> flag() {
            int roll = random.nextInt(10);
            return roll < 2 ? Optional.empty() : Optional.of(roll < 7);
        }

        private List<Waiver> waivers() {
            List<Waiver> waivers = new ArrayList<>();
            if (hasCto && chance(50)) {
                waivers.add(new Waiver("distant-from-ceo", person(1), "Reports to the COO until the reorganisation",
                        ASSESSED_ON.plusDays(180)));
            }
            if (n > 4 && chance(60)) {
                waivers.add(new Waiver("no-deputy", person(4), "Deputy being hired", ASSESSED_ON.minusDays(1 + Math.floorMod(seed, 30))));
            }
            if (SyntheticProfiles.systems(n) > 0 && chance(50)) {
                waivers.add(new Waiver("missing-backup", id("s", 0), "Rebuilt from source every night",
                        ASSESSED_ON.plusDays(30)));
            }
            if (chance(30)) {
                waivers.add(new Waiver("unmonitored-data-access", "synthetic-" + n + "-" + seed, "Accepted for now",
                        ASSESSED_ON)); // expires today: still active
            }
            return waivers;
        }
    }

    /** Time allocations (each sums to exactly 100), from healthy to several kinds of imbalance. */
    private static final List<Map<Activity, Double>> TIME_PRESETS = List.of(
            time(15, 35, 15, 10, 15, 5, 5),      // balanced: 40 % business
            time(5, 45, 10, 0, 5, 33, 2),        // in the weeds, neglects business development (northwind)
            time(5, 20, 40, 15, 10, 5, 5),       // 65 % business
            time(10, 60, 5, 5, 5, 10, 5),        // 15 % business
            time(10, 30, 10, 10, 5, 30, 5),      // exactly at every boundary: no finding
            time(20, 40, 20, 10, -1, 5, 5),      // MARKETING omitted: 0 %
            time(10, 25, 20, 20, 15, 5, 5));     // 55 % business: at the upper boundary

    private static Map<Activity, Double> time(double ceo, double engineering, double sales, double businessDevelopment,
                                              double marketing, double handsOn, double learning) {
        Map<Activity, Double> m = new EnumMap<>(Activity.class);
        m.put(Activity.CEO_STRATEGY, ceo);
        m.put(Activity.ENGINEERING_PRODUCT, engineering);
        m.put(Activity.SALES, sales);
        m.put(Activity.BUSINESS_DEVELOPMENT, businessDevelopment);
        if (marketing >= 0) {
            m.put(Activity.MARKETING, marketing);
        }
        m.put(Activity.HANDS_ON_DELIVERY, handsOn);
        m.put(Activity.LEARNING_AND_THINKING, learning);
        return Map.copyOf(m);
    }
}
