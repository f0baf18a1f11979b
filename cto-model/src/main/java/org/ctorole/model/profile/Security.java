package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Security processes (seed 000, "What are some of the key issues"). An omitted flag is not judged.
 *
 * <pre>{@code Security.builder().incidentResponsePlan(true).credentialRotationProcess(false).build()}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Security(Optional<Boolean> incidentResponsePlan, Optional<Boolean> credentialRotationProcess,
                       Optional<Boolean> dataAccessMonitoring) {
    public Security {
        incidentResponsePlan = Copies.optional(incidentResponsePlan);
        credentialRotationProcess = Copies.optional(credentialRotationProcess);
        dataAccessMonitoring = Copies.optional(dataAccessMonitoring);
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

        /** The record; not validated (the profile validates it with everything else). */
        public Security build() {
            return new Security(Optional.ofNullable(incidentResponsePlan),
                    Optional.ofNullable(credentialRotationProcess), Optional.ofNullable(dataAccessMonitoring));
        }
    }
}
