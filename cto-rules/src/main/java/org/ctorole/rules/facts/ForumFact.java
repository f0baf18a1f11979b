package org.ctorole.rules.facts;

import org.ctorole.model.profile.ForumKind;

/**
 * A forum, optional fields flattened: {@code minutesGiven} false means technologyMinutes is not
 * judged; {@code highLevelOnly} is true only when the profile says HIGH_LEVEL_ONLY.
 */
public record ForumFact(String id, ForumKind kind, boolean leadership, boolean marketSensing, boolean ctoAttends,
                        boolean minutesGiven, int technologyMinutes, boolean highLevelOnly,
                        boolean architectureDiscussionsCut) {
}
