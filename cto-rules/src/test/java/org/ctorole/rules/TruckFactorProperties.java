package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TruckFactor#ofExperts} removes people in the order a plain full sort gives. */
class TruckFactorProperties {

    @Property(tries = 1000)
    void removesWhomAFullSortWouldRemove(@ForAll("areas") List<List<String>> expertsPerArea) {
        TruckFactor tf = TruckFactor.ofExperts(expertsPerArea);

        List<String> expected = reference(expertsPerArea);
        assertThat(tf.removed()).isEqualTo(expected);
        assertThat(tf.value()).isEqualTo(expected.size());
    }

    @Provide
    Arbitrary<List<List<String>>> areas() {
        // A small pool of names, so that people know several areas and counts tie.
        Arbitrary<String> person = Arbitraries.of("ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo");
        return person.list().ofMaxSize(6).list().ofMaxSize(12);
    }

    /** Sort everyone by (areas known, descending; name), then remove until more than half the areas are uncovered. */
    private static List<String> reference(List<List<String>> expertsPerArea) {
        int areaCount = expertsPerArea.size();
        Map<String, List<Integer>> areasOf = new HashMap<>();
        int[] remaining = new int[areaCount];
        int uncovered = 0;
        for (int a = 0; a < areaCount; a++) {
            for (String person : new LinkedHashSet<>(expertsPerArea.get(a))) {
                areasOf.computeIfAbsent(person, p -> new ArrayList<>()).add(a);
                remaining[a]++;
            }
            if (remaining[a] == 0) {
                uncovered++;
            }
        }
        List<String> order = new ArrayList<>(areasOf.keySet());
        order.sort(Comparator.<String>comparingInt(p -> areasOf.get(p).size()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> removed = new ArrayList<>();
        for (String person : order) {
            if (uncovered * 2 > areaCount) {
                break;
            }
            removed.add(person);
            for (int a : areasOf.get(person)) {
                if (--remaining[a] == 0) {
                    uncovered++;
                }
            }
        }
        return removed;
    }
}
