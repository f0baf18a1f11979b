package org.ctorole.rules.facts;

/** A knowledge area; its experts are separate {@link Expertise} facts. */
public record KnowledgeFact(String area, boolean critical) {
}
