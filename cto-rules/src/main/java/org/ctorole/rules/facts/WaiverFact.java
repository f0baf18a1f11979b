package org.ctorole.rules.facts;

import java.time.LocalDate;

/** A waiver; {@code daysPastExpiry} is positive when it expired before assessedOn. */
public record WaiverFact(String ruleId, String subject, String key, String reason, LocalDate expires,
                         long daysPastExpiry) {
}
