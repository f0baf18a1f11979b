package org.ctorole.model.profile;

/** The stage of an initiative at which technology leadership joined it (seed 004). */
public enum StrategyStage {
    FORMULATION,
    REVIEW,
    FEASIBILITY,
    IMPLEMENTATION,
    NEVER
}
