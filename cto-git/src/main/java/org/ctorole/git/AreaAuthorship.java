package org.ctorole.git;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The truck factor and the authors of one knowledge area.
 *
 * <pre>{@code area.truckFactor().value(); area.truckFactor().authors();}</pre>
 *
 * @param area        the area's name
 * @param truckFactor the greedy truck factor over the area's files, with its authors
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AreaAuthorship(String area, TruckFactorEstimate truckFactor) {
    public AreaAuthorship {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(truckFactor, "truckFactor");
    }

    /** The number of counted files in the area. */
    public int files() {
        return truckFactor.files();
    }
}
