package org.ctorole.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.StrategyStage;
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
            "a backup whose last restore test is more than this many days old is untested"),
    STALE_BACKUP_FACTOR("staleBackupFactor", "schedule intervals before a backup is stale", EvidenceKind.COUNT, 1, 1_000,
            "a backup older than this many schedule intervals is stale"),
    KEY_PERSON_MIN_AREAS("keyPersonMinAreas", "sole-expert areas that make a key person", EvidenceKind.COUNT, 1, 1_000_000,
            "a person who is the sole expert of at least this many critical areas is a key person"),
    MIN_TRUCK_FACTOR("minTruckFactor", "lowest acceptable truck factor", EvidenceKind.COUNT, 0, 1_000_000,
            "a truck factor of the critical areas below this is low"),
    MAX_TECHNOLOGY_MINUTES("maxTechnologyMinutes", "minutes for technology that squeeze it", EvidenceKind.MINUTES, 0, 10_000,
            "a forum that gives technology at most this many minutes squeezes it"),
    LATE_JOIN_STAGES("lateJoinStages", "stages too late for technology to join", EvidenceKind.CHOICE, 0, 0,
            "the CTO joining an initiative at one of these stages is strategic exclusion"),
    MAX_HANDS_ON_PERCENT("maxHandsOnPercent", "most time on hands-on delivery", EvidenceKind.PERCENT, 0, 100,
            "a CTO spending more than this share of time on hands-on delivery is in the weeds"),
    MIN_LEARNING_PERCENT("minLearningPercent", "least time for learning and thinking", EvidenceKind.PERCENT, 0, 100,
            "a CTO keeping less than this share for learning and thinking is in the weeds"),
    MIN_BUSINESS_PERCENT("minBusinessPercent", "least business time", EvidenceKind.PERCENT, 0, 100,
            "business time (sales, business development, marketing) below this is out of balance"),
    MAX_BUSINESS_PERCENT("maxBusinessPercent", "most business time", EvidenceKind.PERCENT, 0, 100,
            "business time above this is out of balance"),
    NEGLECTED_CONSTITUENT_PERCENT("neglectedConstituentPercent", "time that leaves a constituent neglected", EvidenceKind.PERCENT, 0, 100,
            "a constituent given at most this share of the CTO's time is neglected"),
    MIN_ON_TIME_DELIVERY_RATE("minOnTimeDeliveryRate", "lowest on-time delivery rate", EvidenceKind.RATE, 0, 1,
            "a critical supplier delivering on time less often than this is a risk"),
    INDICATOR_MAX_AGE_DAYS("indicatorMaxAgeDays", "longest time since an indicator reading", EvidenceKind.DAYS, 0, 36_500,
            "an indicator last measured more than this many days ago is stale"),
    INDICATOR_TARGET("indicatorTarget", "indicator target", EvidenceKind.SCORE, 1, 5,
            "an indicator whose latest reading is below this (on the 1 to 5 scale) is low"),
    TECHNOLOGY_REVIEW_MAX_AGE_DAYS("technologyReviewMaxAgeDays", "longest time since a technology review", EvidenceKind.DAYS, 0, 36_500,
            "a technology review more than this many days old is stale"),
    OTHER_LEADERS_NEED_DEPUTIES("otherLeadersNeedDeputies", "deputies for leaders other than the CTO", EvidenceKind.FLAG, 0, 1,
            "whether a leader other than the CTO without a deputy is a finding"),
    FULL_TIME_CTO_EXPECTED("fullTimeCtoExpected", "a full-time CTO expected", EvidenceKind.FLAG, 0, 1,
            "whether the organisation needs a full-time CTO, so that a fractional or interim one falls short"),
    MAX_INTERNAL_IT_PERCENT("maxInternalItPercent", "most time on internal IT", EvidenceKind.PERCENT, 0, 100,
            "a CTO spending more than this share of time on internal IT is doing a CIO's job"),
    CEO_MEETING_MAX_INTERVAL_DAYS("ceoMeetingMaxIntervalDays", "longest gap between CTO and CEO one-to-ones", EvidenceKind.DAYS, 1, 36_500,
            "a CTO and CEO meeting one to one less often than every this many days are not in close contact"),
    BUSINESS_BRIEFING_MAX_INTERVAL_DAYS("businessBriefingMaxIntervalDays", "longest gap between business briefings", EvidenceKind.DAYS, 1, 36_500,
            "a CTO passing business news on to the technology teams less often than every this many days"
                    + " leaves them without context"),
    TRANSLATION_SESSION_MAX_INTERVAL_DAYS("translationSessionMaxIntervalDays", "longest gap between translation sessions", EvidenceKind.DAYS, 1, 36_500,
            "translation sessions between technology and business leaders held less often than every this many"
                    + " days are too rare"),
    AWARENESS_TRAINING_MAX_INTERVAL_DAYS("awarenessTrainingMaxIntervalDays", "longest gap between awareness trainings", EvidenceKind.DAYS, 1, 36_500,
            "security awareness training held less often than every this many days is too rare"),
    DECISION_RIGHTS_REVIEW_MAX_INTERVAL_DAYS("decisionRightsReviewMaxIntervalDays", "longest gap between decision-rights reviews", EvidenceKind.DAYS, 1, 36_500,
            "a map of decision rights and integration points reviewed less often than every this many days is"
                    + " out of date");

    /** For {@link #byKey}, which every finding with thresholds calls. */
    private static final Map<String, Threshold> BY_KEY = byKeys();

    private final String key;
    private final String label;
    private final EvidenceKind unit;
    private final double min;
    private final double max;
    private final String meaning;

    Threshold(String key, String label, EvidenceKind unit, double min, double max, String meaning) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    // A loop and a switch rather than a stream and a method reference per threshold: this class
    // is initialised on the way to a fresh JVM's first assessment, where each lambda costs a
    // generated class.
    private static Map<String, Threshold> byKeys() {
        Map<String, Threshold> byKey = new HashMap<>();
        for (Threshold t : values()) {
            byKey.put(t.key, t);
        }
        return Map.copyOf(byKey);
    }

    /** The name in policy files, rule descriptions and evidence: {@code restoreTestMaxAgeDays}. */
    public String key() {
        return key;
    }

    /** A short name for readers: "longest time since a restore test". */
    public String label() {
        return label;
    }

    /** How its value reads: days, a count, a percentage, a rate, a score, minutes, yes or no, or stages. */
    public EvidenceKind unit() {
        return unit;
    }

    /** The smallest value allowed (not used for {@link #LATE_JOIN_STAGES} and the yes-or-no thresholds). */
    public double min() {
        return min;
    }

    /** The largest value allowed (not used for {@link #LATE_JOIN_STAGES} and the yes-or-no thresholds). */
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

    /** Its value in a policy: an Integer, a Double, a Boolean, or a set of strategy stages. */
    public Object valueIn(AssessmentPolicy policy) {
        return switch (this) {
            case RESTORE_TEST_MAX_AGE_DAYS -> policy.restoreTestMaxAgeDays();
            case STALE_BACKUP_FACTOR -> policy.staleBackupFactor();
            case KEY_PERSON_MIN_AREAS -> policy.keyPersonMinAreas();
            case MIN_TRUCK_FACTOR -> policy.minTruckFactor();
            case MAX_TECHNOLOGY_MINUTES -> policy.maxTechnologyMinutes();
            case LATE_JOIN_STAGES -> policy.lateJoinStages();
            case MAX_HANDS_ON_PERCENT -> policy.maxHandsOnPercent();
            case MIN_LEARNING_PERCENT -> policy.minLearningPercent();
            case MIN_BUSINESS_PERCENT -> policy.minBusinessPercent();
            case MAX_BUSINESS_PERCENT -> policy.maxBusinessPercent();
            case NEGLECTED_CONSTITUENT_PERCENT -> policy.neglectedConstituentPercent();
            case MIN_ON_TIME_DELIVERY_RATE -> policy.minOnTimeDeliveryRate();
            case INDICATOR_MAX_AGE_DAYS -> policy.indicatorMaxAgeDays();
            case INDICATOR_TARGET -> policy.indicatorTarget();
            case TECHNOLOGY_REVIEW_MAX_AGE_DAYS -> policy.technologyReviewMaxAgeDays();
            case OTHER_LEADERS_NEED_DEPUTIES -> policy.otherLeadersNeedDeputies();
            case FULL_TIME_CTO_EXPECTED -> policy.fullTimeCtoExpected();
            case MAX_INTERNAL_IT_PERCENT -> policy.maxInternalItPercent();
            case CEO_MEETING_MAX_INTERVAL_DAYS -> policy.ceoMeetingMaxIntervalDays();
            case BUSINESS_BRIEFING_MAX_INTERVAL_DAYS -> policy.businessBriefingMaxIntervalDays();
            case TRANSLATION_SESSION_MAX_INTERVAL_DAYS -> policy.translationSessionMaxIntervalDays();
            case AWARENESS_TRAINING_MAX_INTERVAL_DAYS -> policy.awarenessTrainingMaxIntervalDays();
            case DECISION_RIGHTS_REVIEW_MAX_INTERVAL_DAYS -> policy.decisionRightsReviewMaxIntervalDays();
        };
    }

    /** Its value in a policy as a reader sees it: {@code 90 days}, {@code 30 %}, {@code 0.8}. */
    public String format(AssessmentPolicy policy) {
        return Wording.evidenceText(unit, valueIn(policy), null);
    }

    /** The threshold with this key, if there is one. */
    public static Optional<Threshold> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * Sets this threshold in a builder: a whole number for days, counts and minutes, a number for
     * shares, rates and scores, a Boolean for yes-or-no thresholds, a collection of strategy stages.
     *
     * @throws IllegalArgumentException naming the key, for a value of another type
     */
    void set(AssessmentPolicy.Builder builder, Object value) {
        Class<?> type;
        Object argument;
        if (this == LATE_JOIN_STAGES) {
            if (!(value instanceof Collection<?> c) || !c.stream().allMatch(
                    StrategyStage.class::isInstance)) {
                throw new IllegalArgumentException(key + ": expected a set of strategy stages, got " + value);
            }
            type = Set.class;
            Set<StrategyStage> stages =
                    EnumSet.noneOf(StrategyStage.class);
            c.forEach(x -> stages.add((StrategyStage) x));
            argument = stages;
        } else if (unit == EvidenceKind.FLAG) {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException(key + ": expected true or false, got " + value);
            }
            type = boolean.class;
            argument = value;
        } else if (isWholeNumber()) {
            if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(key + ": expected a whole number, got " + value);
            }
            type = int.class;
            argument = n.intValue();
        } else {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(key + ": expected a number, got " + value);
            }
            type = double.class;
            argument = n.doubleValue();
        }
        try {
            AssessmentPolicy.Builder.class.getMethod(key, type).invoke(builder, argument);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("AssessmentPolicy.Builder has no setter " + key + "(" + type + ")", e);
        }
    }

    /** Refuses a value out of this threshold's range, naming the key. */
    void check(double v) {
        outOfRange(v).ifPresent(problem -> {
            throw new IllegalArgumentException(key + ": " + problem);
        });
    }

    /**
     * What is wrong with a number for this threshold on its own, without the key: {@code "120 is out
     * of range 0..100"}; empty when it is in range, or when the threshold is not a number.
     */
    public Optional<String> outOfRange(Object value) {
        if (!(value instanceof Number n) || this == LATE_JOIN_STAGES || unit == EvidenceKind.FLAG) {
            return Optional.empty();
        }
        double v = n.doubleValue();
        if (v >= min && v <= max) {
            return Optional.empty();
        }
        String range = isWholeNumber() ? (long) min + ".." + (long) max : Wording.number(min) + ".." + Wording.number(max);
        return Optional.of(Wording.number(v) + " is out of range " + range);
    }
}
