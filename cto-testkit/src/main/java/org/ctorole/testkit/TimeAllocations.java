package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.ctorole.model.profile.Activity;
import org.ctorole.rules.AssessmentPolicy;

/**
 * CTO time allocations in whole percentages that sum to exactly 100. Activities at 0 % are
 * mostly left out of the map (an omitted activity counts as 0 %), sometimes written as 0. The
 * share of internal IT is given now and then. The bounds are those of every stage's preset at
 * once (see {@link AcrossStages}): healthy means healthy at any stage, an anti-pattern fires at any.
 */
final class TimeAllocations {
    /** Hands-on delivery up to this is fine at every stage. */
    static final int MAX_HANDS_ON = (int) Math.floor(AcrossStages.lowest(AssessmentPolicy::maxHandsOnPercent));
    /** Learning and thinking from this up is fine at every stage. */
    static final int MIN_LEARNING = (int) Math.ceil(AcrossStages.highest(AssessmentPolicy::minLearningPercent));
    /** Business time in MIN_BUSINESS..MAX_BUSINESS is fine at every stage. */
    static final int MIN_BUSINESS = (int) Math.ceil(AcrossStages.highest(AssessmentPolicy::minBusinessPercent));
    static final int MAX_BUSINESS = (int) Math.floor(AcrossStages.lowest(AssessmentPolicy::maxBusinessPercent));
    /** Internal IT up to this is fine at every stage. */
    static final int MAX_INTERNAL_IT = (int) Math.floor(AcrossStages.lowest(AssessmentPolicy::maxInternalItPercent));
    /** Hands-on delivery from this up is too much at every stage. */
    static final int HANDS_ON_EVERYWHERE_TOO_MUCH =
            (int) Math.floor(AcrossStages.highest(AssessmentPolicy::maxHandsOnPercent)) + 1;
    /** Learning and thinking below this is too little at every stage. */
    static final int LEARNING_EVERYWHERE_TOO_LITTLE =
            (int) Math.ceil(AcrossStages.lowest(AssessmentPolicy::minLearningPercent));
    /** Business time below this, or above the next, is out of balance at every stage. */
    static final int BUSINESS_EVERYWHERE_TOO_LITTLE =
            (int) Math.ceil(AcrossStages.lowest(AssessmentPolicy::minBusinessPercent));
    static final int BUSINESS_EVERYWHERE_TOO_MUCH =
            (int) Math.floor(AcrossStages.highest(AssessmentPolicy::maxBusinessPercent)) + 1;
    /** Internal IT from this up is too much at every stage. */
    static final int INTERNAL_IT_EVERYWHERE_TOO_MUCH =
            (int) Math.floor(AcrossStages.highest(AssessmentPolicy::maxInternalItPercent)) + 1;

    private TimeAllocations() {
    }

    /** Any split of 100 % over the seven activities other than internal IT: six cut points in 0..100. */
    static Arbitrary<Map<Activity, Double>> any() {
        return Combinators.combine(Arbitraries.integers().between(0, 100).list().ofSize(6), keepZeros())
                .as((cuts, keep) -> {
                    List<Integer> sorted = new ArrayList<>(cuts);
                    Collections.sort(sorted);
                    int[] parts = new int[7];
                    int previous = 0;
                    for (int i = 0; i < 6; i++) {
                        parts[i] = sorted.get(i) - previous;
                        previous = sorted.get(i);
                    }
                    parts[6] = 100 - previous;
                    return of(parts, keep);
                });
    }

    /** Allocations that break no time rule of any stage's preset. */
    static Arbitrary<Map<Activity, Double>> healthy() {
        Arbitrary<Integer> raw = Arbitraries.integers().between(0, 1000);
        Arbitrary<Map<Activity, Double>> allocation = Combinators.combine(
                        DraftArbitraries.bounded(MIN_BUSINESS, MAX_BUSINESS), DraftArbitraries.bounded(0, MAX_HANDS_ON),
                        raw, raw, raw, raw, keepZeros())
                .as((business, handsOn, learningRaw, r1, r2, r3, keep) -> {
                    // Learning from its minimum up to what leaves 1 % for each of CEO_STRATEGY and ENGINEERING_PRODUCT.
                    int learning = MIN_LEARNING + learningRaw % (100 - business - handsOn - 2 - MIN_LEARNING + 1);
                    return allocation(handsOn, learning, business, 0, r1, r2, r3, keep);
                });
        // Now and then the share of internal IT is given, within what every stage allows.
        return Combinators.combine(allocation, Arbitraries.integers().between(0, MAX_INTERNAL_IT).optional(0.25))
                .as((time, internalIt) -> internalIt.map(share -> withInternalIt(time, share)).orElse(time));
    }

    /** The allocation with {@code share} % of internal IT, taken from engineering and product while it keeps 1 %. */
    private static Map<Activity, Double> withInternalIt(Map<Activity, Double> time, int share) {
        Map<Activity, Double> t = new EnumMap<>(time);
        double engineering = t.getOrDefault(Activity.ENGINEERING_PRODUCT, 0.0);
        double moved = Math.max(0, Math.min(share, engineering - 1));
        t.put(Activity.ENGINEERING_PRODUCT, engineering - moved);
        t.put(Activity.INTERNAL_IT, moved);
        return t;
    }

    /** The default mix: mostly healthy, often anything, and each time rule's anti-pattern now and then. */
    static Arbitrary<Map<Activity, Double>> mixed() {
        Arbitrary<Integer> raw = Arbitraries.integers().between(0, 1000);
        Arbitrary<Drafts.InjectionDraft> draft = Combinators.combine(raw, raw, raw, raw).as(Drafts.InjectionDraft::new);
        return Arbitraries.frequencyOf(Tuple.of(6, healthy()), Tuple.of(3, any()),
                Tuple.of(2, draft.map(AntiPatterns::inTheWeeds)),
                Tuple.of(2, draft.map(AntiPatterns::imbalanced)),
                Tuple.of(2, draft.map(AntiPatterns::neglecting)),
                Tuple.of(2, draft.map(AntiPatterns::runningInternalIt)));
    }

    private static Arbitrary<Boolean> keepZeros() {
        return Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
    }

    /**
     * An allocation with the given hands-on, learning, business and internal IT totals, every
     * constituent getting at least 1 %; {@code r1..r3} pick how the rest is split. Internal IT is
     * written only when it is not 0.
     *
     * @throws IllegalArgumentException when the totals leave less than 1 % for each constituent
     */
    static Map<Activity, Double> allocation(int handsOn, int learning, int business, int internalIt, int r1, int r2,
                                            int r3, boolean keepZeros) {
        int rest = 100 - handsOn - learning - business - internalIt;
        if (business < 3 || rest < 2 || handsOn < 0 || learning < 0 || internalIt < 0) {
            throw new IllegalArgumentException("no allocation with hands-on " + handsOn + ", learning " + learning
                    + ", business " + business + ", internal IT " + internalIt);
        }
        int ceoStrategy = 1 + Math.floorMod(r1, rest - 1);
        int sales = 1 + Math.floorMod(r2, business - 2);
        int businessDevelopment = 1 + Math.floorMod(r3, business - sales - 1);
        int[] parts = internalIt == 0
                ? new int[] {ceoStrategy, rest - ceoStrategy, sales, businessDevelopment,
                        business - sales - businessDevelopment, handsOn, learning}
                : new int[] {ceoStrategy, rest - ceoStrategy, sales, businessDevelopment,
                        business - sales - businessDevelopment, handsOn, learning, internalIt};
        return of(parts, keepZeros);
    }

    /** Whole percentages in the order of {@link Activity}, the first {@code parts.length} activities. */
    static Map<Activity, Double> of(int[] parts, boolean keepZeros) {
        Map<Activity, Double> map = new EnumMap<>(Activity.class);
        Activity[] activities = Activity.values();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != 0 || keepZeros) {
                map.put(activities[i], (double) parts[i]);
            }
        }
        return map;
    }
}
