package org.ctorole.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Waiver;

/**
 * One anti-pattern found in a profile, with the typed facts that made it fire and what to do
 * about it. Findings are keyed by {@code (ruleId, subject id)}: an assessment holds at most one
 * per key. Message and recommendation are worded from the rule's metadata and the evidence, in
 * the reader's terms (people by name, catalogue titles, dates and units).
 *
 * <pre>{@code
 * Finding f = assessment.finding("single-point-of-knowledge", "payments").orElseThrow();
 * f.evidence("expert").orElseThrow().value(); // "ana"
 * f.message();                                // "... has a single expert, Ana Silva"
 * }</pre>
 *
 * @param ruleId         stable kebab-case id of the rule
 * @param severity       how urgent it is
 * @param subject        what it is about
 * @param conditions     the rule's conditions that fired (DRL rule names), in the rule's order
 * @param message        what was found, in words; never empty
 * @param evidence       the values that made the rule fire, then the thresholds it was judged by
 * @param harms          the responsibility areas it harms
 * @param track          where it belongs in the action plan
 * @param recommendation what to do about it
 * @param sources        the works the rule draws on
 * @param waiver         the waiver that accepts it, if one does (and has not expired)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Finding(String ruleId, Severity severity, Subject subject, List<String> conditions, String message,
                      List<Evidence> evidence, List<ResponsibilityArea> harms, Track track, String recommendation,
                      List<Source> sources, Optional<Waiver> waiver) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        conditions = List.copyOf(conditions == null ? List.of(ruleId) : conditions);
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message: " + ruleId + ":" + subject.id());
        }
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        harms = List.copyOf(harms == null ? List.of() : harms);
        Objects.requireNonNull(track, "track");
        recommendation = recommendation == null ? "" : recommendation;
        sources = List.copyOf(sources == null ? List.of() : sources);
        waiver = waiver == null ? Optional.empty() : waiver;
    }

    /** {@code ruleId:subject}, the stable key used by waivers and baselines. */
    public String key() {
        return ruleId + ":" + subject.id();
    }

    /** Whether a (non-expired) waiver accepts this finding. */
    public boolean waived() {
        return waiver.isPresent();
    }

    /** The evidence of this name, if the rule gave it. */
    public Optional<Evidence> evidence(String name) {
        return evidence.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Each evidence value by name, in order: for code that only needs the values. */
    public java.util.Map<String, Object> evidenceValues() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        evidence.forEach(e -> values.put(e.name(), e.value()));
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The main source: the first the rule cites, if it cites one. */
    public Optional<Source> source() {
        return sources.isEmpty() ? Optional.empty() : Optional.of(sources.get(0));
    }

    /** This finding accepted by the waiver. */
    public Finding waivedBy(Waiver by) {
        return new Finding(ruleId, severity, subject, conditions, message, evidence, harms, track, recommendation,
                sources, Optional.of(by));
    }

    /** A short form for logs and test failures: {@code HIGH single-point-of-knowledge:payments}. */
    @Override
    public String toString() {
        return severity + " " + key() + (waived() ? " (waived)" : "") + ": " + message;
    }
}
