package org.ctorole.model.profile;

/** What the CTO is held accountable for (seed 004, pillar two). */
public enum Accountability {
    DELIVERABLES,
    SCHEDULE,
    BUSINESS_OUTCOMES,
    TECHNICAL_METRICS
}
