package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The greedy truck factor of the paper (Algorithm 1), its 50 % stop and its ties, worked out by hand. */
class TruckFactorEstimateTest {
    static final Developer ANA = new Developer("Ana", "ana@example.org");
    static final Developer BEN = new Developer("Ben", "ben@example.org");
    static final Developer CY = new Developer("Cy", "cy@example.org");
    static final Developer DEE = new Developer("Dee", "dee@example.org");

    static List<String> removed(TruckFactorEstimate tf) {
        return tf.removals().stream().map(r -> r.developer().name()).toList();
    }

    @Test
    void exactlyHalfCoveredIsNotYetTroubleSoTheNextAuthorIsRemovedToo() {
        // Ana authors 2 of 4 files, Ben 1, Cy 1. Without Ana 2/4 = 50 % still have an author: not below
        // half, so the algorithm goes on; without Ben too, 1/4 = 25 %: stop.
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA), List.of(ANA), List.of(BEN),
                List.of(CY)));

        assertThat(tf.value()).isEqualTo(2);
        assertThat(removed(tf)).containsExactly("Ana", "Ben");
        assertThat(tf.removals()).extracting(TruckFactorEstimate.Removal::filesStillCovered).containsExactly(2, 1);
        assertThat(tf.removals().get(0).coverageLeft()).isEqualTo(0.5);
        assertThat(tf.removals().get(1).coverageLeft()).isEqualTo(0.25);
    }

    @Test
    void justBelowHalfStops() {
        // five files: without Ana 2/5 = 40 % are covered, below half: truck factor 1
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA), List.of(ANA), List.of(ANA),
                List.of(BEN), List.of(CY)));

        assertThat(tf.value()).isEqualTo(1);
        assertThat(tf.removals().get(0).coverageLeft()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void tiesGoToTheSmallerKeyWhateverTheInputOrder() {
        // Ana, Ben and Cy author two files each; by key Ana goes first (2 of 4 still covered: 50 %, go on),
        // then Ben (Cy still covers his files: 50 %, go on), then Cy (none left).
        List<List<Developer>> files = new ArrayList<>(List.of(List.of(ANA), List.of(ANA), List.of(BEN, CY),
                List.of(BEN, CY)));
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(files);
        Collections.reverse(files);
        TruckFactorEstimate reversed = TruckFactorEstimate.greedy(files);

        assertThat(removed(tf)).containsExactly("Ana", "Ben", "Cy");
        assertThat(removed(reversed)).containsExactly("Ana", "Ben", "Cy");
        assertThat(tf.removals()).extracting(TruckFactorEstimate.Removal::filesStillCovered)
                .containsExactly(2, 2, 0);
        assertThat(tf.value()).isEqualTo(3);
        assertThat(tf.authors()).extracting(a -> a.developer().name() + "=" + a.files())
                .containsExactly("Ana=2", "Ben=2", "Cy=2");
    }

    @Test
    void theCountOfAnAuthorIsFixedBeforeAnyRemovalAsInThePaper() {
        // Ana authors 3 files, all shared with Ben; Cy 2 files alone. Ana goes first although removing her
        // uncovers nothing; Ben then uncovers 3, leaving Cy's 2 of 5 (40 %).
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA, BEN), List.of(ANA, BEN),
                List.of(ANA, BEN), List.of(CY), List.of(CY)));

        assertThat(removed(tf)).containsExactly("Ana", "Ben");
        assertThat(tf.removals()).extracting(TruckFactorEstimate.Removal::filesStillCovered).containsExactly(5, 2);
    }

    @Test
    void lessThanHalfCoveredFromTheStartGivesZero() {
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA), List.of(), List.of()));

        assertThat(tf.value()).isZero();
        assertThat(tf.removals()).isEmpty();
        assertThat(tf.coveredFiles()).isEqualTo(1);
        assertThat(tf.authors()).extracting(TruckFactorEstimate.AuthorFiles::files).containsExactly(1);
    }

    @Test
    void whenEveryAuthorMustGoTheTruckFactorIsTheirNumber() {
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA, BEN, CY, DEE)));

        assertThat(tf.value()).isEqualTo(4);
        assertThat(tf.removals().get(3).filesStillCovered()).isZero();
    }

    @Test
    void noFilesNoTruckFactor() {
        assertThat(TruckFactorEstimate.greedy(List.of()).value()).isZero();
    }

    @Test
    void anAuthorListedTwiceForAFileCountsOnce() {
        TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ANA, ANA), List.of(BEN)));

        assertThat(tf.authors()).extracting(TruckFactorEstimate.AuthorFiles::files).containsExactly(1, 1);
    }

    @Property
    void theTruckFactorIsTheFirstRemovalThatLeavesLessThanHalfCovered(
            @ForAll @Size(min = 1, max = 30) List<@Size(max = 4) List<@IntRange(min = 0, max = 6) Integer>> files) {
        List<List<Developer>> authors = files.stream()
                .map(f -> f.stream().map(i -> new Developer("D" + i, "d" + i + "@example.org")).toList()).toList();

        TruckFactorEstimate tf = TruckFactorEstimate.greedy(authors);

        int n = files.size();
        List<TruckFactorEstimate.Removal> removals = tf.removals();
        for (int i = 0; i < removals.size(); i++) {
            int before = i == 0 ? tf.coveredFiles() : removals.get(i - 1).filesStillCovered();
            assertThat(before * 2).as("coverage before removal %d", i + 1).isGreaterThanOrEqualTo(n);
        }
        int last = removals.isEmpty() ? tf.coveredFiles() : removals.get(removals.size() - 1).filesStillCovered();
        assertThat(last * 2 < n || removals.size() == tf.authors().size()).isTrue();
    }
}
