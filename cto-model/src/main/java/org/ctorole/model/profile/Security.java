package org.ctorole.model.profile;

import java.util.Optional;

/**
 * Security processes (seed 000, "What are some of the key issues"). An omitted flag is not judged.
 *
 * <pre>{@code new Security(Optional.of(true), Optional.of(false), Optional.of(false))}</pre>
 */
public record Security(Optional<Boolean> incidentResponsePlan, Optional<Boolean> credentialRotationProcess,
                       Optional<Boolean> dataAccessMonitoring) {
    public Security {
        incidentResponsePlan = Copies.optional(incidentResponsePlan);
        credentialRotationProcess = Copies.optional(credentialRotationProcess);
        dataAccessMonitoring = Copies.optional(dataAccessMonitoring);
    }
}
