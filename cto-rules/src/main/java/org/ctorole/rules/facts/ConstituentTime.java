package org.ctorole.rules.facts;

import org.ctorole.model.catalogue.Constituent;

/** The share of the CTO's time a constituent gets, one fact per constituent. */
public record ConstituentTime(String personId, Constituent constituent, double percent) {
}
