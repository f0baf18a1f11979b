package org.ctorole.rules.facts;

/**
 * Derived by the rule pack: how many experts an area has, and the one expert when there is
 * exactly one (else null). Several knowledge rules read it.
 */
public record AreaCoverage(String area, boolean critical, int experts, String soleExpert) {
}
