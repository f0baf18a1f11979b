package org.ctorole.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.Severity;

/**
 * The 26 organisation checks of the built-in rule pack and {@code expired-waiver}, written by hand
 * in plain Java: HashMaps and one pass per section, thresholds read from an {@link AssessmentPolicy}.
 * It is the physical limit the rule pack is measured against (bench.sh's targets are ratios to it,
 * measured in the same run) and gives the same {@code (ruleId, subject, severity)} findings as
 * {@code CtoAssessor} with the built-in rules (BaselineEquivalenceTest keeps it so).
 *
 * <p>It does only the checks: no validation (give it a valid profile), no evidence maps, scores,
 * action plan or not-assessed list. Stateless and thread-safe.
 *
 * <pre>{@code List<BaselineFinding> findings = BaselineAssessor.withDefaultPolicy().assess(profile);}</pre>
 */
public final class BaselineAssessor {
    private static final Comparator<BaselineFinding> ORDER = Comparator.comparing(BaselineFinding::severity)
            .thenComparing(BaselineFinding::ruleId).thenComparing(BaselineFinding::subject);

    private final AssessmentPolicy policy;

    public BaselineAssessor(AssessmentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static BaselineAssessor withDefaultPolicy() {
        return new BaselineAssessor(AssessmentPolicy.defaults());
    }

    public AssessmentPolicy policy() {
        return policy;
    }

    /** The findings of a valid profile, ordered by severity, ruleId and subject. */
    public List<BaselineFinding> assess(OrganisationProfile profile) {
        return new Run(profile, policy).run();
    }

    private static final class Run {
        private final OrganisationProfile profile;
        private final AssessmentPolicy policy;
        private final LocalDate today;
        private final String org;
        private final List<BaselineFinding> findings = new ArrayList<>();
        private final Set<String> activeWaivers = new HashSet<>();
        private Person theCto;

        Run(OrganisationProfile profile, AssessmentPolicy policy) {
            this.profile = profile;
            this.policy = policy;
            this.today = profile.organisation().assessedOn();
            this.org = profile.organisation().id();
        }

        List<BaselineFinding> run() {
            waivers();
            Map<String, Person> people = people();
            distantFromCeo(people);
            profile.knowledge().ifPresent(this::knowledge);
            profile.systems().ifPresent(this::systems);
            profile.strategy().ifPresent(this::strategy);
            int marketForumsAttended = profile.forums().map(this::forums).orElse(0);
            profile.cto().ifPresent(pattern -> workingPattern(pattern, marketForumsAttended));
            profile.indicators().ifPresent(this::indicators);
            profile.commitments().ifPresent(this::commitments);
            profile.suppliers().ifPresent(this::suppliers);
            profile.security().ifPresent(this::security);
            findings.sort(ORDER);
            return findings;
        }

        private void add(String ruleId, String subject, Severity severity, String message) {
            findings.add(new BaselineFinding(ruleId, subject, severity, activeWaivers.contains(ruleId + ":" + subject),
                    message));
        }

        private long days(LocalDate date) {
            return ChronoUnit.DAYS.between(date, today);
        }

        /** Active waivers first (they mark findings as they are added); expired ones are findings themselves. */
        private void waivers() {
            List<Waiver> expired = new ArrayList<>();
            for (Waiver w : profile.waivers()) {
                if (w.expires().isBefore(today)) {
                    expired.add(w);
                } else {
                    activeWaivers.add(w.key());
                }
            }
            for (Waiver w : expired) {
                add("expired-waiver", w.key(), Severity.LOW, "Waiver of " + w.key() + " expired on " + w.expires());
            }
        }

        private Map<String, Person> people() {
            List<Person> list = profile.people();
            Map<String, Person> byId = new HashMap<>(list.size() * 2);
            Person firstCto = null;
            List<Person> leadersWithoutDeputy = new ArrayList<>();
            for (Person p : list) {
                byId.put(p.id(), p);
                boolean leader = false;
                for (Role r : p.roles()) {
                    if (r == Role.CTO && (firstCto == null || p.id().compareTo(firstCto.id()) < 0)) {
                        firstCto = p;
                    }
                    leader |= r.isLeadership();
                }
                if (leader && p.deputy().isEmpty()) {
                    leadersWithoutDeputy.add(p);
                }
            }
            if (profile.cto().isPresent()) {
                Person named = byId.get(profile.cto().get().person());
                theCto = named != null && named.holds(Role.CTO) ? named : null;
            } else {
                theCto = firstCto;
            }
            if (firstCto == null) {
                add("no-technology-leader", org, Severity.CRITICAL,
                        "Nobody in '" + org + "' holds the CTO role (full-time, fractional or interim)");
            }
            for (Person p : leadersWithoutDeputy) {
                if (p == theCto) {
                    add("no-deputy", p.id(), Severity.HIGH, "The CTO '" + p.id() + "' has no deputy");
                } else {
                    add("no-deputy", p.id(), Severity.MEDIUM, "Leader '" + p.id() + "' has no deputy");
                }
            }
            return byId;
        }

        private void distantFromCeo(Map<String, Person> people) {
            if (theCto == null || theCto.holds(Role.CEO)) {
                return;
            }
            String manager = theCto.reportsTo().orElse(null);
            Person boss = manager == null ? null : people.get(manager);
            if (boss == null || !boss.holds(Role.CEO)) {
                add("distant-from-ceo", theCto.id(), Severity.LOW, "The CTO '" + theCto.id() + "' reports to "
                        + (manager == null ? "nobody" : "'" + manager + "'") + ", who does not hold the CEO role");
            }
        }

        private void knowledge(List<KnowledgeArea> areas) {
            Map<String, int[]> soleAreas = new HashMap<>();
            List<List<String>> critical = new ArrayList<>();
            for (KnowledgeArea area : areas) {
                if (!area.isCritical()) {
                    continue;
                }
                List<String> experts = area.experts();
                critical.add(experts);
                if (experts.isEmpty()) {
                    add("orphaned-knowledge", area.area(), Severity.CRITICAL,
                            "Critical knowledge area '" + area.area() + "' has no expert");
                } else if (experts.size() == 1) {
                    String expert = experts.get(0);
                    add("single-point-of-knowledge", area.area(), Severity.HIGH,
                            "Critical knowledge area '" + area.area() + "' has a single expert, '" + expert + "'");
                    soleAreas.computeIfAbsent(expert, e -> new int[1])[0]++;
                }
            }
            for (Map.Entry<String, int[]> e : soleAreas.entrySet()) {
                int count = e.getValue()[0];
                if (count >= policy.keyPersonMinAreas()) {
                    add("key-person-dependency", e.getKey(), Severity.HIGH,
                            "'" + e.getKey() + "' is the only expert of " + count + " critical areas");
                }
            }
            if (!critical.isEmpty()) {
                int truckFactor = truckFactor(critical);
                if (truckFactor < policy.minTruckFactor()) {
                    add("low-truck-factor", org, Severity.HIGH, "Truck factor of the critical knowledge areas of '"
                            + org + "' is " + truckFactor + "; at least " + policy.minTruckFactor() + " expected");
                }
            }
        }

        /**
         * Avelino et al.'s greedy truck factor: remove people by how many critical areas they know
         * (most first, ties by id) until more than half of the areas have no expert left. A person's
         * count does not change as others leave, so people are bucketed by count (no full sort): a
         * whole bucket is removed at once while that leaves at most half of the areas uncovered; only
         * the bucket where the threshold is crossed is sorted by id and removed one by one.
         */
        private static int truckFactor(List<List<String>> areas) {
            int areaCount = areas.size();
            Map<String, Integer> index = new HashMap<>(areaCount * 4);
            List<String> names = new ArrayList<>();
            int[] covered = new int[areaCount];
            int[] known = new int[64];
            int pairs = 0;
            int uncovered = 0;
            for (int a = 0; a < areaCount; a++) {
                List<String> experts = areas.get(a);
                covered[a] = experts.size();
                pairs += experts.size();
                if (experts.isEmpty()) {
                    uncovered++;
                }
                for (String e : experts) {
                    Integer i = index.putIfAbsent(e, names.size());
                    if (i == null) {
                        i = names.size();
                        names.add(e);
                        if (i == known.length) {
                            known = Arrays.copyOf(known, i * 2);
                        }
                    }
                    known[i]++;
                }
            }
            if (uncovered * 2 > areaCount) {
                return 0;
            }
            int people = names.size();
            // areas of each person, flattened: areasOf[start[i] .. start[i + 1])
            int[] start = new int[people + 1];
            int maxCount = 0;
            for (int i = 0; i < people; i++) {
                start[i + 1] = start[i] + known[i];
                maxCount = Math.max(maxCount, known[i]);
            }
            int[] areasOf = new int[pairs];
            int[] fill = Arrays.copyOf(start, people);
            for (int a = 0; a < areaCount; a++) {
                for (String e : areas.get(a)) {
                    int i = index.get(e);
                    areasOf[fill[i]++] = a;
                }
            }
            // people by count, most first: a counting sort
            int[] bucketStart = new int[maxCount + 2];
            for (int i = 0; i < people; i++) {
                bucketStart[maxCount - known[i] + 1]++;
            }
            for (int b = 1; b < bucketStart.length; b++) {
                bucketStart[b] += bucketStart[b - 1];
            }
            int[] byCount = new int[people];
            int[] next = Arrays.copyOf(bucketStart, bucketStart.length);
            for (int i = 0; i < people; i++) {
                byCount[next[maxCount - known[i]]++] = i;
            }
            int removed = 0;
            for (int b = 0; b <= maxCount; b++) {
                int from = bucketStart[b];
                int to = bucketStart[b + 1];
                if (from == to) {
                    continue;
                }
                int before = uncovered;
                for (int k = from; k < to; k++) {
                    uncovered += remove(byCount[k], start, areasOf, covered);
                }
                if (uncovered * 2 <= areaCount) {
                    removed += to - from; // still at most half uncovered: the whole bucket goes
                    continue;
                }
                for (int k = from; k < to; k++) { // undo, then go one by one in id order
                    int i = byCount[k];
                    for (int j = start[i]; j < start[i + 1]; j++) {
                        covered[areasOf[j]]++;
                    }
                }
                uncovered = before;
                Integer[] bucket = new Integer[to - from];
                for (int k = from; k < to; k++) {
                    bucket[k - from] = byCount[k];
                }
                Arrays.sort(bucket, (x, y) -> names.get(x).compareTo(names.get(y)));
                for (int i : bucket) {
                    if (uncovered * 2 > areaCount) {
                        break;
                    }
                    removed++;
                    uncovered += remove(i, start, areasOf, covered);
                }
                break;
            }
            return removed;
        }

        /** Removes person {@code i}; returns how many areas lost their last expert. */
        private static int remove(int i, int[] start, int[] areasOf, int[] covered) {
            int lost = 0;
            for (int j = start[i]; j < start[i + 1]; j++) {
                if (--covered[areasOf[j]] == 0) {
                    lost++;
                }
            }
            return lost;
        }

        private void systems(List<SystemAsset> systems) {
            for (SystemAsset s : systems) {
                boolean critical = s.isCritical();
                if (s.backup().isEmpty()) {
                    if (s.isHoldingData()) {
                        add("missing-backup", s.id(), critical ? Severity.CRITICAL : Severity.HIGH,
                                (critical ? "Critical system '" : "System '") + s.id() + "' holds data and has no backup");
                    }
                    continue;
                }
                Backup b = s.backup().get();
                Optional<LocalDate> restore = b.lastRestoreTest();
                if (restore.isEmpty()) {
                    add("untested-backup", s.id(), Severity.HIGH,
                            "Backup of '" + s.id() + "' has never been restore-tested");
                } else {
                    long age = days(restore.get());
                    if (age > policy.restoreTestMaxAgeDays()) {
                        add("untested-backup", s.id(), Severity.HIGH, "Backup of '" + s.id()
                                + "' was last restore-tested " + age + " days ago");
                    }
                }
                long backupAge = days(b.lastSuccessfulBackup());
                long maxAge = (long) b.schedule().intervalDays() * policy.staleBackupFactor();
                if (backupAge > maxAge) {
                    add("stale-backup", s.id(), Severity.HIGH, "Last successful backup of '" + s.id() + "' is "
                            + backupAge + " days old; stale after " + maxAge + " days");
                }
                if (critical && !b.offsite()) {
                    add("no-offsite-copy", s.id(), Severity.MEDIUM,
                            "Backup of critical system '" + s.id() + "' has no offsite copy");
                }
            }
        }

        private void strategy(List<StrategyInitiative> initiatives) {
            if (theCto == null) {
                return;
            }
            for (StrategyInitiative i : initiatives) {
                if (policy.isLateJoin(i.ctoJoinedAt())) {
                    add("strategic-exclusion", i.id(), Severity.HIGH,
                            "Technology leadership joined initiative '" + i.id() + "' only at " + i.ctoJoinedAt());
                }
            }
        }

        /** The forum checks; returns how many market-sensing forums the CTO attends. */
        private int forums(List<Forum> forums) {
            int marketAttended = 0;
            for (Forum f : forums) {
                boolean attends = f.isAttendedByCto();
                if (attends && f.kind().isMarketSensing()) {
                    marketAttended++;
                }
                if (theCto == null) {
                    continue;
                }
                if (!attends && f.kind().isLeadershipForum()) {
                    add("excluded-from-leadership-forum", f.id(), Severity.MEDIUM,
                            "The CTO does not attend the " + f.kind() + " forum '" + f.id() + "'");
                } else if (attends) {
                    boolean fewMinutes = f.technologyMinutes().isPresent()
                            && f.technologyMinutes().get() <= policy.maxTechnologyMinutes();
                    boolean highLevel = f.technicalDepth().orElse(null) == TechnicalDepth.HIGH_LEVEL_ONLY;
                    if (fewMinutes || highLevel || f.architectureDiscussionsCut()) {
                        add("translation-squeeze", f.id(), Severity.MEDIUM, "Forum '" + f.id()
                                + "' squeezes technology");
                    }
                }
            }
            return marketAttended;
        }

        private void workingPattern(CtoWorkingPattern pattern, int marketForumsAttended) {
            if (theCto == null) {
                return;
            }
            String cto = theCto.id();
            pattern.timeAllocation().ifPresent(time -> {
                double handsOn = percent(time, Activity.HANDS_ON_DELIVERY);
                double learning = percent(time, Activity.LEARNING_AND_THINKING);
                if (handsOn > policy.maxHandsOnPercent() || learning < policy.minLearningPercent()) {
                    add("cto-in-the-weeds", cto, Severity.MEDIUM, "The CTO '" + cto + "' spends " + handsOn
                            + " % on hands-on delivery and " + learning + " % on learning and thinking");
                }
                double business = percent(time, Activity.SALES) + percent(time, Activity.BUSINESS_DEVELOPMENT)
                        + percent(time, Activity.MARKETING);
                if (business < policy.minBusinessPercent() || business > policy.maxBusinessPercent()) {
                    add("business-time-imbalance", cto, Severity.LOW, "The CTO '" + cto + "' spends " + business
                            + " % on sales, business development and marketing");
                }
                for (Constituent c : Constituent.values()) {
                    double share = percent(time, Activity.of(c));
                    if (share <= policy.neglectedConstituentPercent()) {
                        add("neglected-constituent", c.name(), Severity.MEDIUM,
                                "The CTO '" + cto + "' gives " + share + " % of their time to " + c.name());
                    }
                }
            });
            pattern.accountableFor().ifPresent(list -> {
                if (!list.contains(Accountability.BUSINESS_OUTCOMES)) {
                    add("output-accountability", cto, Severity.MEDIUM,
                            "The CTO '" + cto + "' is accountable for " + list + " but not for BUSINESS_OUTCOMES");
                }
            });
            if (profile.forums().isPresent()) {
                boolean noIntelligence = Boolean.FALSE.equals(pattern.receivesCompetitiveIntelligence().orElse(null));
                if (marketForumsAttended == 0 || noIntelligence) {
                    add("information-silo", cto, Severity.MEDIUM, "The CTO '" + cto + "' "
                            + (marketForumsAttended == 0 ? "attends no market forum" : "receives no competitive intelligence"));
                }
            }
            Optional<LocalDate> review = pattern.lastTechnologyReview();
            if (review.isEmpty() || days(review.get()) > policy.technologyReviewMaxAgeDays()) {
                add("stale-technology-review", cto, Severity.LOW, "The CTO '" + cto + "' has not reviewed technology "
                        + (review.isEmpty() ? "ever" : "since " + review.get()));
            }
        }

        private static double percent(Map<Activity, Double> time, Activity activity) {
            Double value = time.get(activity);
            return value == null ? 0.0 : value;
        }

        private void indicators(List<IndicatorReading> readings) {
            PerformanceIndicator[] indicators = PerformanceIndicator.values();
            long[] latestAge = new long[indicators.length];
            boolean[] lowAtLatest = new boolean[indicators.length];
            Arrays.fill(latestAge, Long.MAX_VALUE);
            for (IndicatorReading r : readings) {
                int i = r.indicator().ordinal();
                long age = days(r.measuredOn());
                boolean low = r.value() < policy.indicatorTarget();
                if (age < latestAge[i]) {
                    latestAge[i] = age;
                    lowAtLatest[i] = low;
                } else if (age == latestAge[i]) {
                    lowAtLatest[i] |= low;
                }
            }
            for (PerformanceIndicator indicator : indicators) {
                int i = indicator.ordinal();
                if (latestAge[i] == Long.MAX_VALUE) {
                    add("stale-indicator", indicator.name(), Severity.MEDIUM,
                            "Indicator " + indicator.name() + " has never been measured");
                    continue;
                }
                if (latestAge[i] > policy.indicatorMaxAgeDays()) {
                    add("stale-indicator", indicator.name(), Severity.MEDIUM,
                            "Indicator " + indicator.name() + " was last measured " + latestAge[i] + " days ago");
                }
                if (lowAtLatest[i]) {
                    add("low-indicator", indicator.name(), Severity.MEDIUM,
                            "Indicator " + indicator.name() + " reads below the target " + policy.indicatorTarget());
                }
            }
        }

        private void commitments(List<Commitment> commitments) {
            for (Commitment c : commitments) {
                if (Boolean.FALSE.equals(c.technologyReviewed())) {
                    add("unreviewed-commitment", c.id(), Severity.MEDIUM,
                            "Commitment '" + c.id() + "' was made without technology review");
                }
            }
        }

        private void suppliers(List<Supplier> suppliers) {
            for (Supplier s : suppliers) {
                if (!s.isCritical()) {
                    continue;
                }
                boolean unknownRoadmap = Boolean.FALSE.equals(s.roadmapKnown().orElse(null));
                boolean late = s.onTimeDeliveryRate().isPresent()
                        && s.onTimeDeliveryRate().get() < policy.minOnTimeDeliveryRate();
                if (unknownRoadmap || late) {
                    add("supplier-risk", s.id(), Severity.MEDIUM, "Critical supplier '" + s.id() + "': "
                            + (unknownRoadmap ? "roadmap unknown" : "") + (late ? " late deliveries" : ""));
                }
            }
        }

        private void security(Security s) {
            boolean noPlan = Boolean.FALSE.equals(s.incidentResponsePlan().orElse(null));
            boolean noRotation = Boolean.FALSE.equals(s.credentialRotationProcess().orElse(null));
            if (noPlan || noRotation) {
                add("no-breach-process", org, Severity.HIGH, "'" + org + "' has "
                        + (noPlan ? "no incident response plan" : "") + (noPlan && noRotation ? " and " : "")
                        + (noRotation ? "no credential rotation process" : ""));
            }
            if (Boolean.FALSE.equals(s.dataAccessMonitoring().orElse(null))) {
                add("unmonitored-data-access", org, Severity.MEDIUM,
                        "'" + org + "' does not monitor data access with automatic stops");
            }
        }
    }
}
