package org.ctorole.importer;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Section;

/**
 * An item of a profile section, by its id: the key of provenance, conflicts and the summary.
 *
 * <pre>{@code new ItemRef(Section.PEOPLE, "ana")   // people/ana}</pre>
 *
 * @param section the section ({@code PEOPLE}, {@code KNOWLEDGE} or {@code SYSTEMS} for imports)
 * @param id      the person id, knowledge area or system id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemRef(Section section, String id) {

    public ItemRef {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(id, "id");
    }

    public static ItemRef person(String id) {
        return new ItemRef(Section.PEOPLE, id);
    }

    public static ItemRef area(String id) {
        return new ItemRef(Section.KNOWLEDGE, id);
    }

    public static ItemRef system(String id) {
        return new ItemRef(Section.SYSTEMS, id);
    }

    /** {@code people/ana}. */
    @Override
    public String toString() {
        return section.key() + "/" + id;
    }
}
