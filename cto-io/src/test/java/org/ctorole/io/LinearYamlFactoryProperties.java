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
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parsers of {@link LinearYamlFactory} give exactly the tokens, texts, aliases, locations and
 * errors (problem, context and where) of Jackson's own YAML parser, on written profiles and on those with a character
 * dropped or inserted (which turns many into syntax errors).
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
