package org.ctorole.rules;

import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.TimelineStage;

/**
 * One step of the action plan: when, what, which findings it addresses and what should follow.
 *
 * @param stage           when on the seed 004 timeline
 * @param track           the track it works on
 * @param title           a short name
 * @param actions         what to do at this stage, besides acting on each finding's own recommendation
 * @param findings        keys of the findings it addresses, most severe first; each finding's
 *                        recommendation says what to do about it
 * @param expectedOutcome what the organisation should see afterwards
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActionStep(TimelineStage stage, Track track, String title, List<String> actions, List<String> findings,
                         String expectedOutcome) {
    public ActionStep {
        actions = List.copyOf(actions);
        findings = List.copyOf(findings);
    }
}
