package org.ctorole.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Jackson's YAML factory with parsers that scan in linear time: each parser reads its whole
 * input first (the reader never takes more than {@link ProfileReader#MAX_DOCUMENT_CHARS}) and
 * gives SnakeYAML a {@link WholeTextReader} instead of its quadratic buffered one. Everything
 * else (features, loader options and their limits, events, locations) is Jackson's and
 * SnakeYAML's own.
 */
final class LinearYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    LinearYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    private LinearYamlFactory(LinearYamlFactory source) {
        super(source, null);
    }

    @Override
    public YAMLFactory copy() {
        return new LinearYamlFactory(this);
    }

    @Override
    public YAMLParser createParser(String content) throws IOException {
        // Described as Jackson describes it (a StringReader), so that messages read the same.
        Reader source = new StringReader(content);
        return parser(content, source, _createContext(_createContentReference(source), false));
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext ctxt) throws IOException {
        return parser(readAll(reader), reader, ctxt);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int length, IOContext ctxt, boolean recyclable)
            throws IOException {
        return parser(new String(data, offset, length), new CharArrayReader(data, offset, length), ctxt);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return _createParser(_createReader(in, null, ctxt), ctxt);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext ctxt) throws IOException {
        return _createParser(_createReader(data, offset, length, null, ctxt), ctxt);
    }

    private YAMLParser parser(String text, Reader source, IOContext ctxt) {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, source,
                new ParserImpl(new WholeTextReader(text), _loaderOptions == null ? new LoaderOptions() : _loaderOptions));
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /**
     * Jackson's parser, built through its constructor that takes a ready SnakeYAML parser, with a
     * shortcut for the scalars that can only be text.
     */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader, ParserImpl yamlParser) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, yamlParser);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            String tag = scalar.getTag();
            // As Jackson does when the resolver answers "str" or "bool"; an empty value is left to Jackson (null or "").
            if (value.isEmpty() || tag != null && !tag.equals("!")) {
                return super._decodeScalar(scalar);
            }
            boolean plain = scalar.getImplicit().canOmitTagInPlainScalar();
            JsonToken known = !plain || PlainText.startsOnlyText(value.charAt(0)) ? JsonToken.VALUE_STRING
                    : PlainText.common(value);
            if (known == null) {
                return super._decodeScalar(scalar);
            }
            _textValue = value;
            _cleanedTextValue = null;
            return known;
        }
    }

    /**
     * Which first characters of a plain scalar no implicit resolver of SnakeYAML's looks at, read
     * from a resolver as Jackson's parser makes it. SnakeYAML keys most resolvers by first
     * character (booleans, numbers, timestamps, merge keys); two are tried on every scalar, null
     * ({@code ~}, {@code null}, {@code Null}, {@code NULL}, a space) and the empty string, so
     * {@code ~}, {@code n}, {@code N} and a space are left to it as well. Should a version try
     * more on every scalar, no character is taken for text here.
     */
    static final class PlainText extends Resolver {
        private static final String UNKEYED_FIRST = "~nN ";
        private static final int UNKEYED = 2;
        private static final boolean[] ONLY_TEXT = new PlainText().onlyText();

        private boolean[] onlyText() {
            boolean[] text = new boolean[128];
            Map<Character, ?> keyed = yamlImplicitResolvers;
            if (keyed.get(null) instanceof List<?> unkeyed && unkeyed.size() != UNKEYED) {
                return text;
            }
            for (char c = 0; c < text.length; c++) {
                text[c] = !keyed.containsKey(c) && UNKEYED_FIRST.indexOf(c) < 0;
            }
            return text;
        }

        /**
         * The token of the plain scalars a profile holds by the thousand that SnakeYAML's
         * resolver would try several patterns on: {@code true}, {@code false} and a date
         * ({@code yyyy-MM-dd}, a timestamp to SnakeYAML, text to Jackson); {@code null} for others.
         */
        static JsonToken common(String value) {
            if (value.equals("true")) {
                return JsonToken.VALUE_TRUE;
            }
            if (value.equals("false")) {
                return JsonToken.VALUE_FALSE;
            }
            return isDate(value) ? JsonToken.VALUE_STRING : null;
        }

        private static boolean isDate(String value) {
            if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a non-empty plain scalar starting with {@code first} resolves to text whatever follows. */
        static boolean startsOnlyText(char first) {
            return first < ONLY_TEXT.length && ONLY_TEXT[first];
        }
    }
}
