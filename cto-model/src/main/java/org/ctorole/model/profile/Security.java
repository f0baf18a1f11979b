package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Security processes ("What is a Chief Technology Officer?", "What are some of the key issues that
 * cross a Chief Technology Officer's radar?"). An omitted value is not judged.
 *
 * <pre>{@code new Security(Optional.of(true), Optional.of(false), Optional.of(false), Optional.of(Cadence.YEARLY))}</pre>
 *
 * @param incidentResponsePlan      whether there is a plan for responding to a breach
 * @param credentialRotationProcess whether credentials and API keys can be rotated quickly
 * @param dataAccessMonitoring      whether access to data is tracked, with automatic stops
 * @param awarenessTraining         how often staff are trained to recognise phishing and other
 *                                  social engineering
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Security(Optional<Boolean> incidentResponsePlan, Optional<Boolean> credentialRotationProcess,
                       Optional<Boolean> dataAccessMonitoring, Optional<Cadence> awarenessTraining) {
    public Security {
        incidentResponsePlan = Copies.optional(incidentResponsePlan);
        credentialRotationProcess = Copies.optional(credentialRotationProcess);
        dataAccessMonitoring = Copies.optional(dataAccessMonitoring);
        awarenessTraining = Copies.optional(awarenessTraining);
    }

    /** The three processes, saying nothing about awareness training. */
    public Security(Optional<Boolean> incidentResponsePlan, Optional<Boolean> credentialRotationProcess,
                    Optional<Boolean> dataAccessMonitoring) {
        this(incidentResponsePlan, credentialRotationProcess, dataAccessMonitoring, Optional.empty());
    }

    public Security withAwarenessTraining(Cadence cadence) {
        return new Security(incidentResponsePlan, credentialRotationProcess, dataAccessMonitoring,
                Optional.ofNullable(cadence));
    }
}
