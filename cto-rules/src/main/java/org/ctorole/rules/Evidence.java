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

    /**
     * What the evidence is, for a reader: a threshold's label ("longest time since a restore
     * test"), or the name in words ({@code daysSinceBackup} reads "days since backup").
     */
    public String label() {
        return Threshold.byKey(name).map(Threshold::label).orElseGet(() -> words(name));
    }

    /** Whether this evidence is a threshold of the policy the finding was judged by. */
    public boolean isThreshold() {
        return Threshold.byKey(name).isPresent();
    }

    private static String words(String camelCase) {
        StringBuilder sb = new StringBuilder(camelCase.length() + 8);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(i == 0 ? Character.toLowerCase(c) : c);
            }
        }
        // The role names read as readers write them.
        return (" " + sb + " ").replace(" cto ", " CTO ").replace(" ceo ", " CEO ").strip();
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

    private static boolean allText(List<?> list) {
        for (Object v : list) {
            if (!(v instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** Numbers as Long or Double by kind, lists copied: equal values give equal evidence, however built. */
    private static Object normalise(EvidenceKind kind, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            // Evidence given its words (withText) passes its list of text again: List.copyOf keeps
            // a list it made as it is, so that list is neither mapped nor copied a second time.
            if (c instanceof List<?> list && allText(list)) {
                return List.copyOf(list);
            }
            return List.copyOf(c.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).toList());
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
