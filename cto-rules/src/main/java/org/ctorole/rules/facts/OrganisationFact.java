package org.ctorole.rules.facts;

import java.time.LocalDate;

/** The organisation: subject of organisation-wide findings. */
public record OrganisationFact(String id, LocalDate assessedOn) {
}
