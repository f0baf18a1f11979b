package org.ctorole.rules.facts;

/** "The CTO" as DESIGN.md resolves it; absent when nobody holds the role. */
public record TheCto(String personId, String reportsTo) {
}
