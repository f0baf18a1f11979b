package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * How deep technology discussions may go in a forum
 * ("Building tech leaders who think like CEOs", "The translation issue").
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TechnicalDepth {
    HIGH_LEVEL_ONLY,
    ARCHITECTURE_WELCOME
}
