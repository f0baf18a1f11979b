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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.validation.ProfileValidator;

/**
 * GitHub and GitLab {@code CODEOWNERS} files: each ownership rule ({@code PATTERN OWNER...})
 * becomes a knowledge area whose experts are its owners, one area per pattern unless the mapping
 * file's {@code areas:} groups patterns. As in GitHub, when a pattern is given again the last
 * line wins; GitLab sections ({@code [Section]}, {@code ^[Optional]}, {@code [Section][2]}) each
 * apply, their default owners standing for rules without owners. Owners are {@code @user}
 * (a handle, looked up in the mapping's {@code people:} and else taken as a person id),
 * {@code @org/team} (expanded through teams) or an e-mail address. A rule without owners makes
 * files unowned; it is skipped and counted.
 */
final class CodeownersImporter implements Importer {

    private static final Pattern SECTION = Pattern.compile("^\\^?\\[([^\\]]+)\\](?:\\[(\\d+)\\])?\\s*(.*)$");

    private final ImportMapping mapping;
    private final Teams teams;

    CodeownersImporter(ImportMapping mapping, Teams teams) {
        this.mapping = mapping;
        this.teams = mapping.teams().and(teams);
    }

    /** One owner as written, with its column. */
    private record Owner(String text, int column) {
    }

    /** One rule: a pattern of a section and its owners. */
    private record Rule(String section, String pattern, List<Owner> owners, Provenance at) {
    }

    @Override
    public ImportResult read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.CODEOWNERS.key(),
                sources.stream().map(ImportSource::name).toList()).knowsKnowledge();
        // Per section, the rule of each pattern: a later line with the same pattern replaces it.
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (ImportSource source : sources) {
            parse(source, rules, result);
        }
        Map<String, Set<String>> experts = new LinkedHashMap<>();
        Map<String, List<Provenance>> places = new LinkedHashMap<>();
        for (Rule rule : rules.values()) {
            if (rule.owners().isEmpty()) {
                result.skip("pattern '" + rule.pattern() + "'", "no owner: its files are unowned", rule.at());
                continue;
            }
            String area = area(rule.pattern());
            Set<String> people = experts.computeIfAbsent(area, a -> new LinkedHashSet<>());
            places.computeIfAbsent(area, a -> new ArrayList<>()).add(rule.at());
            for (Owner owner : rule.owners()) {
                people.addAll(expand(owner, rule, result));
            }
        }
        experts.forEach((area, people) -> {
            Boolean critical = mapping.critical().contains(area) ? Boolean.TRUE : null;
            for (Provenance at : places.get(area)) {
                result.area(new KnowledgeArea(area, critical, new ArrayList<>(people)), at);
            }
        });
        return result.build();
    }

    private void parse(ImportSource source, Map<String, Rule> rules, ImportResult.Builder result) {
        String name = source.name();
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
                    defaults = owners(tokens(header.group(3), offset), at, result);
                    continue;
                }
                List<Owner> tokens = tokens(line, 0);
                String pattern = tokens.get(0).text();
                List<Owner> owners = owners(tokens.subList(1, tokens.size()), at, result);
                if (owners.isEmpty() && !section.isEmpty()) {
                    owners = defaults;
                }
                Rule earlier = rules.remove(section + "\u0000" + pattern);
                if (earlier != null) {
                    result.skip("pattern '" + pattern + "'", "given again at line " + lineNr
                            + " (the last matching pattern wins)", earlier.at());
                }
                rules.put(section + "\u0000" + pattern, new Rule(section, pattern, owners, at));
            }
        } catch (NoSuchFileException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': no such file");
        } catch (CharacterCodingException e) {
            result.problem(Provenance.line(name, lineNr + 1), "", "the file is not UTF-8 text");
        } catch (IOException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': " + e.getMessage());
        }
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

    private static List<Owner> owners(List<Owner> words, Provenance at, ImportResult.Builder result) {
        List<Owner> owners = new ArrayList<>();
        for (Owner w : words) {
            String t = w.text();
            boolean handle = t.startsWith("@") && t.length() > 1;
            boolean email = !t.startsWith("@") && ProfileValidator.EMAIL.matcher(t).matches();
            if (handle || email) {
                owners.add(w);
            } else {
                result.problem(at, w.column(), "", "'" + t + "' is not an owner: expected @user, @org/team or an"
                        + " e-mail address");
            }
        }
        return owners;
    }

    /** The references an owner stands for. */
    private List<String> expand(Owner owner, Rule rule, ImportResult.Builder result) {
        String t = owner.text();
        Optional<String> alias = mapping.alias(t).or(() -> t.startsWith("@") ? mapping.alias(t.substring(1))
                : Optional.empty());
        if (alias.isPresent()) {
            return List.of(alias.get());
        }
        if (t.startsWith("@@")) {
            result.skip("owner '" + t + "' of '" + rule.pattern() + "'", "a GitLab role: not expanded to people",
                    rule.at());
            return List.of();
        }
        if (t.startsWith("@") && t.indexOf('/') > 0) {
            Optional<List<String>> members = teams.members(t);
            if (members.isEmpty()) {
                result.skip("owner '" + t + "' of '" + rule.pattern() + "'", "team with no known members: import"
                        + " its group (--teams) or list it under teams: in a mapping file", rule.at());
                return List.of();
            }
            return members.get();
        }
        return List.of(t.startsWith("@") ? t.substring(1) : t);
    }

    /** The area of a pattern: the first mapping area listing it (or a folder above it), else the pattern itself. */
    private String area(String pattern) {
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
    static String path(String pattern) {
        String p = pattern.startsWith("/") && pattern.length() > 1 ? pattern.substring(1) : pattern;
        while (p.length() > 1 && (p.endsWith("/**") || p.endsWith("/*") || p.endsWith("/"))) {
            p = p.substring(0, p.endsWith("/**") ? p.length() - 3 : p.endsWith("/*") ? p.length() - 2 : p.length() - 1);
        }
        return p;
    }
}
