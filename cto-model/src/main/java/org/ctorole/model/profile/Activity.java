package org.ctorole.model.profile;

import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;

/**
 * What the CTO spends working time on: the five constituents of seed 001 §4, plus delivery
 * work ("the weeds") and learning/thinking time (seed 000, "What's around the corner").
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
    LEARNING_AND_THINKING(null);

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
