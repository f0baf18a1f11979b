package org.ctorole.model.profile;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The sections of a profile. An omitted optional section is <em>not assessed</em>: rules that
 * read it stay silent, so a partial profile raises no false alarm.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Section {
    ORGANISATION,
    PEOPLE,
    CTO,
    KNOWLEDGE,
    SYSTEMS,
    STRATEGY,
    FORUMS,
    INDICATORS,
    COMMITMENTS,
    SUPPLIERS,
    SECURITY,
    WAIVERS;

    // Asked for by every rule of every assessment: made once.
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The key of the section in a YAML or JSON profile. */
    public String key() {
        return key;
    }
}
