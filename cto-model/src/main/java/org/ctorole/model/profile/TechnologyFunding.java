package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * How money for technology work is decided ("Building tech leaders who think like CEOs", pillar
 * two: investment by value, in step with iterative development).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum TechnologyFunding {
    /** A budget fixed once a year, spent on what was planned then. */
    ANNUAL_BUDGET,
    /** Each project approved on its cost and scope, and judged by delivering them. */
    PER_PROJECT,
    /** Funding follows the business value shown, reviewed at every iteration. */
    VALUE_PER_ITERATION
}
