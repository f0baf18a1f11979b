package org.ctorole.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;

/**
 * The rules of one GitHub or GitLab {@code CODEOWNERS} file, in the order written: each rule's pattern,
 * the knowledge area it names and its owners as written. GitLab sections ({@code [Section]},
 * {@code ^[Optional]}, {@code [Section][2]}) give their default owners to the rules without owners;
 * {@code \ } escapes a space; a word starting with {@code #} after the pattern ends the line. The area of
 * a rule is the first area of the mapping's {@code areas:} listing its pattern (or a folder above it),
 * else the pattern without its leading {@code /} and trailing {@code /}, {@code /*} or {@code /**}.
 * Bad content never throws: every owner that is neither {@code @user}, {@code @org/team} nor an e-mail
 * address, and a file that cannot be read or is not UTF-8, is a problem at its line and column.
 *
 * <pre>{@code
 * CodeownersFile file = CodeownersFile.read(ImportSource.of(Path.of(".github/CODEOWNERS")), ImportMapping.none())
 *         .orThrow();
 * file.rules().get(0).area();      // "services/billing" for "/services/billing/ @ana"
 * }</pre>
 *
 * @param source   the name of the source read
 * @param rules    the rules in the order of their lines
 * @param problems what makes the file unusable, each with its place
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CodeownersFile(String source, List<Rule> rules, List<Problem> problems) {

    private static final Pattern SECTION = Pattern.compile("^\\^?\\[([^\\]]+)\\](?:\\[(\\d+)\\])?\\s*(.*)$");

    public CodeownersFile {
        Objects.requireNonNull(source, "source");
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /**
     * One owner as written.
     *
     * @param text   {@code @user}, {@code @org/team} or an e-mail address
     * @param column its 1-based column
     */
    public record Owner(String text, int column) {
        public Owner {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One ownership rule.
     *
     * @param section the GitLab section it stands in; empty outside sections (and in GitHub files)
     * @param pattern the pattern as written (escapes resolved)
     * @param area    the knowledge area it names
     * @param owners  its owners, or the section's default owners when it lists none; empty: its files are unowned
     * @param at      its line
     */
    public record Rule(String section, String pattern, String area, List<Owner> owners, Provenance at) {
        public Rule {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(area, "area");
            owners = List.copyOf(owners);
            Objects.requireNonNull(at, "at");
        }

        /** Whether the rule gives its files an owner (a rule without owners makes them unowned). */
        public boolean owned() {
            return !owners.isEmpty();
        }
    }

    /** Reads a file; its areas are named through the mapping's {@code areas:}. */
    public static CodeownersFile read(ImportSource source, ImportMapping mapping) {
        String name = source.name();
        List<Rule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int lineNr = 0;
        try (InputStream in = source.open(); BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            String section = "";
            List<Owner> defaults = List.of();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNr++;
                if (lineNr == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Provenance at = Provenance.line(name, lineNr);
                Matcher header = SECTION.matcher(text);
                if (header.matches()) {
                    section = header.group(1).strip();
                    int offset = line.indexOf(text) + header.start(3);
                    defaults = owners(tokens(header.group(3), offset), at, problems);
                    continue;
                }
                List<Owner> tokens = tokens(line, 0);
                String pattern = tokens.get(0).text();
                List<Owner> owners = owners(tokens.subList(1, tokens.size()), at, problems);
                if (owners.isEmpty() && !section.isEmpty()) {
                    owners = defaults;
                }
                rules.add(new Rule(section, pattern, area(pattern, mapping), owners, at));
            }
        } catch (NoSuchFileException e) {
            problems.add(problem(name, 1, 1, "cannot read '" + name + "': no such file"));
        } catch (CharacterCodingException e) {
            problems.add(problem(name, lineNr + 1, 1, "the file is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(problem(name, 1, 1, "cannot read '" + name + "': " + e.getMessage()));
        }
        return new CodeownersFile(name, rules, problems);
    }

    /**
     * This file, if it has no problems.
     *
     * @throws InvalidInputException listing every problem with its place
     */
    public CodeownersFile orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("CODEOWNERS " + source, problems);
        }
        return this;
    }

    private static Problem problem(String source, int line, int column, String message) {
        return new Problem("", message, Optional.of(new Problem.Location(source, Math.max(line, 1),
                Math.max(column, 1))));
    }

    /** Whitespace-separated words ({@code \ } escapes a space); a word starting with # ends the line. */
    private static List<Owner> tokens(String line, int offset) {
        List<Owner> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                if (start < 0) {
                    start = i;
                }
                word.append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    words.add(new Owner(word.toString(), offset + start + 1));
                    word.setLength(0);
                    start = -1;
                }
            } else {
                if (start < 0) {
                    if (c == '#' && !words.isEmpty()) {
                        break;
                    }
                    start = i;
                }
                word.append(c);
            }
        }
        if (start >= 0) {
            words.add(new Owner(word.toString(), offset + start + 1));
        }
        return words;
    }

    private static List<Owner> owners(List<Owner> words, Provenance at, List<Problem> problems) {
        List<Owner> owners = new ArrayList<>();
        for (Owner w : words) {
            String t = w.text();
            boolean handle = t.startsWith("@") && t.length() > 1;
            boolean email = !t.startsWith("@") && ProfileValidator.EMAIL.matcher(t).matches();
            if (handle || email) {
                owners.add(w);
            } else {
                problems.add(problem(at.source(), at.line(), w.column(), "'" + t + "' is not an owner: expected @user,"
                        + " @org/team or an e-mail address"));
            }
        }
        return owners;
    }

    /** The area of a pattern: the first mapping area listing it (or a folder above it), else the pattern itself. */
    private static String area(String pattern, ImportMapping mapping) {
        String p = path(pattern);
        for (Map.Entry<String, List<String>> area : mapping.areas().entrySet()) {
            for (String listed : area.getValue()) {
                String l = path(listed);
                if (l.equals(p) || p.startsWith(l + "/")) {
                    return area.getKey();
                }
            }
        }
        return p;
    }

    /** A pattern without its leading slash and trailing {@code /}, {@code /*} or {@code /**}. */
    private static String path(String pattern) {
        String p = pattern.startsWith("/") && pattern.length() > 1 ? pattern.substring(1) : pattern;
        while (p.length() > 1 && (p.endsWith("/**") || p.endsWith("/*") || p.endsWith("/"))) {
            p = p.substring(0, p.endsWith("/**") ? p.length() - 3 : p.endsWith("/*") ? p.length() - 2 : p.length() - 1);
        }
        return p;
    }
}
