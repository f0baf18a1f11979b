package org.ctorole.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.TimelineStage;

/**
 * One step of the action plan: what to do, who owns it, by when, which findings it closes and
 * what should follow.
 *
 * @param stage           when on the integration timeline
 * @param track           the track it works on
 * @param action          what to do, specific to the condition that was found
 * @param owner           who owns it
 * @param due             when it should be done, counted from the assessment date
 * @param findings        keys ({@code ruleId:subject}) of the findings it closes; none for the
 *                        timeline's own steps
 * @param expectedOutcome what the organisation should see once it is done
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActionStep(TimelineStage stage, Track track, String action, Owner owner, LocalDate due,
                         List<String> findings, String expectedOutcome) {
    public ActionStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        findings = List.copyOf(findings);
        Objects.requireNonNull(expectedOutcome, "expectedOutcome");
    }
}
