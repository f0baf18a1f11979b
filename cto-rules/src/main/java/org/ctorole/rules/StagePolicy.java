package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Stage;

/**
 * The thresholds to judge an organisation by, chosen by its stage ({@code organisation.stage}):
 * a start-up, a scale-up and an enterprise each have a named preset ({@link #presets()}), because
 * the role differs with size; a profile without a stage is judged by the defaults (the scale-up
 * preset). A user's own values override a preset ({@link #overriding}), for every stage or for
 * one ({@link #with}); {@link #uniform} applies one policy whatever the stage, as
 * {@code CtoAssessor.Builder.policy} does. Findings say which stage's thresholds applied.
 *
 * <p>Where the presets differ, and why ({@link #reason}):
 * <ul>
 *   <li>hands-on share, business time band, learning time: a start-up CTO still builds and fights
 *       fires, an enterprise CTO manages stakeholders; the mission article makes the business share
 *       depend on the business;</li>
 *   <li>deputies: in a start-up most leaders other than the CTO are teams of one;</li>
 *   <li>a fractional or interim CTO: a fit for start-ups and mid-size firms, not for an enterprise;</li>
 *   <li>internal IT: belongs to a CIO once the company is big enough for both;</li>
 *   <li>rhythms (CEO one-to-ones, business briefings, translation sessions, security awareness
 *       training): what a small company does by being small, a large one must schedule.</li>
 * </ul>
 *
 * <pre>{@code
 * StagePolicy mine = StagePolicy.presets().overriding(Map.of("restoreTestMaxAgeDays", 30));
 * mine.forStage(Stage.STARTUP).maxHandsOnPercent();     // 50.0, the start-up preset
 * mine.forStage(Stage.STARTUP).restoreTestMaxAgeDays(); // 30, overridden for every stage
 * CtoAssessor.builder().stagePolicy(mine).build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class StagePolicy {
    private static final Map<Threshold, String> REASONS = reasons();
    private static final StagePolicy PRESETS = presetPolicies();

    /** The thresholds of one stage, and where they come from. */
    private record Entry(AssessmentPolicy policy, String origin, Set<String> overridden) {
    }

    private final Map<Stage, Entry> byStage;
    private final Entry unstaged;

    private StagePolicy(Map<Stage, Entry> byStage, Entry unstaged) {
        this.byStage = Collections.unmodifiableMap(new EnumMap<>(byStage));
        this.unstaged = unstaged;
    }

    /** Equal when every stage, and a profile without one, gets the same thresholds from the same origin. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StagePolicy p && p.byStage.equals(byStage) && p.unstaged.equals(unstaged);
    }

    @Override
    public int hashCode() {
        return 31 * byStage.hashCode() + unstaged.hashCode();
    }

    /** The built-in presets, one per stage; the defaults for a profile without a stage. */
    public static StagePolicy presets() {
        return PRESETS;
    }

    private static StagePolicy presetPolicies() {
        Map<Stage, Entry> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, new Entry(AssessmentPolicy.preset(stage), "the " + stage + " preset", Set.of()));
        }
        return new StagePolicy(stages, new Entry(AssessmentPolicy.defaults(),
                "the defaults (no stage given; the SCALEUP preset)", Set.of()));
    }

    /** One policy for every stage, and for a profile without one. */
    public static StagePolicy uniform(AssessmentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Map<Stage, Entry> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, new Entry(policy, "the policy given (for every stage)", Set.of()));
        }
        return new StagePolicy(stages, new Entry(policy, "the policy given (for every stage)", Set.of()));
    }

    /** This policy with {@code policy} for one stage in place of its thresholds. */
    public StagePolicy with(Stage stage, AssessmentPolicy policy) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(policy, "policy");
        Map<Stage, Entry> stages = new EnumMap<>(byStage);
        stages.put(stage, new Entry(policy, "the policy given for " + stage, Set.of()));
        return new StagePolicy(stages, unstaged);
    }

    /**
     * This policy with some thresholds set for every stage (and for a profile without one), as a
     * policy file sets them: keys are {@link Threshold#key()}s, values of the threshold's type.
     *
     * @throws IllegalArgumentException for an unknown key, a value of the wrong type or out of
     *                                  range, or values that contradict a stage's other thresholds
     *                                  (the message names the key and the stage)
     */
    public StagePolicy overriding(Map<String, ?> values) {
        Map<Stage, Entry> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, override(byStage.get(stage), values, stage.name()));
        }
        return new StagePolicy(stages, override(unstaged, values, "a profile without a stage"));
    }

    /**
     * This policy with some thresholds set for one stage only, on top of what it has.
     *
     * @throws IllegalArgumentException as {@link #overriding(Map)} does
     */
    public StagePolicy overriding(Stage stage, Map<String, ?> values) {
        Objects.requireNonNull(stage, "stage");
        Map<Stage, Entry> stages = new EnumMap<>(byStage);
        stages.put(stage, override(byStage.get(stage), values, stage.name()));
        return new StagePolicy(stages, unstaged);
    }

    private static Entry override(Entry entry, Map<String, ?> values, String where) {
        if (values.isEmpty()) {
            return entry;
        }
        AssessmentPolicy.Builder b = entry.policy().toBuilder();
        for (Map.Entry<String, ?> v : values.entrySet()) {
            Threshold t = Threshold.byKey(v.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    v.getKey() + ": no such threshold"));
            t.set(b, v.getValue());
        }
        AssessmentPolicy policy;
        try {
            policy = b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (for " + where + ")", e);
        }
        Set<String> overridden = new LinkedHashSet<>(entry.overridden());
        overridden.addAll(values.keySet());
        return new Entry(policy, entry.origin(), Collections.unmodifiableSet(overridden));
    }

    /** The thresholds for an organisation at this stage; {@code null}: a profile without a stage. */
    public AssessmentPolicy forStage(Stage stage) {
        return entry(stage).policy();
    }

    private Entry entry(Stage stage) {
        return stage == null ? unstaged : byStage.get(stage);
    }

    /**
     * Where a stage's values of some thresholds come from, for a finding's evidence: {@code the
     * STARTUP preset}, {@code the SCALEUP preset; restoreTestMaxAgeDays set by the user}, {@code
     * the policy given (for every stage)}.
     */
    public String origin(Stage stage, Collection<Threshold> thresholds) {
        Entry e = entry(stage);
        List<String> set = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (e.overridden().contains(t.key())) {
                set.add(t.key());
            }
        }
        return set.isEmpty() ? e.origin() : e.origin() + "; " + String.join(", ", set) + " set by the user";
    }

    /** The thresholds whose value differs between stages in this policy, in {@link Threshold} order. */
    public List<Threshold> stageDependent() {
        List<Threshold> differing = new ArrayList<>();
        for (Threshold t : Threshold.values()) {
            Object first = t.valueIn(forStage(Stage.values()[0]));
            for (Stage stage : Stage.values()) {
                if (!t.valueIn(forStage(stage)).equals(first)) {
                    differing.add(t);
                    break;
                }
            }
        }
        return differing;
    }

    /** Every threshold's value at every stage: the published table of the presets. */
    public Map<Stage, AssessmentPolicy> byStage() {
        Map<Stage, AssessmentPolicy> all = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            all.put(stage, forStage(stage));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Why the built-in presets give a threshold different values by stage, if they do. */
    public static Optional<String> reason(Threshold threshold) {
        return Optional.ofNullable(REASONS.get(threshold));
    }

    private static Map<Threshold, String> reasons() {
        Map<Threshold, String> r = new EnumMap<>(Threshold.class);
        String day = "a start-up CTO still builds and fights fires; an enterprise CTO's time goes to stakeholders"
                + " and strategy (\u201cWhat is a Chief Technology Officer?\u201d, the average day)";
        r.put(Threshold.MAX_HANDS_ON_PERCENT, day);
        r.put(Threshold.MIN_LEARNING_PERCENT, "the larger the company, the more its direction rests on the CTO"
                + " seeing what is around the corner (\u201cWhat is a Chief Technology Officer?\u201d)");
        String business = "the mission article makes the business share depend on the business (\u00a73): a"
                + " start-up CTO is mostly building the product, an enterprise CTO mostly outward-facing";
        r.put(Threshold.MIN_BUSINESS_PERCENT, business);
        r.put(Threshold.MAX_BUSINESS_PERCENT, business);
        r.put(Threshold.OTHER_LEADERS_NEED_DEPUTIES, "in a start-up most leaders other than the CTO are teams of"
                + " one, with nobody yet to stand in (this project's judgement)");
        r.put(Threshold.FULL_TIME_CTO_EXPECTED, "a fractional CTO suits start-ups and mid-size firms that cannot"
                + " yet justify a full-time one (\u201cWhat Does a CTO Really Do?\u201d); an enterprise needs its"
                + " technology leader full-time");
        r.put(Threshold.MAX_INTERNAL_IT_PERCENT, "internal IT is a CIO's work once the company is big enough for"
                + " both (\u201cWhat is a Chief Technology Officer?\u201d); until then some of it falls to the CTO");
        r.put(Threshold.CEO_MEETING_MAX_INTERVAL_DAYS, "in a small company the CTO and CEO talk most days; an"
                + " enterprise CTO also meets the CEO in executive forums between one-to-ones");
        r.put(Threshold.BUSINESS_BRIEFING_MAX_INTERVAL_DAYS, "in a start-up the engineers hear the business"
                + " first-hand; as the company grows the CTO must pass it on (\u201cWhat is a the mission of a"
                + " CTO\u201d \u00a73.2)");
        r.put(Threshold.TRANSLATION_SESSION_MAX_INTERVAL_DAYS, "monthly sessions (pillar four of \u201cBuilding"
                + " tech leaders who think like CEOs\u201d) need a leadership team to hold them; a start-up can"
                + " hold them each quarter");
        r.put(Threshold.AWARENESS_TRAINING_MAX_INTERVAL_DAYS, "a large organisation is a larger target for"
                + " social engineering and sees more staff come and go (this project's judgement)");
        return Collections.unmodifiableMap(r);
    }
}
