package org.ctorole.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.model.text.DateText;
import org.ctorole.rules.EvidenceKind;

/**
 * How the rule pack words things for a reader, in one place: numbers, dates, lists, the labels
 * of closed vocabularies, evidence values, and the {@code {placeholders}} of rule texts.
 */
@API(status = API.Status.INTERNAL)
public final class Wording {
    private Wording() {
    }

    /** A number as reports show it: whole numbers without a decimal point, others with at most two decimals. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Two decimals, half up, trailing zeros dropped. Called for every percentage and rate of
        // every finding, so without String.format and a regular expression.
        String s = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A date as reports show it: {@code 1 October 2026}. */
    public static String date(LocalDate date) {
        return date == null ? "never" : DateText.of(date);
    }

    /** Items joined as a sentence does: {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A value of a closed vocabulary in words: {@code QUARTERLY_BUSINESS_REVIEW} reads "quarterly business review". */
    public static String label(String enumName) {
        for (Constituent c : Constituent.values()) {
            if (c.name().equals(enumName)) {
                return c.title();
            }
        }
        return switch (enumName) {
            case "HANDS_ON_DELIVERY" -> "hands-on delivery";
            case "LEARNING_AND_THINKING" -> "learning and thinking";
            case "HIGH_LEVEL_ONLY" -> "high-level only";
            case "CEO" -> "CEO";
            case "CTO" -> "CTO";
            case "CFO" -> "CFO";
            case "COO" -> "COO";
            case "CIO" -> "CIO";
            default -> enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** The catalogue title of a constituent or indicator id; the id itself when the catalogue has none. */
    public static String catalogueTitle(String id) {
        return RoleCatalogue.standard().entry(id).map(e -> e.title()).orElse(id);
    }

    /**
     * An evidence value in words. {@code names} gives the display name of a referenced id of a
     * kind (a person's name), or null when it has none; null {@code names} words ids as they are.
     */
    public static String evidenceText(EvidenceKind kind, Object value, Function<String, String> names) {
        if (value instanceof Collection<?> list) {
            List<String> words = new ArrayList<>(list.size());
            for (Object item : list) {
                words.add(evidenceText(kind, item, names));
            }
            return list(words);
        }
        if (value == null) {
            return kind == EvidenceKind.DATE ? "never" : "not given";
        }
        return switch (kind) {
            case COUNT -> value.toString();
            case DAYS -> plural(((Number) value).longValue(), "day");
            case MINUTES -> plural(((Number) value).longValue(), "minute");
            case PERCENT -> number(((Number) value).doubleValue()) + " %";
            case RATE -> number(((Number) value).doubleValue() * 100) + " %";
            case SCORE -> number(((Number) value).doubleValue());
            case DATE -> date(value instanceof LocalDate d ? d : LocalDate.parse(value.toString()));
            case FLAG -> Boolean.TRUE.equals(value) ? "yes" : "no";
            case CHOICE -> value instanceof Enum<?> e ? label(e.name()) : label(value.toString());
            case CONSTITUENT, INDICATOR -> catalogueTitle(value.toString());
            case TEXT -> value.toString();
            default -> {
                String id = value.toString();
                String name = names == null ? null : names.apply(id);
                yield name == null || name.isBlank() ? id : name;
            }
        };
    }

    /** {@code 1 day}, {@code 61 days}. */
    public static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** The names of the placeholders of a text, in order of appearance. */
    public static List<String> placeholders(String template) {
        return Template.of(template).names;
    }

    /**
     * The text with each {@code {name}} replaced by its value; a name without one is left as
     * written. A part in square brackets is kept (without the brackets) only when every name in
     * it has a value: {@code "made[ by {madeBy}]"} reads "made" when nobody is named.
     */
    public static String fill(String template, Function<String, String> values) {
        Template t = Template.of(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        t.appendTo(out, values);
        return out.toString();
    }

    /**
     * A rule text split once into literal text, {@code {name}} placeholders and optional
     * {@code [...]} parts. Every finding fills several texts, so they are parsed once per text
     * and kept: the texts come from rule metadata, a set fixed by the rule bases loaded, and the
     * cache stops growing at {@link #CACHE_LIMIT} in case a host words texts of its own.
     */
    private static final class Template {
        private static final int CACHE_LIMIT = 4096;
        private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

        /** Literal text (a String), a placeholder name (a Name) or an optional part (a Template). */
        private final List<Object> parts;
        private final List<String> names;

        private record Name(String name) {
        }

        private Template(List<Object> parts) {
            this.parts = List.copyOf(parts);
            List<String> all = new ArrayList<>();
            collectNames(all);
            this.names = List.copyOf(all);
        }

        static Template of(String text) {
            Template t = CACHE.get(text);
            if (t == null) {
                t = parse(text, 0, text.length());
                if (CACHE.size() < CACHE_LIMIT) {
                    CACHE.putIfAbsent(text, t);
                }
            }
            return t;
        }

        /** {@code [} opens an optional part only when a {@code ]} closes it with no bracket between. */
        private static Template parse(String text, int from, int to) {
            List<Object> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                int end;
                if (c == '{' && (end = nameEnd(text, i + 1, to)) > 0) {
                    flush(literal, parts);
                    parts.add(new Name(text.substring(i + 1, end)));
                    i = end + 1;
                } else if (c == '[' && (end = optionalEnd(text, i + 1, to)) > 0) {
                    flush(literal, parts);
                    parts.add(parse(text, i + 1, end));
                    i = end + 1;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            flush(literal, parts);
            return new Template(parts);
        }

        /** The index of the closing brace of a name {@code [A-Za-z][A-Za-z0-9]*} starting at {@code i}, or -1. */
        private static int nameEnd(String text, int i, int to) {
            if (i >= to || !isAsciiLetter(text.charAt(i))) {
                return -1;
            }
            int j = i + 1;
            while (j < to && (isAsciiLetter(text.charAt(j)) || (text.charAt(j) >= '0' && text.charAt(j) <= '9'))) {
                j++;
            }
            return j < to && text.charAt(j) == '}' ? j : -1;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }

        private static int optionalEnd(String text, int i, int to) {
            for (int j = i; j < to; j++) {
                char c = text.charAt(j);
                if (c == ']') {
                    return j;
                }
                if (c == '[') {
                    return -1;
                }
            }
            return -1;
        }

        private static void flush(StringBuilder literal, List<Object> parts) {
            if (!literal.isEmpty()) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
        }

        private void collectNames(List<String> into) {
            for (Object part : parts) {
                if (part instanceof Name n && !into.contains(n.name())) {
                    into.add(n.name());
                } else if (part instanceof Template optional) {
                    optional.collectNames(into);
                }
            }
        }

        /** Whether every name has a value. */
        private boolean complete(Function<String, String> values) {
            for (String name : names) {
                if (values.apply(name) == null) {
                    return false;
                }
            }
            return true;
        }

        void appendTo(StringBuilder out, Function<String, String> values) {
            for (Object part : parts) {
                if (part instanceof String literal) {
                    out.append(literal);
                } else if (part instanceof Name n) {
                    String v = values.apply(n.name());
                    if (v == null) {
                        out.append('{').append(n.name()).append('}');
                    } else {
                        out.append(v);
                    }
                } else {
                    Template optional = (Template) part;
                    if (optional.complete(values)) {
                        optional.appendTo(out, values);
                    }
                }
            }
        }
    }

    /** The text with its first letter in upper case. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
