package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;

/**
 * What the CTO spends working time on: the five constituents ("What is a the mission of a CTO" §4),
 * plus delivery work ("the weeds"), learning and thinking time, and the running of the company's own
 * IT, which is a CIO's work once there is one ("What is a Chief Technology Officer?", "What's Around
 * The Corner?").
 *
 * <pre>{@code Activity.SALES.constituent() // Optional[SALES]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Activity {
    CEO_STRATEGY(Constituent.CEO_STRATEGY),
    ENGINEERING_PRODUCT(Constituent.ENGINEERING_PRODUCT),
    SALES(Constituent.SALES),
    BUSINESS_DEVELOPMENT(Constituent.BUSINESS_DEVELOPMENT),
    MARKETING(Constituent.MARKETING),
    HANDS_ON_DELIVERY(null),
    LEARNING_AND_THINKING(null),
    /** The company's own IT: laptops, accounts, office systems, internal tools. */
    INTERNAL_IT(null);

    private final Constituent constituent;

    Activity(Constituent constituent) {
        this.constituent = constituent;
    }

    /** The constituent this activity serves, if it serves one. */
    public Optional<Constituent> constituent() {
        return Optional.ofNullable(constituent);
    }

    /** The activity that serves a constituent. */
    public static Activity of(Constituent constituent) {
        for (Activity a : values()) {
            if (a.constituent == constituent) {
                return a;
            }
        }
        throw new IllegalArgumentException("no activity serves " + constituent);
    }
}
