package org.ctorole.rules.facts;

/**
 * A knowledge area. Its expert count is in {@link AreaCoverage}; sessions of custom rules also
 * get one {@link Expertise} fact per expert.
 */
public record KnowledgeFact(String area, boolean critical) {
}
