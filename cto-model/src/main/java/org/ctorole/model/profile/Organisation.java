package org.ctorole.model.profile;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The organisation assessed. {@code assessedOn} is "today" for every age check: no rule reads
 * the wall clock, so an assessment can be repeated and compared.
 *
 * <pre>{@code new Organisation("northwind", "Northwind Retail", Stage.SCALEUP, 180, LocalDate.of(2026, 11, 1))}</pre>
 *
 * @param id         stable identifier, used as the subject of organisation-wide findings
 * @param name       display name (optional)
 * @param stage      growth stage (optional)
 * @param headcount  number of employees (optional)
 * @param assessedOn the reference date of the assessment (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Organisation(String id, String name, Stage stage, Integer headcount, LocalDate assessedOn) {

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

        /** The record; not validated (the profile validates it with everything else). */
        public Organisation build() {
            return new Organisation(id, name, stage, headcount, assessedOn);
        }
    }
}
