package org.ctorole.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems of one read, shared by the deserializers through a context attribute so that
 * the reader objects themselves stay stateless and thread-safe.
 */
final class ReadSession {
    /** Key of the per-read attribute. */
    static final Object KEY = ReadSession.class;

    private static final int MAX_SHOWN_TEXT = 40;

    private final List<RawProblem> problems = new ArrayList<>();

    static ReadSession of(DeserializationContext ctxt) {
        Object session = ctxt.getAttribute(KEY);
        if (session == null) {
            // Only reachable if someone uses our mapper without the reader; fail loudly, not silently.
            throw new IllegalStateException("profile deserializers used outside ProfileReader");
        }
        return (ReadSession) session;
    }

    List<RawProblem> problems() {
        return problems;
    }

    void add(String path, String message) {
        problems.add(RawProblem.byPath(path, message));
    }

    /** Records a value that cannot be read (it will read as missing). */
    void lost(String path, String message) {
        problems.add(RawProblem.lostValue(path, message));
    }

    /** Records a value of the wrong kind at the parser's position and skips it. */
    void wrongType(JsonParser p, String expected) throws IOException {
        lost(pathOf(p), "expected " + expected + ", got " + describe(p));
        p.skipChildren();
    }

    /**
     * The path of the value the parser stands on, written as in {@code Problem}:
     * {@code people[3].reportsTo}, {@code cto.timeAllocation.SALES}; empty for the root.
     */
    static String pathOf(JsonParser p) {
        JsonStreamContext ctx = p.getParsingContext();
        JsonToken t = p.currentToken();
        // On a start token the context is already the new container; its place is in the parent.
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx != null) {
            ctx = ctx.getParent();
        }
        return entryPath(ctx);
    }

    /**
     * The path of an unknown field. Records are built through their constructor, so Jackson
     * buffers unknown fields and replays them later from a detached parser whose context is
     * not the document's; the path then comes from the main parser, which stands either on the
     * next key of the same object or just past its end.
     */
    static String unknownFieldPath(DeserializationContext ctxt, JsonParser p, String name) {
        JsonParser main = ctxt.getParser();
        if (main == null || main == p) {
            return pathOf(p);
        }
        JsonStreamContext ctx = main.getParsingContext();
        if (main.currentToken() == JsonToken.FIELD_NAME && ctx != null) {
            ctx = ctx.getParent();
        }
        String container = entryPath(ctx);
        return container.isEmpty() ? name : container + "." + name;
    }

    private static String entryPath(JsonStreamContext ctx) {
        if (ctx == null || ctx.inRoot()) {
            return "";
        }
        String parent = entryPath(ctx.getParent());
        if (ctx.inArray()) {
            return parent + "[" + Math.max(ctx.getCurrentIndex(), 0) + "]";
        }
        String name = ctx.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** A short description of the value under the parser, for messages. */
    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "'" + shorten(p.getText()) + "'";
            case VALUE_TRUE, VALUE_FALSE, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shorten(p.getText());
            default -> t.asString() == null ? t.name().toLowerCase(Locale.ROOT) : t.asString();
        };
    }

    static String shorten(String text) {
        return text.length() <= MAX_SHOWN_TEXT ? text : text.substring(0, MAX_SHOWN_TEXT) + "...";
    }
}
