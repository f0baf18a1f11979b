package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.ctorole.model.profile.KnowledgeArea;

/**
 * The truck factor of the critical knowledge areas, after Avelino et al. (ICPC 2016) with
 * areas in place of files: remove, one at a time, the remaining person who is an expert of the
 * most critical areas (ties: smallest id) until more than half of the critical areas have no
 * expert; the truck factor is the number of people removed.
 *
 * <pre>{@code TruckFactor tf = TruckFactor.of(profile.knowledge().orElseThrow()); tf.value(); tf.removed();}</pre>
 *
 * @param value         the number of people removed
 * @param removed       the people removed, in order
 * @param criticalAreas the number of critical areas considered
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TruckFactor(int value, List<String> removed, int criticalAreas) {

    public TruckFactor {
        removed = List.copyOf(removed);
    }

    /** The truck factor of the critical areas among {@code areas}. */
    public static TruckFactor of(Collection<KnowledgeArea> areas) {
        List<List<String>> critical = new ArrayList<>();
        for (KnowledgeArea area : areas) {
            if (area.isCritical() && area.experts() != null) {
                critical.add(area.experts());
            }
        }
        return ofExperts(critical);
    }

    /**
     * The truck factor of areas given as their lists of experts (a name listed twice in an area
     * counts once). A person's count of areas does not change as others are removed, so the
     * removal order is fixed in advance: most areas first, then by name.
     */
    public static TruckFactor ofExperts(List<List<String>> expertsPerArea) {
        int areaCount = expertsPerArea.size();
        Map<String, List<Integer>> areasOf = new HashMap<>(Math.max(16, areaCount * 2));
        int[] remaining = new int[areaCount];
        int uncovered = 0;
        for (int a = 0; a < areaCount; a++) {
            for (String person : expertsPerArea.get(a)) {
                List<Integer> areas = areasOf.computeIfAbsent(person, p -> new ArrayList<>(4));
                if (areas.isEmpty() || areas.get(areas.size() - 1) != a) { // a repeat within the area counts once
                    areas.add(a);
                    remaining[a]++;
                }
            }
            if (remaining[a] == 0) {
                uncovered++;
            }
        }
        record Candidate(String person, List<Integer> areas) {
        }
        // Candidates by how many areas they know. The removal order is most areas first, then by
        // name; only the groups reached before half the areas are uncovered are sorted, usually a
        // few of the most knowledgeable people rather than everyone (a sort of all of them was
        // most of this method's time at 1,000 people).
        List<List<Candidate>> byCount = new ArrayList<>();
        areasOf.forEach((person, list) -> {
            while (byCount.size() <= list.size()) {
                byCount.add(null);
            }
            if (byCount.get(list.size()) == null) {
                byCount.set(list.size(), new ArrayList<>());
            }
            byCount.get(list.size()).add(new Candidate(person, list));
        });
        List<String> removed = new ArrayList<>();
        for (int count = byCount.size() - 1; count > 0 && uncovered * 2 <= areaCount; count--) {
            List<Candidate> group = byCount.get(count);
            if (group == null) {
                continue;
            }
            group.sort(Comparator.comparing(Candidate::person));
            for (Candidate candidate : group) {
                if (uncovered * 2 > areaCount) {
                    break;
                }
                removed.add(candidate.person());
                for (int a : candidate.areas()) {
                    if (--remaining[a] == 0) {
                        uncovered++;
                    }
                }
            }
        }
        return new TruckFactor(removed.size(), removed, areaCount);
    }
}
