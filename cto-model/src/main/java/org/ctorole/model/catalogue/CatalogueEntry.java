package org.ctorole.model.catalogue;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One entry of the role catalogue: a stable id, a title, a summary in our own words and the
 * sections of the source articles it draws on. Every enum of this package implements it.
 *
 * <pre>{@code RoleCatalogue.standard().entry("SALES").map(CatalogueEntry::title) // Optional[Sales]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface CatalogueEntry {
    /** The stable UPPER_SNAKE id, unique across the whole catalogue (for enums, {@code name()}). */
    String id();

    /** A short human title. */
    String title();

    /** A one-paragraph summary in this project's own words. */
    String summary();

    /** The article and section the entry is mainly drawn from: the first of {@link #sources()}. */
    Source source();

    /**
     * Every article section the entry draws on, the main one first: a summary that combines
     * several sections, or several articles, cites each of them.
     */
    default List<Source> sources() {
        return List.of(source());
    }
}
