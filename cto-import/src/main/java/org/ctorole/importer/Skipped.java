package org.ctorole.importer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something a source holds that did not become part of the profile, and why: counted in the
 * summary and listed with {@code --verbose}, never dropped silently.
 *
 * <pre>{@code new Skipped("user 'u-17' (Omar Haddad)", "inactive", Provenance.at("users.json", 88, "/Resources/3"))}</pre>
 *
 * @param item   what was skipped, in words
 * @param reason why, in a few words that group similar items ({@code inactive}, {@code unknown kind API})
 * @param at     where it stands in the source
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Skipped(String item, String reason, Provenance at) {
    public Skipped {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return at + ": " + item + " (" + reason + ")";
    }
}
