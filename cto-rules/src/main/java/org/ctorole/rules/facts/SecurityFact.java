package org.ctorole.rules.facts;

/** Security gaps the profile states explicitly; an omitted flag is not a gap (not judged). */
public record SecurityFact(boolean lacksIncidentResponsePlan, boolean lacksCredentialRotation,
                           boolean lacksDataAccessMonitoring) {
}
