package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/**
 * A knowledge area. Its expert count is in {@link AreaCoverage}; sessions of custom rules also
 * get one {@link Expertise} fact per expert.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record KnowledgeFact(String area, boolean critical) {
}
