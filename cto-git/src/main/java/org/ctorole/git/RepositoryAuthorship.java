package org.ctorole.git;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.model.profile.KnowledgeArea;

/**
 * Authorship and truck factor of a repository at one revision, for the whole repository and per area.
 *
 * <pre>{@code
 * RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(Path.of("."));
 * r.truckFactor().value();     // e.g. 2
 * r.truckFactor().removals();  // who, how many files each authors, the coverage left after each
 * r.areas();                   // the same per top-level directory
 * }</pre>
 *
 * @param revision    the revision as asked ({@code HEAD}, a branch, a tag, an id)
 * @param commit      the id of the commit analysed
 * @param files       the counted files with their contributors, in the tree's order
 * @param truckFactor the truck factor over all counted files
 * @param areas       the truck factor of each area, by area name
 * @param filesInNoArea counted files the area grouping put in no area
 * @param excluded    the files of the revision not counted, by reason (reasons with none are absent)
 * @param history     what the walk over the history read
 * @param warnings    what was read but could not be used (lines of the revision's {@code .mailmap})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RepositoryAuthorship(String revision, String commit, List<FileAuthorship> files,
                                   TruckFactorEstimate truckFactor, List<AreaAuthorship> areas, int filesInNoArea,
                                   Map<ExclusionReason, Integer> excluded, HistoryCounts history,
                                   List<String> warnings) {

    public RepositoryAuthorship {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(commit, "commit");
        files = List.copyOf(files);
        Objects.requireNonNull(truckFactor, "truckFactor");
        areas = List.copyOf(areas);
        Map<ExclusionReason, Integer> copy = new EnumMap<>(ExclusionReason.class);
        excluded.forEach((k, v) -> {
            if (v > 0) {
                copy.put(k, v);
            }
        });
        excluded = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(history, "history");
        warnings = List.copyOf(warnings);
    }

    /** The number of files of the revision not counted. */
    public int excludedFiles() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The file at {@code path}, when it is counted. */
    public java.util.Optional<FileAuthorship> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * The areas as knowledge areas of a profile: each area's authors, most files first, are its experts.
     *
     * @param personId the profile's person id for a developer (match by e-mail or name)
     * @param critical whether the areas are critical
     */
    public List<KnowledgeArea> knowledgeAreas(Function<Developer, String> personId, boolean critical) {
        List<KnowledgeArea> list = new ArrayList<>(areas.size());
        for (AreaAuthorship area : areas) {
            List<String> experts = area.truckFactor().authors().stream()
                    .map(a -> personId.apply(a.developer())).distinct().toList();
            list.add(new KnowledgeArea(area.area(), critical, experts));
        }
        return list;
    }
}
