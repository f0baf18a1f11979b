package org.ctorole.model.profile;

import org.apiguardian.api.API;

/** The stage of an initiative at which technology leadership joined it (seed 004). */
@API(status = API.Status.STABLE, since = "0.1")
public enum StrategyStage {
    FORMULATION,
    REVIEW,
    FEASIBILITY,
    IMPLEMENTATION,
    NEVER
}
