package org.ctorole.rules.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;

/** A waiver; {@code daysPastExpiry} is positive when it expired before assessedOn. */
@API(status = API.Status.STABLE, since = "0.1")
public record WaiverFact(String ruleId, String subject, String key, String reason, LocalDate expires,
                         long daysPastExpiry) {
}
