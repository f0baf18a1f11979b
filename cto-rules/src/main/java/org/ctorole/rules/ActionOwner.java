package org.ctorole.rules;

import org.apiguardian.api.API;

/**
 * Who acts on a rule's findings in the action plan, as a rule's {@code @owner} metadata names it;
 * the plan resolves it to a person of the profile.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ActionOwner {
    /** The chief executive: strategy, forums, how technology leadership is measured and informed. */
    CEO,
    /** The technology leader: systems, knowledge, security, suppliers, their own working pattern. */
    CTO,
    /** The person the finding is about (a leader without a deputy names their own). */
    SUBJECT;

    /** The owner a rule of this track has when its metadata names none. */
    public static ActionOwner defaultFor(Track track) {
        return switch (track) {
            case STRATEGIC_CO_CREATION, OUTCOME_ACCOUNTABILITY, INFORMATION_ALIGNMENT -> CEO;
            default -> CTO;
        };
    }
}
