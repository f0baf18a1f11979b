package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * One entry of the role catalogue: a stable id, a title, a summary in our own words and the
 * seed section it comes from. Every enum of this package implements it.
 *
 * <pre>{@code RoleCatalogue.standard().entry("SALES").map(CatalogueEntry::title) // Optional[Sales]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface CatalogueEntry {
    /** The stable UPPER_SNAKE id, unique across the whole catalogue (for enums, {@code name()}). */
    String id();

    /** A short human title. */
    String title();

    /** A one-paragraph summary, paraphrased from the seed. */
    String summary();

    /** The seed file and section the entry is drawn from. */
    Source source();
}
