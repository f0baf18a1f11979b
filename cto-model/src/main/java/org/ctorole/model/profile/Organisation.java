package org.ctorole.model.profile;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The organisation assessed. {@code assessedOn} is "today" for every age check: no rule reads
 * the wall clock, so an assessment can be repeated and compared. Its stage chooses the thresholds
 * it is judged by.
 *
 * <pre>{@code new Organisation("northwind", "Northwind Retail", Stage.SCALEUP, 180, LocalDate.of(2026, 11, 1))}</pre>
 *
 * @param id                   stable identifier, used as the subject of organisation-wide findings
 * @param name                 display name (optional)
 * @param stage                growth stage (optional; without it the default thresholds apply)
 * @param headcount            number of employees (optional)
 * @param assessedOn           the reference date of the assessment (required)
 * @param regulated            whether a regulator expects a named, accountable technology leader
 *                             (optional; null = not judged)
 * @param technologyFunding    how money for technology work is decided (optional)
 * @param decisionRightsReview how often the organisation maps where technology leadership takes
 *                             part in strategy and who holds which decisions (optional)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Organisation(String id, String name, Stage stage, Integer headcount, LocalDate assessedOn,
                           Boolean regulated, TechnologyFunding technologyFunding, Cadence decisionRightsReview) {

    /** An organisation that says nothing about regulation, funding or decision rights. */
    public Organisation(String id, String name, Stage stage, Integer headcount, LocalDate assessedOn) {
        this(id, name, stage, headcount, assessedOn, null, null, null);
    }

    public Organisation withRegulated(Boolean value) {
        return new Organisation(id, name, stage, headcount, assessedOn, value, technologyFunding, decisionRightsReview);
    }

    public Organisation withTechnologyFunding(TechnologyFunding value) {
        return new Organisation(id, name, stage, headcount, assessedOn, regulated, value, decisionRightsReview);
    }

    public Organisation withDecisionRightsReview(Cadence value) {
        return new Organisation(id, name, stage, headcount, assessedOn, regulated, technologyFunding, value);
    }

    public Organisation withStage(Stage value) {
        return new Organisation(id, name, value, headcount, assessedOn, regulated, technologyFunding,
                decisionRightsReview);
    }
}
