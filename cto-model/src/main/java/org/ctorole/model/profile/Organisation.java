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

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code
     * Organisation.builder("acme", LocalDate.of(2026, 11, 1)).name("Acme Labs").stage(Stage.STARTUP).build();
     * }</pre>
     */
    public static Builder builder(String id, LocalDate assessedOn) {
        return new Builder(id, assessedOn);
    }

    /** Builds a {@link Organisation} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private final LocalDate assessedOn;
        private String name;
        private Stage stage;
        private Integer headcount;
        private Boolean regulated;
        private TechnologyFunding technologyFunding;
        private Cadence decisionRightsReview;

        private Builder(String id, LocalDate assessedOn) {
            this.id = id;
            this.assessedOn = assessedOn;
        }

        /** Display name; {@code null}: not given. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** Growth stage; {@code null}: not given. */
        public Builder stage(Stage value) {
            stage = value;
            return this;
        }

        /** Number of employees; {@code null}: not given. */
        public Builder headcount(Integer value) {
            headcount = value;
            return this;
        }

        /** Whether a regulator expects a named, accountable technology leader; {@code null}: not given. */
        public Builder regulated(Boolean value) {
            regulated = value;
            return this;
        }

        /** How money for technology work is decided; {@code null}: not given. */
        public Builder technologyFunding(TechnologyFunding value) {
            technologyFunding = value;
            return this;
        }

        /** How often decision rights are mapped; {@code null}: not given. */
        public Builder decisionRightsReview(Cadence value) {
            decisionRightsReview = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Organisation build() {
            return new Organisation(id, name, stage, headcount, assessedOn, regulated, technologyFunding,
                    decisionRightsReview);
        }
    }
}
