package org.ctorole.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parsed templates of {@link Wording} mean what the rule texts' syntax says: checked against
 * a direct reading of that syntax with regular expressions (slow, but obviously right) on texts
 * built from its awkward pieces: unclosed and nested brackets, braces that are not placeholders.
 */
class WordingTemplateProperties {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern STRADDLING = Pattern.compile("\\{[A-Za-z0-9]*[\\[\\]]");
    private static final Map<String, String> VALUES = Map.of("a", "Ana", "b", "{a}", "x1", "$1 \\ [x]");

    @Property(tries = 2000)
    void fillReadsTheSyntaxAsWritten(@ForAll("texts") String text) {
        // The reference drops brackets before it looks for names, so it would read "[{a]}" as
        // "{a}"; a name never spans a bracket in the templates (nor in any rule text).
        Assume.that(!STRADDLING.matcher(text).find());
        assertThat(Wording.fill(text, VALUES::get)).isEqualTo(referenceFill(text, VALUES::get));
    }

    @Property(tries = 2000)
    void placeholdersAreTheNamesInOrderOfAppearance(@ForAll("texts") String text) {
        assertThat(Wording.placeholders(text)).isEqualTo(referencePlaceholders(text));
    }

    @Example
    void optionalPartsNeedEveryValue() {
        assertThat(Wording.fill("made[ by {a}][ for {c}].", VALUES::get)).isEqualTo("made by Ana.");
        assertThat(Wording.fill("{c} stays {c}; {b} is not read again", VALUES::get))
                .isEqualTo("{c} stays {c}; {a} is not read again");
        assertThat(Wording.placeholders("{b} [{a} {b}] {1x} {x1}")).containsExactly("b", "a", "x1");
        assertThat(Wording.fill("[{a]}", VALUES::get)).isEqualTo("{a}");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("{a}", "{b}", "{c}", "{x1}", "{1x}", "{", "}", "[", "]", "[ by {a}]", "[{c}]",
                        "text ", " ", "{a", "a}", "$", "\\", "[[", "]]", "{}")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private static String referenceFill(String template, Function<String, String> values) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean complete = referencePlaceholders(part).stream().allMatch(name -> values.apply(name) != null);
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? part : ""));
        }
        optional.appendTail(kept);
        Matcher m = PLACEHOLDER.matcher(kept.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> referencePlaceholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
