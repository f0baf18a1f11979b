package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.SystemAsset;

/**
 * Backstage software catalogs ({@code catalog-info.yaml}, any number of YAML documents per file):
 * <ul>
 *   <li>{@code Component} → a system and a knowledge area; {@code Resource} → a system;
 *       {@code System} → a knowledge area. Experts are the members of {@code spec.owner}
 *       ({@code group:...}, {@code user:...}, or a bare name, a group).</li>
 *   <li>critical: the annotation {@value #CRITICAL} ({@code "true"} or {@code "false"}), else a
 *       Component with {@code spec.lifecycle: production}, a Resource a production Component
 *       depends on ({@code spec.dependsOn}), a System with a production Component.</li>
 *   <li>holds data: the annotation {@value #HOLDS_DATA}, else a Resource of a data-store type
 *       ({@code database}, {@code datastore}, {@code storage}, {@code bucket}, {@code s3-bucket},
 *       {@code cache}, {@code queue}, {@code search-index}); otherwise unknown.</li>
 *   <li>{@code Group} → a team (its {@code spec.members}, the Users whose {@code spec.memberOf}
 *       names it, and the members of its {@code spec.children}); {@code User} → a person.</li>
 *   <li>any other kind ({@code API}, {@code Domain}, {@code Location}, {@code Template}, ...) is
 *       skipped and counted.</li>
 * </ul>
 */
final class BackstageImporter implements Importer {

    /** Annotation marking an entity critical or not: {@code "true"} or {@code "false"}. */
    static final String CRITICAL = "ctorole.org/critical";
    /** Annotation saying whether a Component or Resource holds data: {@code "true"} or {@code "false"}. */
    static final String HOLDS_DATA = "ctorole.org/holds-data";

    private static final Set<String> DATA_TYPES = Set.of("database", "datastore", "data-store", "storage", "bucket",
            "s3-bucket", "cache", "queue", "search-index", "warehouse");

    private final ImportMapping mapping;

    BackstageImporter(ImportMapping mapping) {
        this.mapping = mapping;
    }

    /** One entity: its document, where it stands and the tree for locating problems. */
    record Entity(String kind, String name, JsonNode node, LocatedTree tree, Provenance at) {
        JsonNode spec() {
            return node.path("spec");
        }

        String annotation(String key) {
            JsonNode v = node.path("metadata").path("annotations").path(key);
            return v.isValueNode() && !v.isNull() ? v.asText() : null;
        }

        /** The place of a value of this entity, as a problem location. */
        Provenance place(String pointer) {
            return Provenance.at(at.source(), tree.line(pointer), pointer);
        }
    }

    @Override
    public ImportResult read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.BACKSTAGE.key(),
                sources.stream().map(ImportSource::name).toList());
        List<Entity> entities = new ArrayList<>();
        for (ImportSource source : sources) {
            parse(source, entities, result);
        }
        Catalog catalog = new Catalog(entities, result);
        catalog.build();
        return result.build();
    }

    static void parse(ImportSource source, List<Entity> entities, ImportResult.Builder result) {
        String name = source.name();
        try (InputStream in = source.open(); JsonParser p = Yaml.factory().createParser(in)) {
            int document = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                document++;
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.VALUE_NULL) {
                    continue; // an empty document between two ---
                }
                LocatedTree tree = LocatedTree.read(p);
                Provenance at = Provenance.at(name, line, "");
                String documentName = doc(document);
                tree.duplicateKeys().forEach(d -> result.problem(Provenance.line(name, d.line()), d.column(),
                        d.pointer(), "duplicate key in document " + documentName));
                JsonNode node = tree.root();
                if (!node.isObject()) {
                    result.problem(at, "", "document " + doc(document) + " is not an entity (an object with kind and"
                            + " metadata)");
                    continue;
                }
                String kind = node.path("kind").asText("");
                String entityName = node.path("metadata").path("name").asText("");
                if (kind.isBlank()) {
                    result.problem(Provenance.line(name, tree.line("/kind")), "/kind", "document " + doc(document)
                            + " has no kind");
                    continue;
                }
                if (entityName.isBlank()) {
                    result.problem(Provenance.line(name, tree.line("/metadata/name")), "/metadata/name", kind
                            + " in document " + doc(document) + " has no metadata.name");
                    continue;
                }
                entities.add(new Entity(kind, entityName, node, tree, at));
            }
        } catch (NoSuchFileException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': no such file");
        } catch (JsonProcessingException e) {
            var problem = Yaml.syntaxProblem(name, e);
            var where = problem.location().orElseThrow();
            result.problem(Provenance.line(name, where.line()), where.column(), "", problem.message());
        } catch (IOException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': " + e.getMessage());
        }
    }

    private static String doc(int n) {
        return "#" + n;
    }

    /** The entities of all files, turned into people, teams, systems and areas. */
    private final class Catalog {
        private final List<Entity> entities;
        private final ImportResult.Builder result;
        private final Map<String, Entity> groups = new LinkedHashMap<>();
        private final Map<String, Entity> users = new LinkedHashMap<>();
        private final Set<String> productionDependencies = new HashSet<>();
        private final Set<String> productionSystems = new HashSet<>();
        private final Map<String, List<String>> memberOf = new LinkedHashMap<>();

        Catalog(List<Entity> entities, ImportResult.Builder result) {
            this.entities = entities;
            this.result = result;
        }

        void build() {
            for (Entity e : entities) {
                switch (e.kind()) {
                    case "Group" -> groups.put(e.name().toLowerCase(Locale.ROOT), e);
                    case "User" -> users.put(e.name().toLowerCase(Locale.ROOT), e);
                    case "Component" -> {
                        if ("production".equals(e.spec().path("lifecycle").asText())) {
                            e.spec().path("dependsOn").forEach(d -> productionDependencies.add(ref(d.asText(),
                                    "component")));
                            if (e.spec().hasNonNull("system")) {
                                productionSystems.add(name(e.spec().path("system").asText()));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            users.values().forEach(u -> u.spec().path("memberOf").forEach(g -> memberOf
                    .computeIfAbsent(name(g.asText()), k -> new ArrayList<>()).add(u.name())));
            for (Entity u : users.values()) {
                JsonNode profile = u.spec().path("profile");
                String email = profile.path("email").asText(null);
                result.person(ImportedPerson.of(u.name(), profile.path("displayName").asText(null)).withEmail(email),
                        u.at());
            }
            // For other imports (CODEOWNERS) members are e-mails where known: ids differ between sources.
            Map<String, List<String>> teams = new LinkedHashMap<>();
            groups.values().forEach(g -> teams.put(g.name(), members(g, new HashSet<>()).stream().map(m -> {
                Entity u = users.get(m.toLowerCase(Locale.ROOT));
                String email = u == null ? null : u.spec().path("profile").path("email").asText(null);
                return email == null ? m : email;
            }).toList()));
            result.teams(Teams.of(teams));
            for (Entity e : entities) {
                switch (e.kind()) {
                    case "Component" -> {
                        result.system(system(e, "production".equals(e.spec().path("lifecycle").asText())), e.at());
                        area(e, "production".equals(e.spec().path("lifecycle").asText()));
                    }
                    case "Resource" -> result.system(system(e, productionDependencies.contains("resource:"
                            + e.name().toLowerCase(Locale.ROOT))), e.at());
                    case "System" -> area(e, productionSystems.contains(e.name().toLowerCase(Locale.ROOT)));
                    case "Group", "User" -> {
                    }
                    default -> result.skip(e.kind() + " '" + e.name() + "'", "kind " + e.kind() + " not imported",
                            e.at());
                }
            }
        }

        private SystemAsset system(Entity e, boolean production) {
            Boolean critical = flag(e, CRITICAL);
            if (critical == null) {
                critical = mapping.critical().contains(e.name()) || production ? Boolean.TRUE : null;
            }
            Boolean holdsData = flag(e, HOLDS_DATA);
            if (holdsData == null && e.kind().equals("Resource")) {
                holdsData = DATA_TYPES.contains(e.spec().path("type").asText("").toLowerCase(Locale.ROOT))
                        ? Boolean.TRUE : null;
            }
            Optional<SystemAsset> earlier = result.system(e.name());
            if (earlier.isPresent()) {
                result.skip(e.kind() + " '" + e.name() + "'", "a system of that name is already imported", e.at());
                return earlier.get();
            }
            return new SystemAsset(e.name(), holdsData, critical, Optional.empty());
        }

        private void area(Entity e, boolean production) {
            Boolean critical = flag(e, CRITICAL);
            if (critical == null) {
                critical = mapping.critical().contains(e.name()) || production ? Boolean.TRUE : null;
            }
            Set<String> experts = new LinkedHashSet<>(owners(e));
            Optional<KnowledgeArea> earlier = result.area(e.name());
            if (earlier.isPresent()) {
                // A System and a Component of one name are one area: their owners all know it.
                LinkedHashSet<String> all = new LinkedHashSet<>(earlier.get().experts());
                all.addAll(experts);
                experts = all;
                critical = Boolean.TRUE.equals(critical) || earlier.get().isCritical() ? Boolean.TRUE
                        : critical != null ? critical : earlier.get().critical();
            }
            result.area(new KnowledgeArea(e.name(), critical, new ArrayList<>(experts)), e.at());
        }

        private Boolean flag(Entity e, String annotation) {
            String v = e.annotation(annotation);
            if (v == null) {
                return null;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
            }
            String pointer = "/metadata/annotations/" + LocatedTree.escape(annotation);
            result.problem(e.place(pointer), e.tree().column(pointer), pointer, "'" + v + "' is not \"true\" or"
                    + " \"false\"");
            return null;
        }

        /** The person references of an entity's owner. */
        private List<String> owners(Entity e) {
            JsonNode owner = e.spec().path("owner");
            if (!owner.isTextual() || owner.asText().isBlank()) {
                result.skip(e.kind() + " '" + e.name() + "'", "no spec.owner: an area nobody is known to own",
                        e.at());
                return List.of();
            }
            String ref = ref(owner.asText(), "group");
            String name = ref.substring(ref.indexOf(':') + 1);
            if (ref.startsWith("user:")) {
                Entity user = users.get(name);
                return List.of(user != null ? user.name() : mapping.alias(name).orElse(name));
            }
            Entity group = groups.get(name);
            if (group == null) {
                Optional<List<String>> mapped = mapping.teams().members(name);
                if (mapped.isPresent()) {
                    return mapped.get();
                }
                result.skip("owner '" + owner.asText() + "' of " + e.kind() + " '" + e.name() + "'", "no Group entity"
                        + " of that name: add it to the catalog or list it under teams: in a mapping file", e.at());
                return List.of();
            }
            List<String> members = members(group, new HashSet<>());
            if (members.isEmpty()) {
                result.skip("owner '" + owner.asText() + "' of " + e.kind() + " '" + e.name() + "'", "group without"
                        + " members", e.at());
            }
            return members;
        }

        /** A group's users: its members, the users naming it in memberOf and the users of its children. */
        private List<String> members(Entity group, Set<String> seen) {
            Set<String> members = new LinkedHashSet<>();
            if (!seen.add(group.name().toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            group.spec().path("members").forEach(m -> {
                String user = name(m.asText());
                Entity u = users.get(user);
                members.add(u != null ? u.name() : mapping.alias(user).orElse(user));
            });
            members.addAll(memberOf.getOrDefault(group.name().toLowerCase(Locale.ROOT), List.of()));
            group.spec().path("children").forEach(c -> {
                Entity child = groups.get(name(c.asText()));
                if (child != null) {
                    members.addAll(members(child, seen));
                }
            });
            return new ArrayList<>(members);
        }
    }

    /** {@code kind:namespace/name} in lower case, the kind defaulted: {@code group:payments}. */
    static String ref(String text, String defaultKind) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? defaultKind : t.substring(0, colon);
        return kind + ":" + name(t);
    }

    /** The name of an entity reference, without kind and namespace, in lower case. */
    static String name(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        t = t.substring(t.indexOf(':') + 1);
        return t.substring(t.indexOf('/') + 1);
    }
}
