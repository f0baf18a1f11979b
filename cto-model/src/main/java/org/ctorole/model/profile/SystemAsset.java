package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A system the organisation runs ({@code systems[]} in a profile).
 *
 * <pre>{@code SystemAsset.builder("orders-db").holdsData(true).critical(true).build() // no backup}</pre>
 *
 * @param id        unique system id
 * @param holdsData whether it holds data (required)
 * @param critical  whether it is critical (required)
 * @param backup    its backup; empty = no backup at all
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SystemAsset(String id, Boolean holdsData, Boolean critical, Optional<Backup> backup) {
    public SystemAsset {
        backup = Copies.optional(backup);
    }

    public boolean isCritical() {
        return Boolean.TRUE.equals(critical);
    }

    public boolean isHoldingData() {
        return Boolean.TRUE.equals(holdsData);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code SystemAsset.builder("orders-db").holdsData(true).critical(true).build() // no backup}</pre>
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link SystemAsset} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private Boolean holdsData;
        private Boolean critical;
        private Backup backup;

        private Builder(String id) {
            this.id = id;
        }

        /** Whether it holds data; {@code null}: not given. */
        public Builder holdsData(Boolean value) {
            holdsData = value;
            return this;
        }

        /** Whether it is critical; {@code null}: not given. */
        public Builder critical(Boolean value) {
            critical = value;
            return this;
        }

        /** Its backup; {@code null}: not given. */
        public Builder backup(Backup value) {
            backup = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public SystemAsset build() {
            return new SystemAsset(id, holdsData, critical, Optional.ofNullable(backup));
        }
    }
}
