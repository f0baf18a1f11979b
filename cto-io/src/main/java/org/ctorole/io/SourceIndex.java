package org.ctorole.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.model.validation.Problem;

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
    /** Beyond this many keys an object finds duplicates through a hash set rather than by comparing. */
    private static final int SMALL_OBJECT = 12;

    private final List<RawProblem> problems = new ArrayList<>();
    private final Set<String> topLevelNulls = new HashSet<>();
    private Node root;
    private long rootPlace;
    private boolean rootIsObject;
    private boolean fatal;

    /**
     * An object or a list of the text: where each of its entries stands (an object's at its key,
     * a list's at the item) and which entries are objects or lists themselves. Paths are not built
     * while reading (most texts have no problem to place); {@link #path()} builds one when needed.
     */
    static final class Node {
        final Node parent;
        /** The key in the parent object, or {@code null}. */
        final String name;
        /** The position in the parent list, or -1. */
        final int index;
        final boolean array;
        final int depth;
        private String[] names;
        private long[] places = new long[4];
        private Node[] children = new Node[4];
        private Set<String> nameSet;
        private int size;

        Node(Node parent, String name, int index, boolean array) {
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.array = array;
            this.depth = parent == null ? 1 : parent.depth + 1;
            this.names = array ? null : new String[4];
        }

        /** Adds a key; -1 when the object has it already (the first place counts). */
        int addKey(String key, long place) {
            if (has(key)) {
                return -1;
            }
            int entry = grow(place);
            names[entry] = key;
            if (nameSet != null) {
                nameSet.add(key);
            } else if (size > SMALL_OBJECT) {
                nameSet = new HashSet<>(Arrays.asList(names).subList(0, size));
            }
            return entry;
        }

        /** Adds a list item; its index. */
        int addItem(long place) {
            return grow(place);
        }

        void child(int entry, Node node) {
            children[entry] = node;
        }

        /** The number of items of a list read so far. */
        int size() {
            return size;
        }

        boolean has(String key) {
            if (nameSet != null) {
                return nameSet.contains(key);
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        private int grow(long place) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
                children = Arrays.copyOf(children, size * 2);
                if (names != null) {
                    names = Arrays.copyOf(names, size * 2);
                }
            }
            places[size] = place;
            return size++;
        }

        /** The path of this object or list, written as in {@code Problem}: {@code people[3].backup}. */
        String path() {
            if (parent == null) {
                return "";
            }
            return parent.entryPath(name, index);
        }

        /** The path of an entry of this object ({@code key}) or list ({@code item}). */
        String entryPath(String key, int item) {
            String here = path();
            if (array) {
                return here + "[" + item + "]";
            }
            return here.isEmpty() ? key : here + "." + key;
        }

        /** The key of the top-level entry this node lies in ({@code ""} when the root is a list). */
        String topKey(String key) {
            Node node = this;
            String top = key;
            while (node.parent != null) {
                top = node.name;
                node = node.parent;
            }
            return node.array || top == null ? "" : top;
        }
    }

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
        return root != null && !root.array && root.has(key);
    }

    boolean isTopLevelNull(String key) {
        return topLevelNulls.contains(key);
    }

    /**
     * Line and column of the path, or of its nearest ancestor present in the text. A key may
     * itself hold a dot or a bracket: at each object the longest key that fits is followed.
     */
    int[] locate(String path) {
        long best = rootPlace;
        Node node = root;
        int i = 0;
        while (node != null && i < path.length()) {
            int entry;
            if (path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                entry = node.array && close > i + 1 ? parseIndex(path, i + 1, close) : -1;
                if (entry < 0 || entry >= node.size) {
                    break;
                }
                i = close + 1;
            } else {
                int from = path.charAt(i) == '.' && i > 0 ? i + 1 : i;
                entry = node.array ? -1 : longestKey(node, path, from);
                if (entry < 0) {
                    break;
                }
                i = from + node.names[entry].length();
            }
            best = node.places[entry];
            node = node.children[entry];
        }
        return best == 0 ? new int[] {1, 1} : new int[] {(int) (best >>> 32), (int) best};
    }

    private static int longestKey(Node node, String path, int from) {
        int found = -1;
        for (int e = 0; e < node.size; e++) {
            String key = node.names[e];
            int end = from + key.length();
            if (path.startsWith(key, from) && (end == path.length() || path.charAt(end) == '.'
                    || path.charAt(end) == '[') && (found < 0 || key.length() > node.names[found].length())) {
                found = e;
            }
        }
        return found;
    }

    private static int parseIndex(String path, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9' || value > 100_000_000) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The problems with their place in {@code source}: their own line and column, else their
     * path's; without repeats, in file order.
     */
    List<Problem> located(List<RawProblem> raw, String source) {
        Set<Problem> located = new LinkedHashSet<>();
        for (RawProblem r : raw) {
            int[] at = r.located() ? new int[] {r.line(), r.column()} : locate(r.path());
            located.add(Problem.at(r.path(), r.message()).withLocation(new Problem.Location(source, at[0], at[1])));
        }
        List<Problem> sorted = new ArrayList<>(located);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().orElseThrow().line())
                .thenComparingInt(p -> p.location().orElseThrow().column()));
        return List.copyOf(sorted);
    }

    static long place(int line, int column) {
        return (long) line << 32 | column & 0xFFFFFFFFL;
    }

    void add(RawProblem problem) {
        problems.add(problem);
    }

    void fail(RawProblem problem) {
        problems.add(problem);
        fatal = true;
    }

    /** The root value: where it stands and, for an object or a list, its node. */
    void root(long place, Node node, boolean isObject) {
        rootPlace = place;
        root = node;
        rootIsObject = isObject;
    }

    void topLevelNull(String key) {
        topLevelNulls.add(key);
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
