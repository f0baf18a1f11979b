package org.ctorole.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * The parser the mapping reads from, which fills a {@link SourceIndex} with every token that
 * passes: the text is parsed once. It also keeps from the mapping what would confuse it: the
 * value of a duplicate key is reported and skipped (the first one counts), and once the text
 * is found unreadable (syntax, nesting, a refused character) every further read fails, so the
 * mapping stops where the text does. Not thread-safe: one per read.
 */
final class IndexingParser extends JsonParserDelegate {

    private final SourceIndex index = new SourceIndex();
    private final String text;
    /** The innermost open object or list, {@code null} outside the root. */
    private SourceIndex.Node open;
    /** For an open object: the key of the value to come, and its entry (-1 for a duplicate key). */
    private String pendingKey;
    private int pendingEntry = -1;
    private boolean rootDone;
    private boolean ended;
    private boolean duplicateKey;
    private int aliases;
    private RawProblem firstAlias;
    private JsonParseException failure;

    /**
     * @param parser the parser of {@code text}
     * @param text   the whole text, to place a refused character
     */
    IndexingParser(JsonParser parser, String text) {
        super(parser);
        this.text = text;
    }

    /** Whether the text was found unreadable; the mapping's own problems then do not count. */
    boolean failed() {
        return index.fatal();
    }

    /** Refuses the text as a whole (an empty document, say) without reading further. */
    void refuse(RawProblem problem) {
        index.fail(problem);
    }

    /**
     * Reads what the mapping left unread, up to the end of the text or the first sign that it
     * holds more than one document, and returns the complete index.
     */
    SourceIndex finish() {
        try {
            while (!failed() && advance() != null) {
                // indexing only
            }
        } catch (IOException e) {
            // Recorded as the text's problem by advance().
        }
        if (firstAlias != null) {
            String message = aliases > ProfileReader.MAX_ALIASES
                    ? "too many YAML aliases (" + aliases + ", the limit is " + ProfileReader.MAX_ALIASES
                            + "): refusing a possible alias bomb"
                    : "YAML aliases are not supported (" + firstAlias.message() + "): write the value out in full";
            index.fail(new RawProblem(firstAlias.path(), message, firstAlias.line(), firstAlias.column()));
            firstAlias = null;
        }
        return index;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = advance();
        while (t == JsonToken.FIELD_NAME && duplicateKey) {
            // Mapping a key twice would make Jackson fail on records; the first value counts.
            skipValue(advance());
            t = advance();
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            skipValue(t);
        }
        return this;
    }

    /** Reads past the value that starts with {@code first}, indexing it. */
    private void skipValue(JsonToken first) throws IOException {
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken t = advance();
            if (t == null) {
                return;
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        }
    }

    private JsonToken advance() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (ended) {
            return null;
        }
        JsonToken t;
        try {
            t = delegate.nextToken();
        } catch (StreamConstraintsException e) {
            throw fail(limitProblem(e));
        } catch (JsonProcessingException e) {
            throw fail(syntaxProblem(e));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML's limits and refusals surface as unchecked YAMLExceptions.
            throw fail(unreadable(e));
        }
        duplicateKey = false;
        if (t == null) {
            return null;
        }
        JsonLocation at = delegate.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (rootDone) {
            index.add(new RawProblem("", delegate instanceof YAMLParser
                    ? "only one YAML document is allowed, found another here"
                    : "unexpected content after the end of the document", line, column));
            ended = true;
            return null;
        }
        long place = SourceIndex.place(line, column);
        SourceIndex.Node node = open;
        if (t == JsonToken.FIELD_NAME) {
            String key = delegate.currentName();
            pendingKey = key;
            pendingEntry = node.addKey(key, place);
            if (pendingEntry < 0) {
                duplicateKey = true;
                index.add(new RawProblem(node.entryPath(key, -1), "duplicate key '" + ReadSession.shorten(key) + "'",
                        line, column));
            }
            return t;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            open = node.parent;
            rootDone = open == null;
            return t;
        }
        int entry;
        if (node == null) {
            entry = -1;
        } else if (node.array) {
            entry = node.addItem(place);
        } else {
            entry = pendingEntry;
            if (node.parent == null && t == JsonToken.VALUE_NULL) {
                index.topLevelNull(pendingKey);
            }
        }
        // Jackson reads an alias as its anchor's name; that would silently change the input.
        if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            aliases++;
            if (firstAlias == null) {
                firstAlias = new RawProblem(valuePath(node), "*" + ReadSession.shorten(delegate.getText()),
                        line, column);
            }
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (node != null && node.depth >= ProfileReader.MAX_NESTING_DEPTH) {
                throw fail(new RawProblem(node.topKey(node.array ? null : pendingKey), tooDeep(), line, column));
            }
            boolean array = t == JsonToken.START_ARRAY;
            SourceIndex.Node child = node == null ? new SourceIndex.Node(null, null, -1, array)
                    : new SourceIndex.Node(node, node.array ? null : pendingKey, node.array ? entry : -1, array);
            if (node == null) {
                index.root(place, child, !array);
            } else if (entry >= 0) {
                // The value of a duplicate key is read (for its own problems) but not placed.
                node.child(entry, child);
            }
            open = child;
        } else if (node == null) {
            index.root(place, null, false);
            rootDone = true;
        }
        return t;
    }

    /** The path of the value just read in {@code node}. */
    private String valuePath(SourceIndex.Node node) {
        if (node == null) {
            return "";
        }
        return node.array ? node.entryPath(null, node.size() - 1) : node.entryPath(pendingKey, -1);
    }

    private JsonParseException fail(RawProblem problem) {
        index.fail(problem);
        failure = new JsonParseException(this, problem.message());
        return failure;
    }

    private static String tooDeep() {
        return "the document is nested too deeply (more than " + ProfileReader.MAX_NESTING_DEPTH + " levels)";
    }

    private RawProblem limitProblem(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            // The parser refuses the container before returning it, yet already points at it.
            JsonLocation where = delegate.currentTokenLocation();
            if (where != null && where.getLineNr() > 0) {
                return new RawProblem(topKey(), tooDeep(), where.getLineNr(), where.getColumnNr());
            }
            return at(tooDeep());
        }
        if (message.contains("length")) {
            return at("the document is too large (the limit is " + ProfileReader.MAX_DOCUMENT_CHARS + " characters)");
        }
        return at(SourceIndex.shortMessage(e));
    }

    private RawProblem syntaxProblem(JsonProcessingException e) {
        ReaderException refused = refusal(e);
        if (refused != null) {
            return refusedCharacter(refused);
        }
        // SnakeYAML knows where the problem is and what it was parsing; Jackson wraps that.
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String message = yaml.getProblem();
                if (yaml.getContext() != null && yaml.getContextMark() != null) {
                    message += " (" + yaml.getContext() + " started at line " + (yaml.getContextMark().getLine() + 1)
                            + ", column " + (yaml.getContextMark().getColumn() + 1) + ")";
                }
                return new RawProblem(framePath(), SourceIndex.oneLine(message), yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1);
            }
        }
        JsonLocation where = e.getLocation();
        if (where == null || where.getLineNr() <= 0) {
            return at(SourceIndex.shortMessage(e));
        }
        return new RawProblem(framePath(), SourceIndex.shortMessage(e), where.getLineNr(), where.getColumnNr());
    }

    /** What SnakeYAML refused outside its syntax: a character it does not allow, or a limit. */
    private RawProblem unreadable(Exception e) {
        ReaderException refused = refusal(e);
        return refused != null ? refusedCharacter(refused) : at(SourceIndex.shortMessage(e));
    }

    private static ReaderException refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ReaderException refused) {
                return refused;
            }
        }
        return null;
    }

    private RawProblem at(String message) {
        JsonLocation where = delegate.currentLocation();
        int line = where == null || where.getLineNr() <= 0 ? 1 : where.getLineNr();
        int column = where == null || where.getColumnNr() <= 0 ? 1 : where.getColumnNr();
        return new RawProblem(topKey(), message, line, column);
    }

    /** A character YAML does not allow, placed exactly: SnakeYAML gives its index among the code points. */
    private RawProblem refusedCharacter(ReaderException e) {
        int end = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
        int line = 1;
        int column = 1;
        // Lines and columns as SnakeYAML counts them (WholeTextReader.forward).
        for (int i = 0; i < end; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
                    || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
                column = 1;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return new RawProblem(topKey(), String.format("YAML text cannot hold the character U+%04X"
                + " (a control character or a non-character); in a double-quoted string write it as \\u%04X",
                e.getCodePoint(), e.getCodePoint()), line, column);
    }

    /** The path of the innermost open object or list: where a syntax error happened. */
    private String framePath() {
        return open == null ? "" : open.path();
    }

    /** The top-level key of the innermost open object or list. */
    private String topKey() {
        return open == null ? "" : open.topKey(null);
    }
}
