package org.ctorole.rules.facts;

/**
 * One person being an expert of one area. Inserted for custom rules only: the built-in pack
 * reads the counts of {@link AreaCoverage}, which saves a fact per expert.
 */
public record Expertise(String area, String personId) {
}
