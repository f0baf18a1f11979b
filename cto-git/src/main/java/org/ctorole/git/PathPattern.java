package org.ctorole.git;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A glob over repository-relative paths ({@code /} between directories), with the meaning a
 * {@code .gitignore} line has:
 * <ul>
 *   <li>{@code *} matches any characters but {@code /}, {@code ?} one such character, {@code [abc]} and
 *       {@code [!abc]} one character of (not of) the set, {@code **} any characters including {@code /}
 *       ({@code a/**}{@code /b} matches {@code a/b}, {@code a/x/b}, {@code a/x/y/b});</li>
 *   <li>a pattern with no {@code /} but a trailing one matches a name at any depth ({@code *.min.js},
 *       {@code vendor}); any other is anchored at the repository root ({@code src/gen/*.java};
 *       a leading {@code /} is dropped);</li>
 *   <li>a pattern that matches a directory matches everything under it ({@code vendor} and
 *       {@code docs/} leave out {@code docs/a/b.md}); a trailing {@code /} matches directories only.</li>
 * </ul>
 *
 * <pre>{@code PathPattern.of("*.min.js").matches("web/lib/app.min.js") // true}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PathPattern {
    private final String glob;
    private final Pattern regex;
    /** A match without a regular expression for the common shapes ({@code name}, {@code *.ext}, {@code name.*}). */
    private final SegmentTest fast;
    private final boolean ignoreCase;
    private final boolean descend;

    private PathPattern(String glob, Pattern regex, SegmentTest fast, boolean ignoreCase, boolean descend) {
        this.glob = glob;
        this.regex = regex;
        this.fast = fast;
        this.ignoreCase = ignoreCase;
        this.descend = descend;
    }

    /** Tests one segment {@code path[from, to)} of a path; {@code last} when it is the file name. */
    @FunctionalInterface
    private interface SegmentTest {
        boolean test(String path, int from, int to, boolean last);
    }

    /**
     * The pattern of {@code glob}, matched with case.
     *
     * @throws IllegalArgumentException for a blank pattern or an unclosed {@code [}
     */
    public static PathPattern of(String glob) {
        return compile(glob, false, true);
    }

    /** The pattern of {@code glob}, matched without regard to case (the built-in default exclusions). */
    public static PathPattern ignoringCase(String glob) {
        return compile(glob, true, true);
    }

    /**
     * The pattern of a {@code CODEOWNERS} line, which GitHub reads as {@code .gitignore} reads its lines
     * but for one case: a pattern ending in {@code /*} matches the files directly in that directory, not
     * those further down ({@code docs/*} owns {@code docs/a.md}, not {@code docs/build/b.md}).
     */
    public static PathPattern ofCodeowners(String glob) {
        return compile(glob, false, !glob.strip().endsWith("/*"));
    }

    /** {@code descend}: whether a match of a directory matches everything under it. */
    private static PathPattern compile(String glob, boolean ignoreCase, boolean descend) {
        Objects.requireNonNull(glob, "glob");
        String body = glob.strip();
        boolean directoryOnly = body.endsWith("/");
        while (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        boolean anchored = body.contains("/");
        while (body.startsWith("/")) {
            body = body.substring(1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty path pattern '" + glob + "'");
        }
        StringBuilder re = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        translate(glob, body, re);
        re.append(directoryOnly ? "/.*$" : descend ? "(?:/.*)?$" : "$");
        return new PathPattern(glob, Pattern.compile(re.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0),
                anchored ? null : segmentTest(body, directoryOnly, ignoreCase), ignoreCase, descend);
    }

    /**
     * For a pattern without {@code /} of the form {@code lit}, {@code *lit}, {@code lit*} or {@code *lit*}
     * (no other wildcard), the test of one segment; null for any other pattern.
     */
    private static SegmentTest segmentTest(String body, boolean directoryOnly, boolean ignoreCase) {
        boolean leading = body.startsWith("*");
        boolean trailing = body.length() > 1 && body.endsWith("*");
        String literal = body.substring(leading ? 1 : 0, body.length() - (trailing ? 1 : 0));
        if (literal.isEmpty() || literal.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '\\')) {
            return null;
        }
        int n = literal.length();
        SegmentTest test;
        if (leading && trailing) {
            test = (p, from, to, last) -> indexOf(p, from, to, literal, ignoreCase) >= 0;
        } else if (leading) {
            test = (p, from, to, last) -> to - from >= n && p.regionMatches(ignoreCase, to - n, literal, 0, n);
        } else if (trailing) {
            test = (p, from, to, last) -> to - from >= n && p.regionMatches(ignoreCase, from, literal, 0, n);
        } else {
            test = (p, from, to, last) -> to - from == n && p.regionMatches(ignoreCase, from, literal, 0, n);
        }
        return directoryOnly ? (p, from, to, last) -> !last && test.test(p, from, to, false) : test;
    }

    private static int indexOf(String path, int from, int to, String literal, boolean ignoreCase) {
        for (int i = from; i + literal.length() <= to; i++) {
            if (path.regionMatches(ignoreCase, i, literal, 0, literal.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void translate(String glob, String body, StringBuilder re) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < body.length() && body.charAt(i + 1) == '/') {
                    i++;
                    re.append("(?:.*/)?"); // "**/" is zero or more whole directories
                } else {
                    re.append(".*");
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = body.indexOf(']', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in path pattern '" + glob + "'");
                }
                String set = body.substring(i + 1, close);
                re.append('[');
                if (set.startsWith("!")) {
                    re.append('^');
                    set = set.substring(1);
                }
                for (char s : set.toCharArray()) {
                    if ("\\[]^&".indexOf(s) >= 0) {
                        re.append('\\'); // literal inside a regex class; '-' keeps its range meaning
                    }
                    re.append(s);
                }
                re.append(']');
                i = close;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
    }

    /** Whether the repository-relative {@code path} or one of its directories matches. */
    public boolean matches(String path) {
        if (fast == null) {
            return regex.matcher(path).matches();
        }
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            int to = slash < 0 ? path.length() : slash;
            if (fast.test(path, from, to, slash < 0)) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            from = slash + 1;
        }
    }

    /** The regular-expression form alone, to check the fast form against. */
    boolean matchesByRegex(String path) {
        return regex.matcher(path).matches();
    }

    /** The glob as given. */
    public String glob() {
        return glob;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathPattern p && p.glob.equals(glob) && p.ignoreCase == ignoreCase
                && p.descend == descend;
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
