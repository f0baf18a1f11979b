package org.ctorole.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Waiver;

/**
 * One anti-pattern found in a profile, with the facts that made it fire and what to do about it.
 * Findings are keyed by {@code (ruleId, subject)}: an assessment holds at most one per key.
 *
 * <pre>{@code
 * Finding f = assessment.finding("single-point-of-knowledge", "payments").orElseThrow();
 * f.evidence().get("expert"); // "ana"
 * }</pre>
 *
 * @param ruleId         stable kebab-case id of the rule
 * @param severity       how urgent it is
 * @param subject        the id of what it is about (person, area, system, ... or the organisation)
 * @param message        what was found, naming the facts; never empty
 * @param evidence       the values that made the rule fire, in a stable order
 * @param harms          the responsibility areas it harms
 * @param track          where it belongs in the action plan
 * @param recommendation what to do about it
 * @param source         the seed article and section the rule comes from
 * @param waiver         the waiver that accepts it, if one does (and has not expired)
 */
public record Finding(String ruleId, Severity severity, String subject, String message, Map<String, Object> evidence,
                      List<ResponsibilityArea> harms, Track track, String recommendation, Source source,
                      Optional<Waiver> waiver) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message: " + ruleId + ":" + subject);
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
        harms = List.copyOf(harms == null ? List.of() : harms);
        Objects.requireNonNull(track, "track");
        recommendation = recommendation == null ? "" : recommendation;
        waiver = waiver == null ? Optional.empty() : waiver;
    }

    /** {@code ruleId:subject}, the stable key used by waivers and baselines. */
    public String key() {
        return ruleId + ":" + subject;
    }

    /** Whether a (non-expired) waiver accepts this finding. */
    public boolean waived() {
        return waiver.isPresent();
    }

    /** This finding accepted by the waiver. */
    public Finding waivedBy(Waiver by) {
        return new Finding(ruleId, severity, subject, message, evidence, harms, track, recommendation, source,
                Optional.of(by));
    }
}
