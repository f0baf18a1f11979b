package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Stage;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.StagePolicy;

/**
 * Values that are healthy, or that break a rule, whatever the organisation's stage: the testkit
 * generates a profile's parts before its stage is known, and plants an anti-pattern into a profile
 * of any stage, so it takes the strictest preset for what must stay healthy and the most lenient
 * one for what must fire.
 */
final class AcrossStages {
    private static final List<AssessmentPolicy> POLICIES = policies();

    private AcrossStages() {
    }

    private static List<AssessmentPolicy> policies() {
        List<AssessmentPolicy> all = new ArrayList<>();
        all.add(StagePolicy.presets().forStage(null));
        for (Stage stage : Stage.values()) {
            all.add(StagePolicy.presets().forStage(stage));
        }
        return all;
    }

    /** The lowest value of a threshold over the stages. */
    static double lowest(ToDoubleFunction<AssessmentPolicy> threshold) {
        return POLICIES.stream().mapToDouble(threshold).min().orElseThrow();
    }

    /** The highest value of a threshold over the stages. */
    static double highest(ToDoubleFunction<AssessmentPolicy> threshold) {
        return POLICIES.stream().mapToDouble(threshold).max().orElseThrow();
    }

    /** Regular cadences frequent enough for the strictest stage's limit on their interval. */
    static List<Cadence> healthy(ToIntFunction<AssessmentPolicy> maxIntervalDays) {
        int limit = (int) lowest(p -> maxIntervalDays.applyAsInt(p));
        List<Cadence> ok = new ArrayList<>();
        for (Cadence c : Cadence.values()) {
            if (c.isRegular() && c.intervalDays().getAsInt() <= limit) {
                ok.add(c);
            }
        }
        return ok;
    }

    /** Cadences too rare at every stage: never, now and then, and regular ones past the most lenient limit. */
    static List<Cadence> tooRare(ToIntFunction<AssessmentPolicy> maxIntervalDays) {
        int limit = (int) highest(p -> maxIntervalDays.applyAsInt(p));
        List<Cadence> rare = new ArrayList<>();
        for (Cadence c : Cadence.values()) {
            if (!c.isRegular() || c.intervalDays().getAsInt() > limit) {
                rare.add(c);
            }
        }
        return rare;
    }

    /** Whether a stage's preset expects a full-time CTO. */
    static boolean fullTimeCtoExpected(Stage stage) {
        return StagePolicy.presets().forStage(stage).fullTimeCtoExpected();
    }

    /** Whether a stage's preset asks leaders other than the CTO for a deputy. */
    static boolean otherLeadersNeedDeputies(Stage stage) {
        return StagePolicy.presets().forStage(stage).otherLeadersNeedDeputies();
    }
}
