package org.ctorole.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one pass of the parser learnt about the text, filled by an {@link IndexingParser} while
 * the mapping reads from it: where each path stands (so that problems found later, on records,
 * get a line and column), plus what only the text shows: syntax errors, duplicate keys, YAML
 * aliases, excessive nesting, which top-level keys are present. A problem points at the key of
 * the field it is about, or at the list item.
 */
final class SourceIndex {

    private static final Pattern JACKSON_SOURCE = Pattern.compile(
            "\\s*\\(for \\w+ starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)]\\)");
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");

    private final Map<String, Long> locations = new HashMap<>();
    private final Set<String> topLevelKeys = new HashSet<>();
    private final Set<String> topLevelNulls = new HashSet<>();
    private final List<RawProblem> problems = new ArrayList<>();
    private boolean rootIsObject;
    private boolean fatal;

    /** Problems the text alone shows. */
    List<RawProblem> problems() {
        return problems;
    }

    /** Whether the text cannot be mapped at all (syntax, limits, aliases, emptiness). */
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
            Long at = locations.get(p);
            if (at != null) {
                return new int[] {(int) (at >>> 32), (int) (long) at};
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = parent(p);
        }
    }

    void add(RawProblem problem) {
        problems.add(problem);
    }

    void fail(RawProblem problem) {
        problems.add(problem);
        fatal = true;
    }

    /** Records where a path stands; the first place wins (a duplicate key keeps the first). */
    void place(String path, int line, int column) {
        locations.putIfAbsent(path, (long) line << 32 | column & 0xFFFFFFFFL);
    }

    void root(boolean isObject) {
        rootIsObject = isObject;
    }

    void topLevelKey(String key) {
        topLevelKeys.add(key);
    }

    void topLevelNull(String key) {
        topLevelNulls.add(key);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
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

    static String oneLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
