package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * A strategic initiative and the stage at which technology leadership joined it.
 *
 * <pre>{@code new StrategyInitiative("cloud-cost", "Cloud cost programme", StrategyStage.FORMULATION)}</pre>
 *
 * @param id          unique initiative id
 * @param name        display name (optional)
 * @param ctoJoinedAt when the CTO joined (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record StrategyInitiative(String id, String name, StrategyStage ctoJoinedAt) {
}
