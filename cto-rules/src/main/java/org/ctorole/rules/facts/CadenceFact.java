package org.ctorole.rules.facts;

import org.apiguardian.api.API;
import org.ctorole.model.profile.Cadence;

/**
 * How often something the profile names recurs, present only when the profile gives it: the CTO's
 * one-to-ones with the CEO ({@code cto.ceoMeetings}), the CTO's business briefings to the
 * technology teams ({@code cto.businessBriefings}), translation sessions ({@code
 * cto.translationSessions}), security awareness training ({@code security.awarenessTraining}),
 * reviews of decision rights ({@code organisation.decisionRightsReview}).
 *
 * <pre>{@code CadenceFact(field == "cto.ceoMeetings", intervalDays > $p.ceoMeetingMaxIntervalDays)}</pre>
 *
 * @param field        the profile field it comes from
 * @param cadence      how often
 * @param intervalDays days between occurrences; 0 when it never happens or has no schedule
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record CadenceFact(String field, Cadence cadence, int intervalDays) {

    /** The fact of a field's cadence. */
    public static CadenceFact of(String field, Cadence cadence) {
        return new CadenceFact(field, cadence, cadence.intervalDays().orElse(0));
    }

    /** Whether it recurs on a schedule. */
    public boolean regular() {
        return intervalDays > 0;
    }
}
