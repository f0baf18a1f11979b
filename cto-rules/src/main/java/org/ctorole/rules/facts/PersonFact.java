package org.ctorole.rules.facts;

/**
 * A person, with the roles the rules ask about flattened to flags. Custom rules see every
 * person; the built-in pack, which only judges leaders, sees the leaders.
 *
 * @param reportsTo manager id, or null
 * @param deputy    deputy id, or null
 */
public record PersonFact(String id, boolean leader, boolean cto, boolean ceo, String reportsTo, String deputy) {
}
