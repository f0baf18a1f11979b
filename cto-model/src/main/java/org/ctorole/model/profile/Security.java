package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Security processes (seed 000, "What are some of the key issues"). An omitted flag is not judged.
 *
 * <pre>{@code new Security(Optional.of(true), Optional.of(false), Optional.of(false))}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Security(Optional<Boolean> incidentResponsePlan, Optional<Boolean> credentialRotationProcess,
                       Optional<Boolean> dataAccessMonitoring) {
    public Security {
        incidentResponsePlan = Copies.optional(incidentResponsePlan);
        credentialRotationProcess = Copies.optional(credentialRotationProcess);
        dataAccessMonitoring = Copies.optional(dataAccessMonitoring);
    }
}
