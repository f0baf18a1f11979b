package org.ctorole.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.rules.EvidenceKind;

/**
 * How the rule pack words things for a reader, in one place: numbers, dates, lists, the labels
 * of closed vocabularies, evidence values, and the {@code {placeholders}} of rule texts.
 */
@API(status = API.Status.INTERNAL)
public final class Wording {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

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
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A date as reports show it: {@code 1 October 2026}. */
    public static String date(LocalDate date) {
        return date == null ? "never" : DATE.format(date);
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
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * The text with each {@code {name}} replaced by its value; a name without one is left as
     * written. A part in square brackets is kept (without the brackets) only when every name in
     * it has a value: {@code "made[ by {madeBy}]"} reads "made" when nobody is named.
     */
    public static String fill(String template, Function<String, String> values) {
        if (template.indexOf('[') >= 0) {
            Matcher optional = OPTIONAL.matcher(template);
            StringBuilder kept = new StringBuilder(template.length());
            while (optional.find()) {
                String part = optional.group(1);
                boolean complete = placeholders(part).stream().allMatch(name -> values.apply(name) != null);
                optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? part : ""));
            }
            optional.appendTail(kept);
            template = kept.toString();
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String v = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with its first letter in upper case. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
