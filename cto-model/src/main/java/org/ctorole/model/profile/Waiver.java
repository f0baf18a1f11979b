package org.ctorole.model.profile;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * An accepted finding: reported as waived until it expires.
 *
 * <pre>{@code new Waiver("distant-from-ceo", "maya", "Board decision", LocalDate.of(2027, 6, 30))}</pre>
 *
 * @param ruleId  the rule whose finding is waived
 * @param subject the subject of the finding
 * @param reason  why it is accepted (required)
 * @param expires when the waiver lapses (required)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Waiver(String ruleId, String subject, String reason, LocalDate expires) {
    /** The key of the finding this waiver names: {@code ruleId:subject}. */
    public String key() {
        return ruleId + ":" + subject;
    }
}
