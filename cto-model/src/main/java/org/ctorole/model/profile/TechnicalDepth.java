package org.ctorole.model.profile;

/** How deep technology discussions may go in a forum (seed 004, "The translation issue"). */
public enum TechnicalDepth {
    HIGH_LEVEL_ONLY,
    ARCHITECTURE_WELCOME
}
