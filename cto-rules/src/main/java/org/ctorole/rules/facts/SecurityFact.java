package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/** Security gaps the profile states explicitly; an omitted flag is not a gap (not judged). */
@API(status = API.Status.STABLE, since = "0.1")
public record SecurityFact(boolean lacksIncidentResponsePlan, boolean lacksCredentialRotation,
                           boolean lacksDataAccessMonitoring) {
}
