package org.ctorole.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One value that made a rule fire, typed so that reports render it in words and redaction
 * replaces people by data, not by searching text.
 *
 * <p>The value's Java type follows the kind: a {@link String} id or a {@link List} of ids for
 * references, {@link Long} for whole numbers, {@link Double} for percentages, rates and scores,
 * {@link LocalDate} (or {@code null}: never) for dates, {@link Boolean} for flags, a
 * {@link String} (or a list of them) for choices and text.
 *
 * <pre>{@code
 * Evidence e = finding.evidence("expert").orElseThrow();
 * e.kind();  // PERSON
 * e.value(); // "ana"
 * e.text();  // "Ana Silva"
 * }</pre>
 *
 * @param name  its name, unique within a finding: {@code expert}, {@code daysSinceBackup}
 * @param kind  what it is
 * @param value the value, normalised to the type of its kind
 * @param text  the value in the words a report shows ({@code "Ana Silva"}, {@code "61 days"});
 *              filled in by the assessor, {@code null} only in a rule's {@code Detection}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Evidence(String name, EvidenceKind kind, Object value, String text) {

    public Evidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        value = normalise(kind, value);
    }

    /** This evidence with its value in words. */
    public Evidence withText(String words) {
        return new Evidence(name, kind, value, words);
    }

    /** The referenced ids (one, several or none), for reference kinds; empty otherwise. */
    public List<String> ids() {
        if (kind.subjectKind().isEmpty() || value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    /** Numbers as Long or Double by kind, lists copied: equal values give equal evidence, however built. */
    private static Object normalise(EvidenceKind kind, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList();
        }
        if (kind.isWholeNumber()) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(kind + " evidence '" + value + "' is not a number");
            }
            return n.longValue();
        }
        if (kind.isFraction()) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(kind + " evidence '" + value + "' is not a number");
            }
            return n.doubleValue();
        }
        if (kind == EvidenceKind.FLAG && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("FLAG evidence '" + value + "' is not true or false");
        }
        if (kind == EvidenceKind.DATE) {
            if (value instanceof LocalDate) {
                return value;
            }
            return LocalDate.parse(value.toString());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return kind == EvidenceKind.FLAG ? value : value.toString();
    }
}
