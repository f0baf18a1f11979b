package org.ctorole.git;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Canonical names and e-mail addresses from a mailmap in git's own format (gitmailmap(5)):
 * <pre>
 * Proper Name &lt;commit@email.xx&gt;
 * &lt;proper@email.xx&gt; &lt;commit@email.xx&gt;
 * Proper Name &lt;proper@email.xx&gt; &lt;commit@email.xx&gt;
 * Proper Name &lt;proper@email.xx&gt; Commit Name &lt;commit@email.xx&gt;
 * </pre>
 * Lines starting with {@code #} and blank lines are ignored, and so is text after the last {@code >} (a name
 * without an e-mail, or a comment), as git does. E-mails and names are matched without regard to case; an
 * entry naming the commit name wins over one that does not; a later line for the same commit identity fills
 * in or replaces what an earlier one gave, as in git. A line git would silently skip (no {@code <email>}) is
 * reported: as an error by {@link #parse(String, String)}, to a callback by the lenient form.
 *
 * <pre>{@code Mailmap.parse("Ana Silva <ana@old.example>\n", ".mailmap").map("ana", "ana@old.example")}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Mailmap {
    /** Commit e-mail (lower case) → the entry for any name, and the entries for given names (lower case). */
    private final Map<String, Entries> byEmail;

    private Mailmap(Map<String, Entries> byEmail) {
        this.byEmail = byEmail;
    }

    /** The mailmap that maps nothing. */
    public static Mailmap empty() {
        return new Mailmap(Map.of());
    }

    /**
     * Parses a mailmap.
     *
     * @param text   its content
     * @param source where it comes from, for messages (a path, or {@code REV:.mailmap})
     * @throws GitAnalysisException listing every line that is not an entry, as {@code source:line: ...}
     */
    public static Mailmap parse(String text, String source) {
        List<String> problems = new ArrayList<>();
        Mailmap mailmap = parse(text, source, problems::add);
        if (!problems.isEmpty()) {
            throw new GitAnalysisException(GitAnalysisException.Problem.MAILMAP,
                    "invalid mailmap:\n  " + String.join("\n  ", problems));
        }
        return mailmap;
    }

    /**
     * Parses a mailmap, skipping the lines that are not entries after telling {@code skipped} about each
     * ({@code source:line: why}); for a mailmap the user cannot fix, such as one in a past revision.
     */
    public static Mailmap parse(String text, String source, Consumer<String> skipped) {
        Map<String, Entries> map = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String[]> parts = new ArrayList<>(); // {name, email} pairs
            int at = 0;
            String error = null;
            while (parts.size() < 2) {
                int open = line.indexOf('<', at);
                if (open < 0) {
                    break;
                }
                int close = line.indexOf('>', open + 1);
                if (close < 0) {
                    error = "'<' without a closing '>'";
                    break;
                }
                parts.add(new String[] {line.substring(at, open).strip(), line.substring(open + 1, close).strip()});
                at = close + 1;
            }
            if (error == null && parts.isEmpty()) {
                error = "expected 'Proper Name <commit@email>' or 'Proper Name <proper@email> [Commit Name] <commit@email>'";
            }
            if (error != null) {
                skipped.accept(source + ":" + (i + 1) + ": " + error);
                continue;
            }
            String properName = parts.get(0)[0];
            if (parts.size() == 1) {
                add(map, parts.get(0)[1], null, blankToNull(properName), null);
            } else {
                add(map, parts.get(1)[1], blankToNull(parts.get(1)[0]), blankToNull(properName),
                        blankToNull(parts.get(0)[1]));
            }
        }
        return new Mailmap(map);
    }

    /** This mailmap with the entries of {@code later} added after its own (they win, as git's mailmap.file). */
    public Mailmap then(Mailmap later) {
        Map<String, Entries> merged = new HashMap<>();
        byEmail.forEach((email, entries) -> merged.put(email, entries.copy()));
        later.byEmail.forEach((email, entries) -> {
            Entries target = merged.computeIfAbsent(email, e -> new Entries());
            if (entries.anyName != null) {
                target.anyName = Mapping.merge(target.anyName, entries.anyName);
            }
            entries.byName.forEach((name, m) -> target.byName.merge(name, m, Mapping::merge));
        });
        return new Mailmap(merged);
    }

    /** The canonical identity of a commit's author. */
    public Developer map(String name, String email) {
        Entries entries = byEmail.get(email.toLowerCase(Locale.ROOT));
        if (entries == null) {
            return new Developer(name, email);
        }
        Mapping m = entries.byName.get(name.toLowerCase(Locale.ROOT));
        if (m == null) {
            m = entries.anyName;
        }
        if (m == null) {
            return new Developer(name, email);
        }
        return new Developer(m.name == null ? name : m.name, m.email == null ? email : m.email);
    }

    /** The number of commit identities mapped. */
    public int size() {
        return byEmail.values().stream().mapToInt(e -> (e.anyName == null ? 0 : 1) + e.byName.size()).sum();
    }

    private static void add(Map<String, Entries> map, String commitEmail, String commitName, String properName,
                            String properEmail) {
        Entries entries = map.computeIfAbsent(commitEmail.toLowerCase(Locale.ROOT), e -> new Entries());
        Mapping m = new Mapping(properName, properEmail);
        if (commitName == null) {
            entries.anyName = Mapping.merge(entries.anyName, m);
        } else {
            entries.byName.merge(commitName.toLowerCase(Locale.ROOT), m, Mapping::merge);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** What an entry replaces; null keeps the commit's own. */
    private record Mapping(String name, String email) {
        /** A later line fills in or replaces what it gives, keeping the rest (git's add_mapping). */
        static Mapping merge(Mapping earlier, Mapping later) {
            if (earlier == null) {
                return later;
            }
            return new Mapping(later.name != null ? later.name : earlier.name,
                    later.email != null ? later.email : earlier.email);
        }
    }

    private static final class Entries {
        Mapping anyName;
        final Map<String, Mapping> byName = new HashMap<>();

        Entries copy() {
            Entries c = new Entries();
            c.anyName = anyName;
            c.byName.putAll(byName);
            return c;
        }
    }

    @Override
    public String toString() {
        return "Mailmap[" + size() + " entries]";
    }
}
