package org.ctorole.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.rules.internal.Wording;

/**
 * The thresholds of an {@link AssessmentPolicy}, described once: the key used in policy files and
 * rule texts, the unit, the allowed range and what it decides. Rules name them in their
 * descriptions as {@code {maxHandsOnPercent}}, and the description shows the policy's value.
 *
 * <pre>{@code Threshold.byKey("restoreTestMaxAgeDays").orElseThrow().format(policy) // "90 days"}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Threshold {
    RESTORE_TEST_MAX_AGE_DAYS("restoreTestMaxAgeDays", "longest time since a restore test", EvidenceKind.DAYS, 0, 36_500,
            "a backup whose last restore test is more than this many days old is untested",
            AssessmentPolicy::restoreTestMaxAgeDays),
    STALE_BACKUP_FACTOR("staleBackupFactor", "schedule intervals before a backup is stale", EvidenceKind.COUNT, 1, 1_000,
            "a backup older than this many schedule intervals is stale", AssessmentPolicy::staleBackupFactor),
    KEY_PERSON_MIN_AREAS("keyPersonMinAreas", "sole-expert areas that make a key person", EvidenceKind.COUNT, 1, 1_000_000,
            "a person who is the sole expert of at least this many critical areas is a key person",
            AssessmentPolicy::keyPersonMinAreas),
    MIN_TRUCK_FACTOR("minTruckFactor", "lowest acceptable truck factor", EvidenceKind.COUNT, 0, 1_000_000,
            "a truck factor of the critical areas below this is low", AssessmentPolicy::minTruckFactor),
    MAX_TECHNOLOGY_MINUTES("maxTechnologyMinutes", "minutes for technology that squeeze it", EvidenceKind.MINUTES, 0, 10_000,
            "a forum that gives technology at most this many minutes squeezes it",
            AssessmentPolicy::maxTechnologyMinutes),
    LATE_JOIN_STAGES("lateJoinStages", "stages too late for technology to join", EvidenceKind.CHOICE, 0, 0,
            "the CTO joining an initiative at one of these stages is strategic exclusion",
            AssessmentPolicy::lateJoinStages),
    MAX_HANDS_ON_PERCENT("maxHandsOnPercent", "most time on hands-on delivery", EvidenceKind.PERCENT, 0, 100,
            "a CTO spending more than this share of time on hands-on delivery is in the weeds",
            AssessmentPolicy::maxHandsOnPercent),
    MIN_LEARNING_PERCENT("minLearningPercent", "least time for learning and thinking", EvidenceKind.PERCENT, 0, 100,
            "a CTO keeping less than this share for learning and thinking is in the weeds",
            AssessmentPolicy::minLearningPercent),
    MIN_BUSINESS_PERCENT("minBusinessPercent", "least business time", EvidenceKind.PERCENT, 0, 100,
            "business time (sales, business development, marketing) below this is out of balance",
            AssessmentPolicy::minBusinessPercent),
    MAX_BUSINESS_PERCENT("maxBusinessPercent", "most business time", EvidenceKind.PERCENT, 0, 100,
            "business time above this is out of balance", AssessmentPolicy::maxBusinessPercent),
    NEGLECTED_CONSTITUENT_PERCENT("neglectedConstituentPercent", "time that leaves a constituent neglected", EvidenceKind.PERCENT, 0, 100,
            "a constituent given at most this share of the CTO's time is neglected",
            AssessmentPolicy::neglectedConstituentPercent),
    MIN_ON_TIME_DELIVERY_RATE("minOnTimeDeliveryRate", "lowest on-time delivery rate", EvidenceKind.RATE, 0, 1,
            "a critical supplier delivering on time less often than this is a risk",
            AssessmentPolicy::minOnTimeDeliveryRate),
    INDICATOR_MAX_AGE_DAYS("indicatorMaxAgeDays", "longest time since an indicator reading", EvidenceKind.DAYS, 0, 36_500,
            "an indicator last measured more than this many days ago is stale",
            AssessmentPolicy::indicatorMaxAgeDays),
    INDICATOR_TARGET("indicatorTarget", "indicator target", EvidenceKind.SCORE, 1, 5,
            "an indicator whose latest reading is below this (on the 1 to 5 scale) is low",
            AssessmentPolicy::indicatorTarget),
    TECHNOLOGY_REVIEW_MAX_AGE_DAYS("technologyReviewMaxAgeDays", "longest time since a technology review", EvidenceKind.DAYS, 0, 36_500,
            "a technology review more than this many days old is stale",
            AssessmentPolicy::technologyReviewMaxAgeDays);

    private final String key;
    private final String label;
    private final EvidenceKind unit;
    private final double min;
    private final double max;
    private final String meaning;
    private final Function<AssessmentPolicy, Object> value;

    Threshold(String key, String label, EvidenceKind unit, double min, double max, String meaning,
              Function<AssessmentPolicy, Object> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
        this.value = value;
    }

    /** The name in policy files, rule descriptions and evidence: {@code restoreTestMaxAgeDays}. */
    public String key() {
        return key;
    }

    /** A short name for readers: "longest time since a restore test". */
    public String label() {
        return label;
    }

    /** How its value reads: days, a count, a percentage, a rate, a score, minutes, or stages. */
    public EvidenceKind unit() {
        return unit;
    }

    /** The smallest value allowed (not used for {@link #LATE_JOIN_STAGES}). */
    public double min() {
        return min;
    }

    /** The largest value allowed (not used for {@link #LATE_JOIN_STAGES}). */
    public double max() {
        return max;
    }

    /** Whether the value is a whole number. */
    public boolean isWholeNumber() {
        return unit == EvidenceKind.DAYS || unit == EvidenceKind.COUNT || unit == EvidenceKind.MINUTES;
    }

    /** What the threshold decides, in a sentence fragment. */
    public String meaning() {
        return meaning;
    }

    /** Its value in a policy: an Integer, a Double, or a set of strategy stages. */
    public Object valueIn(AssessmentPolicy policy) {
        return value.apply(policy);
    }

    /** Its value in a policy as a reader sees it: {@code 90 days}, {@code 30 %}, {@code 0.8}. */
    public String format(AssessmentPolicy policy) {
        return Wording.evidenceText(unit, valueIn(policy), null);
    }

    /** The threshold with this key, if there is one. */
    public static Optional<Threshold> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** Refuses a value out of this threshold's range, naming the key. */
    void check(double v) {
        if (!(v >= min && v <= max)) {
            String range = isWholeNumber() ? (long) min + ".." + (long) max : Wording.number(min) + ".." + Wording.number(max);
            throw new IllegalArgumentException(key + ": " + Wording.number(v) + " is out of range " + range);
        }
    }
}
