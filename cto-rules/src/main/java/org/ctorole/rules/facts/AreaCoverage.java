package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/**
 * How many experts an area has, and the one expert when there is exactly one (else null).
 * Counted once per area when the facts are built, and read by the knowledge rules.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AreaCoverage(String area, boolean critical, int experts, String soleExpert) {
}
