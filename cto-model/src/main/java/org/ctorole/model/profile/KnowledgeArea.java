package org.ctorole.model.profile;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An area of knowledge and the people who can work on it unaided.
 *
 * <pre>{@code new KnowledgeArea("payments", true, List.of("ana"))}</pre>
 *
 * @param area     unique area id
 * @param critical whether losing the area would hurt the business (required)
 * @param experts  ids of the people who can work on it unaided (required; may be empty)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record KnowledgeArea(String area, Boolean critical, List<String> experts) {
    public KnowledgeArea {
        experts = experts == null ? null : Copies.list(experts);
    }

    /** Whether the area is critical; false when not given (validation reports it missing). */
    public boolean isCritical() {
        return Boolean.TRUE.equals(critical);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code KnowledgeArea.builder("payments").critical(true).experts("ana", "ben").build()}</pre>
     */
    public static Builder builder(String area) {
        return new Builder(area);
    }

    /** Builds a {@link KnowledgeArea} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String area;
        private Boolean critical;
        private List<String> experts = List.of();

        private Builder(String area) {
            this.area = area;
        }

        /** Whether losing the area would hurt the business; {@code null}: not given. */
        public Builder critical(Boolean value) {
            critical = value;
            return this;
        }

        /** Ids of the people who can work on it unaided. */
        public Builder experts(List<String> value) {
            experts = value;
            return this;
        }

        /** Ids of the people who can work on it unaided. */
        public Builder experts(String... values) {
            experts = List.of(values);
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public KnowledgeArea build() {
            return new KnowledgeArea(area, critical, experts);
        }
    }
}
