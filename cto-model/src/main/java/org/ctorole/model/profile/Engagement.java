package org.ctorole.model.profile;

import org.apiguardian.api.API;

/** How a person is engaged; a FRACTIONAL or INTERIM CTO still counts as the CTO. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Engagement {
    FULL_TIME,
    FRACTIONAL,
    INTERIM
}
