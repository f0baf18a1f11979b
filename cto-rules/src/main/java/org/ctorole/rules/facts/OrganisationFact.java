package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.TechnologyFunding;

/**
 * The organisation: subject of organisation-wide findings. Values the profile does not give are
 * null (not judged).
 *
 * @param stage             its growth stage, or null
 * @param regulated         true only when the profile says a regulator expects a named technology leader
 * @param technologyFunding how technology work is funded, or null
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OrganisationFact(String id, LocalDate assessedOn, Stage stage, boolean regulated,
                               TechnologyFunding technologyFunding) {

    /** The organisation with nothing known but its id and date. */
    public OrganisationFact(String id, LocalDate assessedOn) {
        this(id, assessedOn, null, false, null);
    }
}
