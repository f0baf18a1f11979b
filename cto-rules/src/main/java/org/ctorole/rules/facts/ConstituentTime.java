package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;

/** The share of the CTO's time a constituent gets, one fact per constituent. */
@API(status = API.Status.STABLE, since = "0.1")
public record ConstituentTime(String personId, Constituent constituent, double percent) {
}
