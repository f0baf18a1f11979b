package org.ctorole.importer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.SystemAsset;

/**
 * The sections of a profile that one import knows; a section it knows nothing about is empty
 * ({@code Optional.empty()}), as in a profile. Inside the records, {@code null} means "the source
 * does not say": a knowledge area's or system's {@code critical} or {@code holdsData}. Experts are
 * references resolved when merging: ids of this import's people, else e-mail, id or name.
 *
 * <pre>{@code PartialProfile partial = Importers.csv(Path.of("hr.csv")).profile();
 * partial.people().orElseThrow().size();}</pre>
 *
 * @param people    people, in source order
 * @param knowledge knowledge areas, in source order
 * @param systems   systems, in source order; an imported system never carries a backup
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PartialProfile(Optional<List<ImportedPerson>> people, Optional<List<KnowledgeArea>> knowledge,
                             Optional<List<SystemAsset>> systems) {

    public PartialProfile {
        people = people == null ? Optional.empty() : people.map(List::copyOf);
        knowledge = knowledge == null ? Optional.empty() : knowledge.map(List::copyOf);
        systems = systems == null ? Optional.empty() : systems.map(List::copyOf);
    }

    /** A partial profile that knows nothing. */
    public static PartialProfile empty() {
        return new PartialProfile(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The sections this partial profile knows. */
    public Set<Section> sections() {
        Set<Section> known = EnumSet.noneOf(Section.class);
        people.ifPresent(p -> known.add(Section.PEOPLE));
        knowledge.ifPresent(k -> known.add(Section.KNOWLEDGE));
        systems.ifPresent(s -> known.add(Section.SYSTEMS));
        return known;
    }
}
