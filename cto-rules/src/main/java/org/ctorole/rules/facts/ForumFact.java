package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.profile.ForumKind;

/**
 * A forum, optional fields flattened: {@code minutesGiven} false means technologyMinutes is not
 * judged; {@code highLevelOnly} is true only when the profile says HIGH_LEVEL_ONLY.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ForumFact(String id, ForumKind kind, boolean leadership, boolean marketSensing, boolean ctoAttends,
                        boolean minutesGiven, int technologyMinutes, boolean highLevelOnly,
                        boolean architectureDiscussionsCut) {
}
