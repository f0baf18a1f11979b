package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A system the organisation runs ({@code systems[]} in a profile).
 *
 * <pre>{@code new SystemAsset("orders-db", true, true, Optional.empty()) // holds data, no backup}</pre>
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
}
