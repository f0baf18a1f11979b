package org.ctorole.model.profile;

/** How a person is engaged; a FRACTIONAL or INTERIM CTO still counts as the CTO. */
public enum Engagement {
    FULL_TIME,
    FRACTIONAL,
    INTERIM
}
