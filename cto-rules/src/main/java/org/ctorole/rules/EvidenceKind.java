package org.ctorole.rules;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a piece of evidence is: a reference to something in the profile (a person, an area, a
 * system, ...), or a value with a unit. Reports render and redact evidence by its kind, never
 * by parsing text.
 *
 * <pre>{@code EvidenceKind.PERSON.subjectKind() // Optional[PERSON]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EvidenceKind {
    /** A person id (or a list of them). */
    PERSON(SubjectKind.PERSON),
    /** A knowledge area (or a list of them). */
    KNOWLEDGE_AREA(SubjectKind.KNOWLEDGE_AREA),
    /** A system id (or a list of them). */
    SYSTEM(SubjectKind.SYSTEM),
    /** A strategy initiative id. */
    INITIATIVE(SubjectKind.INITIATIVE),
    /** A forum id. */
    FORUM(SubjectKind.FORUM),
    /** A constituent id of the catalogue, e.g. {@code SALES}. */
    CONSTITUENT(SubjectKind.CONSTITUENT),
    /** A performance indicator id of the catalogue. */
    INDICATOR(SubjectKind.INDICATOR),
    /** A customer commitment id. */
    COMMITMENT(SubjectKind.COMMITMENT),
    /** A supplier id. */
    SUPPLIER(SubjectKind.SUPPLIER),
    /** A whole number of things. */
    COUNT(null),
    /** A whole number of days. */
    DAYS(null),
    /** A whole number of minutes. */
    MINUTES(null),
    /** A share of time, 0 to 100. */
    PERCENT(null),
    /** A rate between 0 and 1, shown as a percentage. */
    RATE(null),
    /** A score on the 1 to 5 scale of the performance indicators. */
    SCORE(null),
    /** A date; none means never. */
    DATE(null),
    /** Yes or no. */
    FLAG(null),
    /** A value of a closed vocabulary of the profile (a forum kind, a stage, a schedule, ...), or a list of them. */
    CHOICE(null),
    /** Free text from the profile. */
    TEXT(null);

    private final SubjectKind subjectKind;

    EvidenceKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    /** The kind of thing it refers to, when it is a reference. */
    public Optional<SubjectKind> subjectKind() {
        return Optional.ofNullable(subjectKind);
    }

    /** Whether the value is a whole number ({@link Long}). */
    public boolean isWholeNumber() {
        return this == COUNT || this == DAYS || this == MINUTES;
    }

    /** Whether the value is a fractional number ({@link Double}). */
    public boolean isFraction() {
        return this == PERCENT || this == RATE || this == SCORE;
    }
}
