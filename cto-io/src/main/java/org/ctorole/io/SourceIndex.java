package org.ctorole.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One streaming pass over the text: where each path stands (so that problems found later, on
 * records, get a line and column), plus what only the text shows: syntax errors, duplicate
 * keys, YAML aliases, excessive nesting, which top-level keys are present.
 * A problem points at the key of the field it is about, or at the list item.
 */
final class SourceIndex {

    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\s*\\(for \\w+ starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]\\)");
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");

    private final Map<String, int[]> locations = new HashMap<>();
    private final Set<String> topLevelKeys = new LinkedHashSet<>();
    private final Set<String> topLevelNulls = new HashSet<>();
    private final List<RawProblem> problems = new ArrayList<>();
    private boolean rootIsObject;
    private boolean fatal;

    private SourceIndex() {
    }

    /** Problems the text alone shows. */
    List<RawProblem> problems() {
        return problems;
    }

    /** Whether the text cannot be mapped to a profile at all (syntax, limits, aliases, emptiness). */
    boolean fatal() {
        return fatal;
    }

    boolean rootIsObject() {
        return rootIsObject;
    }

    boolean hasTopLevelKey(String key) {
        return topLevelKeys.contains(key);
    }

    boolean isTopLevelNull(String key) {
        return topLevelNulls.contains(key);
    }

    /** Line and column of the path, or of its nearest ancestor present in the text. */
    int[] locate(String path) {
        String p = path;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = parent(p);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        final Set<String> names = new HashSet<>();
        int count;
        String valuePath = "";

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    static SourceIndex scan(JsonFactory factory, String content) {
        SourceIndex index = new SourceIndex();
        Deque<Frame> frames = new ArrayDeque<>();
        JsonParser parser = null;
        int aliases = 0;
        RawProblem firstAlias = null;
        try (JsonParser p = factory.createParser(content)) {
            parser = p;
            boolean rootDone = false;
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.VALUE_NULL) {
                JsonLocation at = p.currentTokenLocation();
                index.fail(t == null ? new RawProblem("", "the document is empty", 1, 1)
                        : new RawProblem("", "the document is empty", at.getLineNr(), at.getColumnNr()));
                return index;
            }
            for (; t != null; t = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                if (rootDone) {
                    index.problems.add(new RawProblem("", p instanceof YAMLParser
                            ? "only one YAML document is allowed, found another here"
                            : "unexpected content after the end of the profile", at.getLineNr(), at.getColumnNr()));
                    break;
                }
                Frame frame = frames.peek();
                if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String path = join(frame.path, name);
                    if (!frame.names.add(name)) {
                        index.problems.add(new RawProblem(path, "duplicate key '" + ReadSession.shorten(name) + "'",
                                at.getLineNr(), at.getColumnNr()));
                    } else {
                        index.locations.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
                    }
                    if (frames.size() == 1) {
                        index.topLevelKeys.add(name);
                    }
                    frame.valuePath = path;
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    frames.pop();
                    rootDone = frames.isEmpty();
                    continue;
                }
                String path;
                if (frame == null) {
                    path = "";
                    index.locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
                    index.rootIsObject = t == JsonToken.START_OBJECT;
                } else if (frame.array) {
                    path = frame.path + "[" + frame.count++ + "]";
                    index.locations.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
                } else {
                    path = frame.valuePath;
                    if (frames.size() == 1 && t == JsonToken.VALUE_NULL) {
                        index.topLevelNulls.add(path);
                    }
                }
                // Jackson reads an alias as its anchor's name; that would silently change the profile.
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    aliases++;
                    if (firstAlias == null) {
                        firstAlias = new RawProblem(path, "*" + ReadSession.shorten(p.getText()),
                                at.getLineNr(), at.getColumnNr());
                    }
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (frames.size() >= ProfileReader.MAX_NESTING_DEPTH) {
                        index.fail(new RawProblem(topSegment(path), tooDeep(), at.getLineNr(), at.getColumnNr()));
                        return index;
                    }
                    frames.push(new Frame(path, t == JsonToken.START_ARRAY));
                } else if (frame == null) {
                    rootDone = true;
                }
            }
        } catch (StreamConstraintsException e) {
            index.fail(limitProblem(e, parser, frames));
        } catch (JsonProcessingException e) {
            index.fail(syntaxProblem(e, parser, frames));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML limits (code points, aliases) surface as unchecked YAMLExceptions.
            index.fail(at(parser, frames, shortMessage(e)));
        }
        if (firstAlias != null) {
            String message = aliases > ProfileReader.MAX_ALIASES
                    ? "too many YAML aliases (" + aliases + ", the limit is " + ProfileReader.MAX_ALIASES
                            + "): refusing a possible alias bomb"
                    : "YAML aliases are not supported (" + firstAlias.message() + "): write the value out in full";
            index.fail(new RawProblem(firstAlias.path(), message, firstAlias.line(), firstAlias.column()));
        }
        return index;
    }

    private void fail(RawProblem problem) {
        problems.add(problem);
        fatal = true;
    }

    private static String tooDeep() {
        return "the document is nested too deeply (more than " + ProfileReader.MAX_NESTING_DEPTH + " levels)";
    }

    private static RawProblem limitProblem(StreamConstraintsException e, JsonParser p, Deque<Frame> frames) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.contains("nesting depth")) {
            // The parser refuses the container before returning it, yet already points at it.
            JsonLocation where = p == null ? null : p.currentTokenLocation();
            if (where != null && where.getLineNr() > 0) {
                return new RawProblem(topSegment(framePath(frames)), tooDeep(), where.getLineNr(), where.getColumnNr());
            }
            return at(p, frames, tooDeep());
        }
        if (text.contains("length")) {
            return at(p, frames, "the document is too large (the limit is " + ProfileReader.MAX_DOCUMENT_CHARS
                    + " characters)");
        }
        return at(p, frames, shortMessage(e));
    }

    private static RawProblem syntaxProblem(JsonProcessingException e, JsonParser p, Deque<Frame> frames) {
        // SnakeYAML knows where the problem is and what it was parsing; Jackson wraps that.
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String message = yaml.getProblem();
                if (yaml.getContext() != null && yaml.getContextMark() != null) {
                    message += " (" + yaml.getContext() + " started at line " + (yaml.getContextMark().getLine() + 1)
                            + ", column " + (yaml.getContextMark().getColumn() + 1) + ")";
                }
                return new RawProblem(framePath(frames), oneLine(message), yaml.getProblemMark().getLine() + 1,
                        yaml.getProblemMark().getColumn() + 1);
            }
        }
        JsonLocation where = e.getLocation();
        if (where == null || where.getLineNr() <= 0) {
            return at(p, frames, shortMessage(e));
        }
        return new RawProblem(framePath(frames), shortMessage(e), where.getLineNr(), where.getColumnNr());
    }

    private static RawProblem at(JsonParser p, Deque<Frame> frames, String message) {
        JsonLocation where = p == null ? null : p.currentLocation();
        int line = where == null || where.getLineNr() <= 0 ? 1 : where.getLineNr();
        int column = where == null || where.getColumnNr() <= 0 ? 1 : where.getColumnNr();
        return new RawProblem(topSegment(framePath(frames)), message, line, column);
    }

    /** The path of the innermost open object or list: where a syntax error happened. */
    private static String framePath(Deque<Frame> frames) {
        Frame top = frames.peek();
        return top == null ? "" : top.path;
    }

    private static String topSegment(String path) {
        int cut = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                cut = i;
                break;
            }
        }
        return path.substring(0, cut);
    }

    /** Jackson's message without its source-reference noise. */
    static String shortMessage(Throwable e) {
        String text = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (text == null || text.isBlank()) {
            text = e.getClass().getSimpleName();
        }
        if (text.startsWith("Expected a field name")) {
            return "a key must be a plain name, not a list or an object";
        }
        Matcher m = JACKSON_SOURCE.matcher(text);
        text = m.replaceAll(" (opened at line $1, column $2)");
        text = CHAR_CODE.matcher(text).replaceAll("");
        return oneLine(text);
    }

    private static String oneLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
