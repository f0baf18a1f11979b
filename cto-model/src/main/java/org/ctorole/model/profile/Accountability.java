package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * What the CTO is held accountable for
 * ("Building tech leaders who think like CEOs", pillar two).
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Accountability {
    DELIVERABLES,
    SCHEDULE,
    BUSINESS_OUTCOMES,
    TECHNICAL_METRICS
}
