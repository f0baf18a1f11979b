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
 * mostly left out of the map (an omitted activity counts as 0 %), sometimes written as 0.
 */
final class TimeAllocations {
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();
    static final int MAX_HANDS_ON = (int) Math.floor(POLICY.maxHandsOnPercent());
    static final int MIN_LEARNING = (int) Math.ceil(POLICY.minLearningPercent());
    static final int MIN_BUSINESS = (int) Math.ceil(POLICY.minBusinessPercent());
    static final int MAX_BUSINESS = (int) Math.floor(POLICY.maxBusinessPercent());

    private TimeAllocations() {
    }

    /** Any split of 100 % over the seven activities: six cut points in 0..100. */
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

    /** Allocations that break no time rule of the default policy. */
    static Arbitrary<Map<Activity, Double>> healthy() {
        Arbitrary<Integer> raw = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(DraftArbitraries.bounded(MIN_BUSINESS, MAX_BUSINESS),
                        DraftArbitraries.bounded(0, MAX_HANDS_ON), raw, raw, raw, raw, keepZeros())
                .as((business, handsOn, learningRaw, r1, r2, r3, keep) -> {
                    // Learning from its minimum up to what leaves 1 % for each of CEO_STRATEGY and ENGINEERING_PRODUCT.
                    int learning = MIN_LEARNING + learningRaw % (100 - business - handsOn - 2 - MIN_LEARNING + 1);
                    return allocation(handsOn, learning, business, r1, r2, r3, keep);
                });
    }

    /** The default mix: mostly healthy, often anything, and each time rule's anti-pattern now and then. */
    static Arbitrary<Map<Activity, Double>> mixed() {
        Arbitrary<Integer> raw = Arbitraries.integers().between(0, 1000);
        Arbitrary<Drafts.InjectionDraft> draft = Combinators.combine(raw, raw, raw, raw).as(Drafts.InjectionDraft::new);
        return Arbitraries.frequencyOf(Tuple.of(6, healthy()), Tuple.of(3, any()),
                Tuple.of(2, draft.map(AntiPatterns::inTheWeeds)),
                Tuple.of(2, draft.map(AntiPatterns::imbalanced)),
                Tuple.of(2, draft.map(AntiPatterns::neglecting)));
    }

    private static Arbitrary<Boolean> keepZeros() {
        return Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true));
    }

    /**
     * An allocation with the given hands-on, learning and business totals, every constituent
     * getting at least 1 %; {@code r1..r3} pick how the rest is split.
     *
     * @throws IllegalArgumentException when the totals leave less than 1 % for each constituent
     */
    static Map<Activity, Double> allocation(int handsOn, int learning, int business, int r1, int r2, int r3,
                                            boolean keepZeros) {
        int rest = 100 - handsOn - learning - business;
        if (business < 3 || rest < 2 || handsOn < 0 || learning < 0) {
            throw new IllegalArgumentException("no allocation with hands-on " + handsOn + ", learning " + learning
                    + ", business " + business);
        }
        int ceoStrategy = 1 + Math.floorMod(r1, rest - 1);
        int sales = 1 + Math.floorMod(r2, business - 2);
        int businessDevelopment = 1 + Math.floorMod(r3, business - sales - 1);
        int[] parts = {ceoStrategy, rest - ceoStrategy, sales, businessDevelopment,
                business - sales - businessDevelopment, handsOn, learning};
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
