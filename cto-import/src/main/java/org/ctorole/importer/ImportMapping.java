package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Role;
import org.ctorole.model.validation.Problem;

/**
 * What a mapping file tells the importers that the sources do not: which CSV column holds what,
 * extra title rows, employment types, who a handle is, who is in a team, how CODEOWNERS patterns
 * group into knowledge areas and which areas and systems are critical. Every part is optional.
 *
 * <pre>{@code
 * columns:                       # CSV: field -> header, for layouts not recognised as they are
 *   id: Worker ID
 *   manager: Supervisor Worker ID
 *   title: Business Title
 * titles:                        # tried before the standard title table
 *   - { match: Head of Platform, roles: [VP_ENGINEERING] }
 *   - { match: Technology Partner, roles: [CTO], engagement: FRACTIONAL }
 * engagements:                   # employment type -> engagement
 *   Contractor: INTERIM
 * people:                        # a handle or alias -> e-mail, person id or name
 *   "@asilva": ana.silva@northwind.example
 * teams:                         # a team -> its members (when no Group import lists them)
 *   "@northwind/payments": [ana.silva@northwind.example, ben.walker@northwind.example]
 * areas:                         # CODEOWNERS: knowledge area -> the patterns it groups
 *   payments: [/services/payments/, /libs/billing/]
 * critical: [payments, orders-db] # knowledge areas and systems that are critical
 * }</pre>
 *
 * <pre>{@code ImportMapping mapping = ImportMapping.read(Path.of("mapping.yaml"));}</pre>
 *
 * @param columns     CSV header per field
 * @param titles      title rows tried before the standard ones
 * @param engagements engagement per employment type (compared ignoring case)
 * @param people      references per handle or alias (compared ignoring case)
 * @param teams       members per team
 * @param areas       CODEOWNERS patterns per knowledge area, in order
 * @param critical    ids of critical knowledge areas and systems
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportMapping(Map<CsvField, String> columns, List<TitleRoles.Rule> titles,
                            Map<String, Engagement> engagements, Map<String, String> people, Teams teams,
                            Map<String, List<String>> areas, Set<String> critical) {

    private static final ImportMapping NONE = new ImportMapping(Map.of(), List.of(), Map.of(), Map.of(),
            Teams.none(), Map.of(), Set.of());

    private static final Set<String> KEYS = Set.of("columns", "titles", "engagements", "people", "teams", "areas",
            "critical");

    public ImportMapping {
        EnumMap<CsvField, String> cols = new EnumMap<>(CsvField.class);
        cols.putAll(columns);
        columns = Collections.unmodifiableMap(cols);
        titles = List.copyOf(titles);
        engagements = lowerKeys(engagements);
        people = lowerKeys(people);
        teams = teams == null ? Teams.none() : teams;
        Map<String, List<String>> a = new LinkedHashMap<>();
        areas.forEach((k, v) -> a.put(k, List.copyOf(v)));
        areas = Collections.unmodifiableMap(a);
        critical = Collections.unmodifiableSet(new LinkedHashSet<>(critical));
    }

    private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), v));
        return Collections.unmodifiableMap(copy);
    }

    /** No mapping: every importer works from what its source says. */
    public static ImportMapping none() {
        return NONE;
    }

    /** The title table: the standard one with this mapping's rows first. */
    public TitleRoles titleRoles() {
        return TitleRoles.standard().withRules(titles);
    }

    /** The reference a handle or alias stands for, if the mapping names it. */
    public Optional<String> alias(String handle) {
        return Optional.ofNullable(people.get(handle.toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads a mapping file (YAML or JSON).
     *
     * @throws InvalidInputException listing every problem with its line
     */
    public static ImportMapping read(Path file) {
        return read(ImportSource.of(file));
    }

    /** Reads a mapping from any source; see {@link #read(Path)}. */
    public static ImportMapping read(ImportSource source) {
        List<Problem> problems = new ArrayList<>();
        LocatedTree tree = null;
        try (InputStream in = source.open(); JsonParser p = Yaml.factory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.VALUE_NULL) {
                return NONE;
            }
            tree = LocatedTree.read(p);
        } catch (NoSuchFileException e) {
            problems.add(Problem.at("", "cannot read '" + source.name() + "': no such file"));
        } catch (JsonProcessingException e) {
            problems.add(Yaml.syntaxProblem(source.name(), e));
        } catch (IOException e) {
            problems.add(Problem.at("", "cannot read '" + source.name() + "': " + e.getMessage()));
        }
        if (tree == null) {
            throw new InvalidInputException("mapping " + source.name(), problems);
        }
        Reader r = new Reader(source.name(), tree, problems);
        ImportMapping mapping = r.mapping();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("mapping " + source.name(), problems);
        }
        return mapping;
    }

    /** Reads the tree, recording every problem at its line. */
    private static final class Reader {
        private final String source;
        private final LocatedTree tree;
        private final List<Problem> problems;

        Reader(String source, LocatedTree tree, List<Problem> problems) {
            this.source = source;
            this.tree = tree;
            this.problems = problems;
        }

        private void problem(String pointer, String message) {
            problems.add(new Problem(pointer, message, Optional.of(new Problem.Location(source, tree.line(pointer),
                    tree.column(pointer)))));
        }

        ImportMapping mapping() {
            JsonNode root = tree.root();
            tree.duplicateKeys().forEach(d -> problems.add(new Problem(d.pointer(), "duplicate key", Optional.of(
                    new Problem.Location(source, d.line(), d.column())))));
            if (!root.isObject()) {
                problem("", "expected an object with columns, titles, engagements, people, teams, areas, critical");
                return NONE;
            }
            root.fieldNames().forEachRemaining(k -> {
                if (!KEYS.contains(k)) {
                    problem("/" + LocatedTree.escape(k), "unknown key '" + k + "': expected one of columns, titles,"
                            + " engagements, people, teams, areas, critical");
                }
            });
            return new ImportMapping(columns(root.path("columns")), titles(root.path("titles")),
                    engagements(root.path("engagements")), strings(root.path("people"), "/people"),
                    Teams.of(lists(root.path("teams"), "/teams")), lists(root.path("areas"), "/areas"),
                    new LinkedHashSet<>(list(root.path("critical"), "/critical")));
        }

        private Map<CsvField, String> columns(JsonNode node) {
            Map<CsvField, String> columns = new EnumMap<>(CsvField.class);
            strings(node, "/columns").forEach((key, header) -> {
                CsvField field = CsvField.ofKey(key);
                if (field == null) {
                    problem("/columns/" + LocatedTree.escape(key), "unknown field '" + key + "': expected one of "
                            + String.join(", ", java.util.Arrays.stream(CsvField.values()).map(CsvField::key).toList()));
                } else {
                    columns.put(field, header);
                }
            });
            return columns;
        }

        private List<TitleRoles.Rule> titles(JsonNode node) {
            List<TitleRoles.Rule> rules = new ArrayList<>();
            if (node.isMissingNode()) {
                return rules;
            }
            if (!node.isArray()) {
                problem("/titles", "expected a list of {match, roles, engagement}");
                return rules;
            }
            for (int i = 0; i < node.size(); i++) {
                String at = "/titles/" + i;
                JsonNode row = node.get(i);
                if (!row.isObject()) {
                    problem(at, "expected {match: TITLE, roles: [ROLE...]}");
                    continue;
                }
                row.fieldNames().forEachRemaining(k -> {
                    if (!Set.of("match", "roles", "engagement").contains(k)) {
                        problem(at + "/" + LocatedTree.escape(k), "unknown key '" + k
                                + "': expected match, roles, engagement");
                    }
                });
                String match = text(row.path("match"), at + "/match");
                List<Role> roles = new ArrayList<>();
                List<String> names = list(row.path("roles"), at + "/roles");
                for (int r = 0; r < names.size(); r++) {
                    Role role = constant(Role.class, names.get(r), at + "/roles/" + r);
                    if (role != null) {
                        roles.add(role);
                    }
                }
                JsonNode given = row.path("roles");
                if (given.isMissingNode() || given.isArray() && given.isEmpty()) {
                    problem(at, "a title row needs roles: [ROLE...]");
                }
                Engagement engagement = row.has("engagement")
                        ? constant(Engagement.class, text(row.get("engagement"), at + "/engagement"), at + "/engagement")
                        : null;
                if (match != null && !TitleRoles.normalise(match).isEmpty() && !roles.isEmpty()) {
                    rules.add(new TitleRoles.Rule(match, roles, engagement));
                } else if (match != null && TitleRoles.normalise(match).isEmpty()) {
                    problem(at + "/match", "a title to match needs at least one word");
                }
            }
            return rules;
        }

        private Map<String, Engagement> engagements(JsonNode node) {
            Map<String, Engagement> map = new LinkedHashMap<>();
            strings(node, "/engagements").forEach((type, value) -> {
                Engagement e = constant(Engagement.class, value, "/engagements/" + LocatedTree.escape(type));
                if (e != null) {
                    map.put(type, e);
                }
            });
            return map;
        }

        private <E extends Enum<E>> E constant(Class<E> type, String name, String at) {
            if (name == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            problem(at, "unknown value '" + name + "': expected one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }

        private String text(JsonNode node, String at) {
            if (node.isMissingNode()) {
                problem(at.substring(0, at.lastIndexOf('/')), "missing '" + at.substring(at.lastIndexOf('/') + 1) + "'");
                return null;
            }
            if (!node.isTextual() && !node.isNumber()) {
                problem(at, "expected text, got " + describe(node));
                return null;
            }
            return node.asText();
        }

        private Map<String, String> strings(JsonNode node, String at) {
            Map<String, String> map = new LinkedHashMap<>();
            if (node.isMissingNode()) {
                return map;
            }
            if (!node.isObject()) {
                problem(at, "expected an object of NAME: VALUE, got " + describe(node));
                return map;
            }
            node.properties().forEach(e -> {
                String value = text(e.getValue(), at + "/" + LocatedTree.escape(e.getKey()));
                if (value != null) {
                    map.put(e.getKey(), value);
                }
            });
            return map;
        }

        private Map<String, List<String>> lists(JsonNode node, String at) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            if (node.isMissingNode()) {
                return map;
            }
            if (!node.isObject()) {
                problem(at, "expected an object of NAME: [VALUE...], got " + describe(node));
                return map;
            }
            node.properties().forEach(e -> map.put(e.getKey(),
                    list(e.getValue(), at + "/" + LocatedTree.escape(e.getKey()))));
            return map;
        }

        private List<String> list(JsonNode node, String at) {
            List<String> values = new ArrayList<>();
            if (node.isMissingNode()) {
                return values;
            }
            if (!node.isArray()) {
                problem(at, "expected a list, got " + describe(node));
                return values;
            }
            for (int i = 0; i < node.size(); i++) {
                String value = text(node.get(i), at + "/" + i);
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        private static String describe(JsonNode node) {
            if (node.isObject()) {
                return "an object";
            }
            if (node.isArray()) {
                return "a list";
            }
            return node.isNull() ? "nothing" : "'" + node.asText() + "'";
        }
    }
}
