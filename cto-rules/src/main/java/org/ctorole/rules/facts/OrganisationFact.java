package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;

/** The organisation: subject of organisation-wide findings. */
@API(status = API.Status.STABLE, since = "0.1")
public record OrganisationFact(String id, LocalDate assessedOn) {
}
