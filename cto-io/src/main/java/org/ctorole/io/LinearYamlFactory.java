package org.ctorole.io;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

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

    /** Jackson's parser, built through its constructor that takes a ready SnakeYAML parser. */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures,
               com.fasterxml.jackson.core.ObjectCodec codec, Reader reader, ParserImpl yamlParser) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, yamlParser);
        }
    }
}
