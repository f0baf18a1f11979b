package org.ctorole.rules.facts;

/**
 * How many experts an area has, and the one expert when there is exactly one (else null).
 * Counted once per area when the facts are built, and read by the knowledge rules.
 */
public record AreaCoverage(String area, boolean critical, int experts, String soleExpert) {
}
