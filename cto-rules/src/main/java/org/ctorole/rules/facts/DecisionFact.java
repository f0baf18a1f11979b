package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.profile.DecisionKind;

/**
 * A recent technology or product decision from {@code cto.decisions}.
 *
 * @param ctoInvolved              whether the CTO took part before it was settled
 * @param customerValidationGiven  whether the profile says if it was checked with customers
 * @param customerValidated        that answer (false when not given)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record DecisionFact(String id, String name, DecisionKind kind, boolean ctoInvolved,
                           boolean customerValidationGiven, boolean customerValidated) {
}
