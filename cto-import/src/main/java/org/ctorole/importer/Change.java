package org.ctorole.importer;

import org.apiguardian.api.API;

/**
 * Something a merge added to the profile: a new item ({@code field} is {@code null}) or a value
 * filled in where the profile had none.
 *
 * <pre>{@code people/ana-silva added from hr.csv:12}</pre>
 *
 * @param item  the person, area or system
 * @param field the field filled in, or {@code null} for a new item
 * @param value the value filled in, or {@code null} for a new item
 * @param from  where the source gives it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Change(ItemRef item, String field, String value, Provenance from) {
    /** Whether the item is new (rather than a field filled in). */
    public boolean isNewItem() {
        return field == null;
    }

    @Override
    public String toString() {
        return item + (field == null ? " added" : " " + field + " set to " + value) + " from " + from;
    }
}
