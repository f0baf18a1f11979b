package org.ctorole.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctorole.importer.CodeownersFile.Owner;
import org.ctorole.importer.CodeownersFile.Rule;
import org.ctorole.model.profile.KnowledgeArea;

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

    private final ImportMapping mapping;
    private final Teams teams;

    CodeownersImporter(ImportMapping mapping, Teams teams) {
        this.mapping = mapping;
        this.teams = mapping.teams().and(teams);
    }

    @Override
    public ImportResult read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.CODEOWNERS.key(),
                sources.stream().map(ImportSource::name).toList()).knowsKnowledge();
        // Per section, the rule of each pattern: a later line with the same pattern replaces it.
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (ImportSource source : sources) {
            CodeownersFile file = CodeownersFile.read(source, mapping);
            file.problems().forEach(result::problem);
            for (Rule rule : file.rules()) {
                String key = rule.section() + "\u0000" + rule.pattern();
                Rule earlier = rules.remove(key);
                if (earlier != null) {
                    result.skip("pattern '" + rule.pattern() + "'", "given again at line " + rule.at().line()
                            + " (the last matching pattern wins)", earlier.at());
                }
                rules.put(key, rule);
            }
        }
        Map<String, Set<String>> experts = new LinkedHashMap<>();
        Map<String, List<Provenance>> places = new LinkedHashMap<>();
        for (Rule rule : rules.values()) {
            if (!rule.owned()) {
                result.skip("pattern '" + rule.pattern() + "'", "no owner: its files are unowned", rule.at());
                continue;
            }
            String area = rule.area();
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
}
