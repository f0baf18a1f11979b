package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A recurring forum: how much room it gives technology.
 *
 * <pre>{@code Forum.builder("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW).ctoAttends(false).build()}</pre>
 *
 * @param id                         unique forum id
 * @param kind                       kind of forum (required)
 * @param ctoAttends                 whether the CTO attends (required)
 * @param technologyMinutes          minutes given to technology; empty = not judged
 * @param technicalDepth             how deep technology may go; empty = not judged
 * @param architectureDiscussionsCut whether architecture discussions are cut short (default false)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Forum(String id, ForumKind kind, Boolean ctoAttends, Optional<Integer> technologyMinutes,
                    Optional<TechnicalDepth> technicalDepth, boolean architectureDiscussionsCut) {
    public Forum {
        technologyMinutes = Copies.optional(technologyMinutes);
        technicalDepth = Copies.optional(technicalDepth);
    }

    public boolean isAttendedByCto() {
        return Boolean.TRUE.equals(ctoAttends);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code
     * Forum.builder("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW).ctoAttends(false).technologyMinutes(20).build();
     * }</pre>
     */
    public static Builder builder(String id, ForumKind kind) {
        return new Builder(id, kind);
    }

    /** Builds a {@link Forum} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private final ForumKind kind;
        private Boolean ctoAttends;
        private Integer technologyMinutes;
        private TechnicalDepth technicalDepth;
        private boolean architectureDiscussionsCut = false;

        private Builder(String id, ForumKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /** Whether the CTO attends; {@code null}: not given. */
        public Builder ctoAttends(Boolean value) {
            ctoAttends = value;
            return this;
        }

        /** Minutes given to technology; {@code null}: not given. */
        public Builder technologyMinutes(Integer value) {
            technologyMinutes = value;
            return this;
        }

        /** How deep technology may go; {@code null}: not given. */
        public Builder technicalDepth(TechnicalDepth value) {
            technicalDepth = value;
            return this;
        }

        /** Whether architecture discussions are cut short. */
        public Builder architectureDiscussionsCut(boolean value) {
            architectureDiscussionsCut = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Forum build() {
            return new Forum(id, kind, ctoAttends, Optional.ofNullable(technologyMinutes),
                    Optional.ofNullable(technicalDepth), architectureDiscussionsCut);
        }
    }
}
