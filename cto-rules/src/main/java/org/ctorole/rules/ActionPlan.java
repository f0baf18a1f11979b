package org.ctorole.rules;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.TimelineStage;

/**
 * Findings turned into steps along the integration timeline ("Building tech leaders who think like
 * CEOs"): resilience first (backups, knowledge, deputies, security, suppliers, lapsed waivers), the
 * mapping of where technology takes part (WEEK_1), then strategic co-creation and information
 * alignment (MONTH_1), outcome accountability (MONTH_2), translation (MONTH_3), and the MONTH_6
 * review of integration velocity. Waived findings are left out; empty steps are omitted, except
 * the MONTH_6 review, which always closes the plan.
 *
 * <pre>{@code assessment.actionPlan().steps().forEach(s -> System.out.println(s.stage() + " " + s.title()));}</pre>
 *
 * @param steps the steps in the order to take them
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ActionPlan(List<ActionStep> steps) {

    public ActionPlan {
        steps = List.copyOf(steps);
    }

    /** The plan for these findings (already in the assessment's deterministic order). */
    public static ActionPlan of(List<Finding> findings) {
        List<ActionStep> steps = new ArrayList<>();
        add(steps, findings, TimelineStage.WEEK_1, "Close resilience gaps",
                List.of("Cover every critical system, area and role before anything else."),
                "No single loss (a person, a disk, a credential) can stop the business",
                Track.RESILIENCE, Track.GOVERNANCE);
        add(steps, findings, TimelineStage.WEEK_1, "Map where technology takes part",
                TimelineStage.WEEK_1.actions(), TimelineStage.WEEK_1.expectedOutcome(), Track.INTEGRATION_MAPPING);
        add(steps, findings, TimelineStage.MONTH_1, "Bring technology into strategy making",
                TimelineStage.MONTH_1.actions(), TimelineStage.MONTH_1.expectedOutcome(), Track.STRATEGIC_CO_CREATION);
        add(steps, findings, TimelineStage.MONTH_1, "Align the information technology leadership sees",
                List.of("Share market and competitive information with technology leadership."),
                TimelineStage.MONTH_1.expectedOutcome(), Track.INFORMATION_ALIGNMENT);
        add(steps, findings, TimelineStage.MONTH_2, "Hold technology leadership to outcomes",
                TimelineStage.MONTH_2.actions(), TimelineStage.MONTH_2.expectedOutcome(),
                Track.OUTCOME_ACCOUNTABILITY);
        add(steps, findings, TimelineStage.MONTH_3, "Build translation skills both ways",
                TimelineStage.MONTH_3.actions(), TimelineStage.MONTH_3.expectedOutcome(),
                Track.TRANSLATION_EXCELLENCE);
        steps.add(new ActionStep(TimelineStage.MONTH_6, Track.GOVERNANCE, "Review integration velocity",
                concat(TimelineStage.MONTH_6.actions(), "Re-assess the profile and compare with this assessment."),
                List.of(), TimelineStage.MONTH_6.expectedOutcome()));
        return new ActionPlan(steps);
    }

    private static void add(List<ActionStep> steps, List<Finding> findings, TimelineStage stage, String title,
                            List<String> stageActions, String outcome, Track... tracks) {
        List<Finding> addressed = findings.stream().filter(f -> !f.waived() && List.of(tracks).contains(f.track()))
                .toList();
        if (addressed.isEmpty()) {
            return;
        }
        steps.add(new ActionStep(stage, tracks[0], title, stageActions, addressed.stream().map(Finding::key).toList(),
                outcome));
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
