package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parsers of {@link LinearYamlFactory} give exactly the tokens, texts, aliases, locations and
 * errors (problem, context and where) of Jackson's own YAML parser, on written profiles and on those with a character
 * dropped or inserted (which turns many into syntax errors), and on scalars of every kind, plain, quoted or
 * tagged (a plain name is taken for text without SnakeYAML's resolver).
 */
class LinearYamlFactoryProperties {

    private static final YAMLFactory JACKSON = ProfileMapping.yamlFactory().rebuild().build();
    private static final YAMLFactory LINEAR = ProfileMapping.yamlFactory();

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> written = ProfileArbitraries.profiles().map(ProfileWriter.standard()::toYaml);
        return Combinators.combine(written, Arbitraries.integers().between(0, 1_000_000),
                        Arbitraries.of("", "", "", "x", ":", "-", "[", "{", "\"", "'", "&a ", "*a", "\n", " ", "#"))
                .as((text, at, insert) -> {
                    int cut = at % (text.length() + 1);
                    boolean drop = insert.isEmpty() && cut < text.length() && at % 2 == 0;
                    return text.substring(0, cut) + insert + text.substring(drop ? cut + 1 : cut);
                });
    }

    @Property(tries = 200)
    void tokensAndErrorsAreJacksonsOwn(@ForAll("documents") String text) {
        assertThat(LINEAR).isInstanceOf(LinearYamlFactory.class);
        assertThat(JACKSON).isNotInstanceOf(LinearYamlFactory.class);

        assertThat(tokens(LINEAR, text)).isEqualTo(tokens(JACKSON, text));
    }

    /** Scalars of every kind, written plain where YAML allows, quoted and tagged: each one's token and text. */
    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u4e2d', '\u0085')
                .ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> typed = Arbitraries.of("true", "True", "false", "FALSE", "yes", "No", "on", "OFF", "y", "n",
                "null", "Null", "NULL", "~", "nil", "12", "-3", "+4", "0x1F", "0o17", "1_000", "1.5", ".5", "-.inf",
                ".NaN", "1e3", "2026-11-01", "0000-99-99", "2026-1-01", "2026-11-01T10:00:00Z", "20261101", "2026_11_01", "<<", "p001", "Person 1", "CEO", "FRACTIONAL",
                "n/a", "Nobody", "tomorrow", "one", "1st");
        Arbitrary<String> value = Arbitraries.oneOf(word, typed, Combinators.combine(typed, word).as(String::concat));
        Arbitrary<String> written = Arbitraries.of("%s", "'%s'", "\"%s\"", "!!str %s", "! %s", "[%s]");
        return Combinators.combine(value, written).as((v, form) -> "v: " + form.formatted(v) + "\n");
    }

    @Property(tries = 1000)
    void scalarsReadAsJacksonReadsThem(@ForAll("scalars") String text) {
        assertThat(tokens(LINEAR, text)).isEqualTo(tokens(JACKSON, text));
    }

    @Property(tries = 300)
    void aScalarTakenForTextIsTextToSnakeYaml(@ForAll @CharRange(from = 0, to = 127) char first,
                                               @ForAll @StringLength(max = 8) String rest) {
        if (LinearYamlFactory.PlainText.startsOnlyText(first)) {
            assertThat(new Resolver().resolve(NodeId.scalar, first + rest, true)).isEqualTo(Tag.STR);
        }
    }

    @Test
    void namesAndIdsAreTakenForTextButNotWhatCouldBeBooleansNumbersOrNull() {
        assertThat(chars("pPCEDSWMIVkaisx_")).allMatch(LinearYamlFactory.PlainText::startsOnlyText);
        assertThat(chars("yYnNtTfFoO0123456789+-.~<!&*")).noneMatch(LinearYamlFactory.PlainText::startsOnlyText);
        assertThat(LinearYamlFactory.PlainText.startsOnlyText('\u00e9')).isFalse();
    }

    @Test
    void trueFalseAndDatesAreKnownWithoutTheResolverAndNothingElseIs() {
        assertThat(LinearYamlFactory.PlainText.common("true")).isEqualTo(JsonToken.VALUE_TRUE);
        assertThat(LinearYamlFactory.PlainText.common("false")).isEqualTo(JsonToken.VALUE_FALSE);
        assertThat(LinearYamlFactory.PlainText.common("2026-11-01")).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(List.of("True", "yes", "2026-1-01", "2026-11-01T10:00:00Z", "2026-11-0x", "12", "null", "n"))
                .allMatch(v -> LinearYamlFactory.PlainText.common(v) == null);
    }

    private static List<Character> chars(String text) {
        return text.chars().mapToObj(c -> (char) c).toList();
    }

    private static List<String> tokens(YAMLFactory factory, String text) {
        List<String> seen = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                seen.add(t + " " + (t.isScalarValue() || t == JsonToken.FIELD_NAME ? p.getText() : "")
                        + " alias=" + ((YAMLParser) p).isCurrentAlias() + " @" + at.getLineNr() + ":" + at.getColumnNr()
                        + " offset " + at.getCharOffset());
            }
        } catch (Exception e) {
            seen.add(describe(e));
        }
        return seen;
    }

    /**
     * What the reader uses of an error: SnakeYAML's problem, context and their marks. The full
     * message also quotes the line from the reader's buffer, which is cut where SnakeYAML's
     * 1,024-character buffer happened to end: that snippet is never shown, so it is left out.
     */
    private static String describe(Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml) {
                return e.getClass().getName() + ": " + yaml.getProblem() + " " + mark(yaml.getProblemMark())
                        + " (" + yaml.getContext() + " " + mark(yaml.getContextMark()) + ")";
            }
        }
        return e.getClass().getName() + ": " + e.getMessage();
    }

    private static String mark(Mark mark) {
        return mark == null ? "-" : mark.getLine() + ":" + mark.getColumn() + "@" + mark.getIndex();
    }
}
