package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * The stage of an initiative at which technology leadership joined it
 * ("Building tech leaders who think like CEOs", "The strategic exclusion issue").
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum StrategyStage {
    FORMULATION,
    REVIEW,
    FEASIBILITY,
    IMPLEMENTATION,
    NEVER
}
