package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.profile.Engagement;

/**
 * "The CTO": the person the {@code cto} section names, or else the holder of the CTO role with
 * the smallest id; absent when nobody holds the role.
 *
 * @param reportsTo  the CTO's manager, or null
 * @param engagement full-time, fractional or interim
 * @param alsoCeo    whether the CTO is the CEO too
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TheCto(String personId, String reportsTo, Engagement engagement, boolean alsoCeo) {

    /** A full-time CTO who is not the CEO. */
    public TheCto(String personId, String reportsTo) {
        this(personId, reportsTo, Engagement.FULL_TIME, false);
    }

    /** Whether the CTO works part of the week (fractional) or for a limited time (interim). */
    public boolean partTime() {
        return engagement != Engagement.FULL_TIME;
    }
}
