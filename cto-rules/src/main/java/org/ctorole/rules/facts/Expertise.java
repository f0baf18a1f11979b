package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/**
 * One person being an expert of one area. Inserted for custom rules only: the built-in pack
 * reads the counts of {@link AreaCoverage}, which saves a fact per expert.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Expertise(String area, String personId) {
}
