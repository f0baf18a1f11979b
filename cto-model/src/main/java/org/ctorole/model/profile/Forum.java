package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A recurring forum: how much room it gives technology.
 *
 * <pre>{@code new Forum("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW, false, Optional.empty(), Optional.empty(), false)}</pre>
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
}
