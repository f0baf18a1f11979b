package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.validation.ProfileValidator;

/**
 * SCIM 2.0 exports (RFC 7643 resources in RFC 7644 {@code ListResponse} pages): {@code User}
 * resources become people, with the Enterprise User extension's manager and department, the
 * title for roles and {@code active: false} users skipped and counted; {@code Group} resources
 * become teams. A file may hold one page, several pages one after the other, a JSON list of
 * pages or a single resource; several files are several pages. Each resource is read on its own
 * from a streaming parser, so a 100,000-user export is never one tree in memory.
 */
final class ScimImporter implements Importer {

    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private static final ObjectMapper JSON = new ObjectMapper(Yaml.json());

    private final ImportMapping mapping;
    private final TitleRoles titles;

    ScimImporter(ImportMapping mapping) {
        this.mapping = mapping;
        this.titles = mapping.titleRoles();
    }

    private record User(String scimId, String userName, String name, String email, String title, String department,
                        String userType, String managerId, Provenance at) {
    }

    private record Group(String scimId, String name, List<String> members, Provenance at) {
    }

    /** What one read collects across files. */
    private static final class Read {
        final Map<String, User> users = new LinkedHashMap<>();
        final Map<String, Provenance> inactive = new HashMap<>();
        final Map<String, Group> groups = new LinkedHashMap<>();
        int declaredTotal = -1;
        int resources;
    }

    @Override
    public ImportResult read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.SCIM.key(),
                sources.stream().map(ImportSource::name).toList()).knowsPeople();
        Read read = new Read();
        for (ImportSource source : sources) {
            parse(source, read, result);
        }
        if (read.declaredTotal > read.resources) {
            result.note("the export says there are " + read.declaredTotal + " resources (totalResults) but its pages"
                    + " hold " + read.resources + ": a page may be missing");
        }
        Map<String, String> personIds = people(read, result);
        teams(read, personIds, result);
        return result.build();
    }

    private void parse(ImportSource source, Read read, ImportResult.Builder result) {
        String name = source.name();
        try (InputStream in = source.open(); JsonParser p = JSON.createParser(in)) {
            // One page, pages one after the other (each a document of its own), or a JSON list of pages.
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    int i = 0;
                    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        value(p, name, "/" + i++, read, result);
                    }
                } else {
                    value(p, name, "", read, result);
                }
            }
        } catch (NoSuchFileException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': no such file");
        } catch (JsonProcessingException e) {
            result.problem(Provenance.line(name, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                    e.getLocation() == null ? 1 : e.getLocation().getColumnNr(), "",
                    Yaml.syntaxProblem(name, e).message());
        } catch (IOException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': " + e.getMessage());
        }
    }

    /** A top-level value: a ListResponse page (its resources streamed one by one) or one resource. */
    private void value(JsonParser p, String source, String pointer, Read read, ImportResult.Builder result)
            throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            result.problem(Provenance.at(source, line, pointer), pointer, "expected a SCIM ListResponse or resource"
                    + " object, got " + p.currentToken().asString());
            p.skipChildren();
            return;
        }
        ObjectNode rest = JSON.createObjectNode();
        boolean page = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            t = p.nextToken();
            if (field.equals("Resources") && t == JsonToken.START_ARRAY) {
                page = true;
                int i = 0;
                for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    int at = p.currentTokenLocation().getLineNr();
                    String where = pointer + "/Resources/" + i++;
                    read.resources++;
                    if (t != JsonToken.START_OBJECT) {
                        result.problem(Provenance.at(source, at, where), where, "expected a resource object");
                        p.skipChildren();
                        continue;
                    }
                    resource(p.readValueAsTree(), Provenance.at(source, at, where), read, result);
                }
            } else {
                rest.set(field, p.readValueAsTree());
            }
        }
        if (page) {
            JsonNode total = rest.path("totalResults");
            if (total.canConvertToInt()) {
                read.declaredTotal = Math.max(read.declaredTotal, total.asInt());
            }
        } else if (rest.has("schemas") || rest.has("id")) {
            read.resources++;
            resource(rest, Provenance.at(source, line, pointer), read, result);
        } else {
            result.problem(Provenance.at(source, line, pointer), pointer.isEmpty() ? "/" : pointer,
                    "not a SCIM ListResponse (no Resources) nor a resource (no schemas)");
        }
    }

    private void resource(JsonNode r, Provenance at, Read read, ImportResult.Builder result) {
        Set<String> schemas = new HashSet<>();
        r.path("schemas").forEach(s -> schemas.add(s.asText()));
        String type = r.path("meta").path("resourceType").asText("");
        if (schemas.contains(USER) || type.equals("User")) {
            user(r, at, read, result);
        } else if (schemas.contains(GROUP) || type.equals("Group")) {
            group(r, at, read, result);
        } else {
            result.skip("resource " + text(r, "id").map(id -> "'" + id + "'").orElse(at.pointer()),
                    "not a User or Group resource", at);
        }
    }

    private void user(JsonNode r, Provenance at, Read read, ImportResult.Builder result) {
        Optional<String> id = text(r, "id");
        if (id.isEmpty()) {
            result.problem(at, at.pointer() + "/id", "a User needs an id");
            return;
        }
        JsonNode active = r.path("active");
        if (!active.isMissingNode() && !active.isNull() && !active.isBoolean()) {
            result.problem(at, at.pointer() + "/active", "expected true or false, got " + active);
            return;
        }
        String display = displayName(r);
        if (active.isBoolean() && !active.asBoolean()) {
            read.inactive.put(id.get(), at);
            result.skip("user '" + id.get() + "'" + (display == null ? "" : " (" + display + ")"), "inactive", at);
            return;
        }
        User earlier = read.users.get(id.get());
        if (earlier != null) {
            result.skip("user '" + id.get() + "'", "listed again (first at " + earlier.at() + ")", at);
            return;
        }
        String email = email(r, at, result);
        JsonNode enterprise = r.path(ENTERPRISE);
        JsonNode manager = enterprise.path("manager");
        String managerId = manager.isTextual() ? manager.asText() : text(manager, "value").orElse(null);
        read.users.put(id.get(), new User(id.get(), text(r, "userName").orElse(null), display, email,
                text(r, "title").orElse(null), text(enterprise, "department").orElse(null),
                text(r, "userType").orElse(null), managerId, at));
    }

    private static String displayName(JsonNode r) {
        Optional<String> display = text(r, "displayName").or(() -> text(r.path("name"), "formatted"));
        if (display.isPresent()) {
            return display.get();
        }
        Optional<String> given = text(r.path("name"), "givenName");
        Optional<String> family = text(r.path("name"), "familyName");
        if (given.isEmpty() && family.isEmpty()) {
            return null;
        }
        return given.map(g -> family.map(f -> g + " " + f).orElse(g)).orElseGet(family::get);
    }

    /** The primary address, else the work one, else the first. */
    private static String email(JsonNode r, Provenance at, ImportResult.Builder result) {
        JsonNode emails = r.path("emails");
        int chosen = -1;
        for (int i = 0; i < emails.size(); i++) {
            JsonNode e = emails.get(i);
            if (e.path("primary").asBoolean(false)) {
                chosen = i;
                break;
            }
            if (chosen < 0 || "work".equals(e.path("type").asText()) && !"work".equals(emails.get(chosen)
                    .path("type").asText())) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            return null;
        }
        Optional<String> value = text(emails.get(chosen), "value");
        if (value.isPresent() && !ProfileValidator.EMAIL.matcher(value.get()).matches()) {
            result.problem(at, at.pointer() + "/emails/" + chosen + "/value", "'" + value.get()
                    + "' is not an e-mail address");
            return null;
        }
        return value.orElse(null);
    }

    private void group(JsonNode r, Provenance at, Read read, ImportResult.Builder result) {
        Optional<String> id = text(r, "id");
        Optional<String> name = text(r, "displayName");
        if (id.isEmpty() || name.isEmpty()) {
            result.problem(at, at.pointer() + (id.isEmpty() ? "/id" : "/displayName"), "a Group needs an id and a"
                    + " displayName");
            return;
        }
        List<String> members = new ArrayList<>();
        r.path("members").forEach(m -> text(m, "value").ifPresent(members::add));
        read.groups.putIfAbsent(id.get(), new Group(id.get(), name.get(), members, at));
    }

    /** Builds the people and returns the person id of each SCIM user id. */
    private Map<String, String> people(Read read, ImportResult.Builder result) {
        Ids ids = new Ids();
        Map<String, String> personIds = new HashMap<>();
        Map<String, User> byEmail = new HashMap<>();
        boolean managerKnown = false;
        for (User u : read.users.values()) {
            personIds.put(u.scimId(), ids.assign(Ids.localPart(u.email()),
                    u.userName() != null && u.userName().contains("@") ? Ids.localPart(u.userName()) : u.userName(),
                    u.name(), u.scimId()));
            managerKnown |= u.managerId() != null;
            if (u.email() != null) {
                User first = byEmail.putIfAbsent(u.email().toLowerCase(Locale.ROOT), u);
                if (first != null) {
                    result.problem(u.at(), u.at().pointer() + "/emails", "duplicate e-mail '" + u.email()
                            + "' (also " + first.at() + ")");
                }
            }
        }
        Map<String, Optional<TitleRoles.Match>> cache = new HashMap<>();
        for (User u : read.users.values()) {
            ImportedPerson p = ImportedPerson.of(personIds.get(u.scimId()), u.name()).withEmail(u.email());
            Engagement engagement = null;
            if (u.title() != null) {
                String key = u.department() == null ? u.title() : u.title() + "\u0000" + u.department();
                Optional<TitleRoles.Match> match = cache.computeIfAbsent(key, k -> {
                    Optional<TitleRoles.Match> m = titles.match(u.title());
                    return m.isEmpty() && u.department() != null ? titles.match(u.department() + " " + u.title()) : m;
                });
                if (match.isPresent()) {
                    p = p.withRoles(match.get().roles());
                    engagement = match.get().engagement().orElse(null);
                }
            }
            if (engagement == null && u.userType() != null) {
                Engagement mapped = mapping.engagements().get(u.userType().toLowerCase(Locale.ROOT));
                engagement = mapped != null ? mapped : Engagements.standard(u.userType());
            }
            p = p.withEngagement(engagement);
            if (managerKnown) {
                p = p.withManager(manager(u, read, personIds, result));
            }
            result.person(p, u.at());
        }
        return personIds;
    }

    private static String manager(User u, Read read, Map<String, String> personIds, ImportResult.Builder result) {
        String m = u.managerId();
        if (m == null) {
            return null;
        }
        if (m.equals(u.scimId())) {
            result.problem(u.at(), u.at().pointer() + "/" + ENTERPRISE + "/manager/value", "the user is their own"
                    + " manager");
            return null;
        }
        String id = personIds.get(m);
        if (id != null) {
            return id;
        }
        Provenance inactive = read.inactive.get(m);
        if (inactive != null) {
            result.skip("manager of '" + personIds.get(u.scimId()) + "'", "manager '" + m + "' is inactive ("
                    + inactive + "): no manager set", u.at());
            return null;
        }
        return m; // not in this export: the merge looks for them in the profile and reports them if absent
    }

    private static void teams(Read read, Map<String, String> personIds, ImportResult.Builder result) {
        if (read.groups.isEmpty()) {
            return;
        }
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (Group g : read.groups.values()) {
            Set<String> members = new LinkedHashSet<>();
            expand(g, read, members, new HashSet<>(), result);
            List<String> refs = new ArrayList<>();
            for (String m : members) {
                User u = read.users.get(m);
                refs.add(u.email() != null ? u.email() : personIds.get(m));
            }
            teams.put(g.name(), refs);
        }
        result.teams(Teams.of(teams));
        result.note(read.groups.size() + (read.groups.size() == 1 ? " group" : " groups") + " read as teams ("
                + String.join(", ", teams.keySet()) + ")");
    }

    /** Users of a group, nested groups included (each once, so a cycle of groups ends). */
    private static void expand(Group g, Read read, Set<String> users, Set<String> seen, ImportResult.Builder result) {
        if (!seen.add(g.scimId())) {
            return;
        }
        for (String member : g.members()) {
            if (read.users.containsKey(member)) {
                users.add(member);
            } else if (read.groups.containsKey(member)) {
                expand(read.groups.get(member), read, users, seen, result);
            } else if (!read.inactive.containsKey(member)) {
                result.skip("member '" + member + "' of group '" + g.name() + "'", "not a user or group of the"
                        + " export", g.at());
            }
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }
}
