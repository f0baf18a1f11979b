package org.ctorole.importer;

import org.apiguardian.api.API;

/**
 * A value the profile and a source disagree on. The profile's value is kept unless the merge was
 * told to prefer the sources ({@code --prefer-import}).
 *
 * <pre>{@code people/ana reportsTo: the profile says 'lena', hr.csv:14 says 'maya' (kept 'lena')}</pre>
 *
 * @param item         the person, area or system
 * @param field        the field, as in the profile ({@code reportsTo}, {@code experts}, ...)
 * @param profileValue the value in the profile
 * @param importValue  the value the source gives
 * @param from         where the source gives it
 * @param importTaken  whether the source's value was taken
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Conflict(ItemRef item, String field, String profileValue, String importValue, Provenance from,
                       boolean importTaken) {
    @Override
    public String toString() {
        return item + " " + field + ": the profile says " + profileValue + ", " + from + " says " + importValue
                + " (" + (importTaken ? "took the source's" : "kept the profile's") + ")";
    }
}
