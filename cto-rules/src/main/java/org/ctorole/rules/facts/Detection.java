package org.ctorole.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.EvidenceKind;

/**
 * What a rule inserts when it fires: the id of its subject and the typed values that made it
 * fire. Which rule fired, its severity, message and advice come from the rule's metadata; the
 * assessor turns detections into findings and words them, in one place.
 *
 * <pre>{@code
 * then
 *     insert(Detection.about($area).person("expert", $expert));
 * }</pre>
 *
 * Each method returns a new detection; the receiver is unchanged.
 *
 * @param subject  the id of what the finding is about (person, area, system, ... or the organisation)
 * @param evidence the values that made the rule fire, in the order given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Detection(String subject, List<Evidence> evidence) {

    public Detection {
        Objects.requireNonNull(subject, "a detection needs a subject");
        evidence = List.copyOf(evidence);
    }

    /** A detection about a subject, with no evidence yet. */
    public static Detection about(String subject) {
        return new Detection(subject, List.of());
    }

    /** Adds a value of any kind. */
    public Detection with(String name, EvidenceKind kind, Object value) {
        List<Evidence> more = new ArrayList<>(evidence.size() + 1);
        more.addAll(evidence);
        more.add(new Evidence(name, kind, value, null));
        return new Detection(subject, Collections.unmodifiableList(more));
    }

    /** A person, by id. */
    public Detection person(String name, String personId) {
        return with(name, EvidenceKind.PERSON, personId);
    }

    /** Several people, by id. */
    public Detection people(String name, Collection<String> personIds) {
        return with(name, EvidenceKind.PERSON, List.copyOf(personIds));
    }

    /** A knowledge area, or several. */
    public Detection area(String name, Object areaOrAreas) {
        return with(name, EvidenceKind.KNOWLEDGE_AREA, areaOrAreas);
    }

    /** A whole number of things. */
    public Detection count(String name, long value) {
        return with(name, EvidenceKind.COUNT, value);
    }

    /** A number of days. */
    public Detection days(String name, long value) {
        return with(name, EvidenceKind.DAYS, value);
    }

    /** A number of minutes. */
    public Detection minutes(String name, long value) {
        return with(name, EvidenceKind.MINUTES, value);
    }

    /** A share of time, 0 to 100. */
    public Detection percent(String name, double value) {
        return with(name, EvidenceKind.PERCENT, value);
    }

    /** A rate between 0 and 1. */
    public Detection rate(String name, double value) {
        return with(name, EvidenceKind.RATE, value);
    }

    /** A score on the 1 to 5 scale. */
    public Detection score(String name, double value) {
        return with(name, EvidenceKind.SCORE, value);
    }

    /** A date; {@code null} reads "never". */
    public Detection date(String name, LocalDate value) {
        return with(name, EvidenceKind.DATE, value);
    }

    /** Yes or no. */
    public Detection flag(String name, boolean value) {
        return with(name, EvidenceKind.FLAG, value);
    }

    /** A value of one of the profile's enumerations (a forum kind, a stage, ...), or a collection of them. */
    public Detection choice(String name, Object value) {
        return with(name, EvidenceKind.CHOICE, value);
    }

    /** Free text. */
    public Detection text(String name, String value) {
        return with(name, EvidenceKind.TEXT, value);
    }
}
