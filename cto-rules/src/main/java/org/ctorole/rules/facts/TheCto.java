package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/** "The CTO" as DESIGN.md resolves it; absent when nobody holds the role. */
@API(status = API.Status.STABLE, since = "0.1")
public record TheCto(String personId, String reportsTo) {
}
