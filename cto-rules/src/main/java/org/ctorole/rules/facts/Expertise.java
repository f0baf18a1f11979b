package org.ctorole.rules.facts;

/** One person being an expert of one area. */
public record Expertise(String area, String personId) {
}
