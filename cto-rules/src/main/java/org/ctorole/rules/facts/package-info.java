/**
 * The flat facts the rule pack reasons over, public so that custom DRL files can use them.
 * Nested lists of the profile are flattened into facts of their own (one {@link
 * org.ctorole.rules.facts.Expertise} per area and expert) so that rules join by field equality,
 * which Drools indexes, instead of {@code contains}, which it cannot index (joins would grow
 * quadratically).
 * Dates are turned into ages in days relative to {@code assessedOn}. Custom rules get every fact;
 * the built-in pack's session gets only those it reads (see {@code FactBuilder}). Rules only insert
 * {@link org.ctorole.rules.facts.Detection}s (and derived facts); none modifies a fact.
 */
package org.ctorole.rules.facts;
