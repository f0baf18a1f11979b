package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Security processes ("What is a Chief Technology Officer?", "What are some of the key issues that
 * cross a Chief Technology Officer's radar?"). An omitted value is not judged.
 *
 * <pre>{@code Security.builder().incidentResponsePlan(true).credentialRotationProcess(false).build()}</pre>
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

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code Security.builder().incidentResponsePlan(true).credentialRotationProcess(false).build()}</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Security} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private Boolean incidentResponsePlan;
        private Boolean credentialRotationProcess;
        private Boolean dataAccessMonitoring;
        private Cadence awarenessTraining;

        private Builder() {
        }

        /** Whether there is an incident response plan; {@code null}: not given. */
        public Builder incidentResponsePlan(Boolean value) {
            incidentResponsePlan = value;
            return this;
        }

        /** Whether credentials can be rotated; {@code null}: not given. */
        public Builder credentialRotationProcess(Boolean value) {
            credentialRotationProcess = value;
            return this;
        }

        /** Whether access to data is monitored; {@code null}: not given. */
        public Builder dataAccessMonitoring(Boolean value) {
            dataAccessMonitoring = value;
            return this;
        }

        /** How often staff are trained against phishing and other social engineering; {@code null}: not given. */
        public Builder awarenessTraining(Cadence value) {
            awarenessTraining = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Security build() {
            return new Security(Optional.ofNullable(incidentResponsePlan),
                    Optional.ofNullable(credentialRotationProcess), Optional.ofNullable(dataAccessMonitoring),
                    Optional.ofNullable(awarenessTraining));
        }
    }
}
