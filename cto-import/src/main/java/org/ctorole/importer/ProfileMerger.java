package org.ctorole.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;

/**
 * Merges import results into a profile. The rules:
 * <ul>
 *   <li>People are matched by e-mail first (ignoring case), then by id, then by name when exactly
 *       one person has it; references (managers, experts) are resolved the same way, after the
 *       ids of the same import.</li>
 *   <li>What the profile lacks is added: new people, areas and systems, at the end of their
 *       section in source order, and values the profile leaves out (a name, an e-mail, a manager).</li>
 *   <li>Every value the profile has is kept. Where a source says otherwise it is a {@link Conflict},
 *       listed in the summary; with {@link #preferImport(boolean)} the source's value is taken.</li>
 *   <li>What a source does not know (a title it has no row for, a criticality) never counts against
 *       the profile. New items get the defaults the profile format has: role OTHER, not critical,
 *       holds no data, engagement FULL_TIME; the summary counts them.</li>
 *   <li>Merging the same results into the merged profile changes nothing: the result is the same,
 *       in the same order.</li>
 * </ul>
 * The profile given is never modified; an unknown manager, two people matching one, a reporting
 * cycle or any other invalid outcome is an {@link InvalidInputException} listing every problem at
 * the place in the sources it comes from.
 *
 * <pre>{@code
 * MergeResult merged = ProfileMerger.into(ProfileReader.standard().read(Path.of("northwind.yaml")), "northwind.yaml")
 *         .ruleReads(rulesBySection)
 *         .merge(List.of(Importers.csv(Path.of("hr.csv"))));
 * ProfileWriter.standard().write(merged.profile(), Path.of("merged.yaml"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileMerger {

    private static final Pattern INDEXED = Pattern.compile("^people\\[(\\d+)]");

    private final OrganisationProfile base;
    private final String baseName;
    private boolean preferImport;
    private Map<String, Set<Section>> ruleReads = Map.of();

    private ProfileMerger(OrganisationProfile base, String baseName) {
        this.base = Objects.requireNonNull(base, "base");
        this.baseName = baseName;
    }

    /** Merges into a (valid) profile, named {@code name} in conflicts. */
    public static ProfileMerger into(OrganisationProfile profile, String name) {
        return new ProfileMerger(profile, name);
    }

    /** Merges into an empty profile of the organisation (no people, every other section omitted). */
    public static ProfileMerger fresh(Organisation organisation) {
        return new ProfileMerger(OrganisationProfile.builder().organisation(organisation).buildUnvalidated(),
                "the new profile");
    }

    /** Whether a source's value replaces a different one of the profile (default: the profile wins). */
    public ProfileMerger preferImport(boolean prefer) {
        this.preferImport = prefer;
        return this;
    }

    /**
     * The sections each rule reads (rule id → sections), for the summary's "not assessed" list.
     * The rule pack knows them; this module does not depend on it.
     */
    public ProfileMerger ruleReads(Map<String, Set<Section>> reads) {
        this.ruleReads = new LinkedHashMap<>(reads);
        return this;
    }

    /**
     * Merges the results, in order.
     *
     * @throws InvalidInputException when a result has problems or the merged profile would be invalid
     */
    public MergeResult merge(List<ImportResult> results) {
        List<Problem> problems = new ArrayList<>();
        results.forEach(r -> problems.addAll(r.problems()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(describe(results), problems);
        }
        return new Run(results).merge();
    }

    private static String describe(List<ImportResult> results) {
        return String.join(", ", results.stream().map(r -> r.kind() + " import (" + String.join(", ", r.sources())
                + ")").toList());
    }

    /** One merge: the working copy of the people, areas and systems, and what happened to them. */
    private final class Run {
        private final List<ImportResult> results;
        private final List<Person> people = new ArrayList<>(base.people());
        private final Map<String, Integer> byId = new HashMap<>();
        private final Map<String, Integer> byEmail = new HashMap<>();
        private final Map<String, List<Integer>> byName = new HashMap<>();
        private List<KnowledgeArea> knowledge = base.knowledge().map(ArrayList::new).orElse(null);
        private List<SystemAsset> systems = base.systems().map(ArrayList::new).orElse(null);
        private final List<Problem> problems = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<Conflict> conflicts = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<ItemRef, List<Provenance>> provenance = new LinkedHashMap<>();
        private final Map<Section, Set<String>> added = new EnumMap<>(Section.class);
        private final Map<Section, Set<String>> updated = new EnumMap<>(Section.class);
        private final Map<Section, Set<String>> touched = new EnumMap<>(Section.class);
        private final Map<Section, Set<String>> conflicting = new EnumMap<>(Section.class);
        private int defaultRoles;
        private int defaultCritical;
        private int defaultSystemFlags;

        Run(List<ImportResult> results) {
            this.results = results;
            for (int i = 0; i < people.size(); i++) {
                index(i);
            }
        }

        MergeResult merge() {
            List<String> sources = new ArrayList<>();
            for (ImportResult r : results) {
                sources.add(r.kind() + ": " + String.join(", ", r.sources()));
                skipped.addAll(r.skipped());
                r.notes().forEach(n -> notes.add(r.kind() + ": " + n));
                Map<String, String> local = people(r);
                r.profile().knowledge().ifPresent(areas -> areas(r, areas, local));
                r.profile().systems().ifPresent(list -> systems(r, list));
            }
            if (defaultRoles > 0) {
                notes.add(defaultRoles + (defaultRoles == 1 ? " new person has" : " new people have")
                        + " no known role: OTHER (set their roles in the profile or map their titles)");
            }
            if (defaultCritical > 0) {
                notes.add(defaultCritical + (defaultCritical == 1 ? " new knowledge area is" : " new knowledge areas"
                        + " are") + " not known to be critical: critical: false (mark the critical ones in the profile"
                        + " or under critical: in a mapping file)");
            }
            if (defaultSystemFlags > 0) {
                notes.add(defaultSystemFlags + (defaultSystemFlags == 1 ? " new system lacks" : " new systems lack")
                        + " holdsData or critical: false (annotate them, or set them in the profile); imported"
                        + " systems have no backup, which missing-backup reports for those holding data");
            }
            OrganisationProfile merged = base.toBuilder().people(people).knowledge(knowledge).systems(systems)
                    .buildUnvalidated();
            validate(merged);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(describe(results), problems);
            }
            return new MergeResult(merged, summary(sources, merged));
        }

        private MergeSummary summary(List<String> sources, OrganisationProfile merged) {
            Map<Section, MergeSummary.Counts> counts = new EnumMap<>(Section.class);
            for (ImportResult r : results) {
                for (Section s : r.profile().sections()) {
                    int total = switch (s) {
                        case PEOPLE -> merged.people().size();
                        case KNOWLEDGE -> merged.knowledge().map(List::size).orElse(0);
                        default -> merged.systems().map(List::size).orElse(0);
                    };
                    Set<String> newItems = added.getOrDefault(s, Set.of());
                    int a = newItems.size();
                    // Only the profile's own items count as touched, updated or in conflict, not ones this merge added.
                    Set<String> t = new HashSet<>(touched.getOrDefault(s, Set.of()));
                    t.removeAll(newItems);
                    Set<String> c = new HashSet<>(conflicting.getOrDefault(s, Set.of()));
                    c.removeAll(newItems);
                    Set<String> u = new HashSet<>(updated.getOrDefault(s, Set.of()));
                    u.removeAll(c);
                    u.removeAll(newItems);
                    int unchanged = (int) t.stream().filter(id -> !u.contains(id) && !c.contains(id)).count();
                    counts.put(s, new MergeSummary.Counts(a, u.size(), unchanged, c.size(), total - a - t.size()));
                }
            }
            Set<Section> present = merged.presentSections();
            List<Section> missing = new ArrayList<>();
            for (Section s : Section.values()) {
                if (!present.contains(s)) {
                    missing.add(s);
                }
            }
            List<String> silent = ruleReads.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(s -> !present.contains(s)))
                    .map(Map.Entry::getKey).toList();
            return new MergeSummary(sources, counts, changes, conflicts, skipped, notes, missing, silent, provenance);
        }

        // ------------------------------------------------------------------ people

        private void index(int i) {
            Person p = people.get(i);
            byId.putIfAbsent(p.id(), i);
            p.email().ifPresent(e -> byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), i));
            if (p.name() != null) {
                byName.computeIfAbsent(Ids.nameKey(p.name()), k -> new ArrayList<>(1)).add(i);
            }
        }

        /** Places every person of the result; returns the final id of each of its person ids. */
        private Map<String, String> people(ImportResult r) {
            Map<String, String> local = new HashMap<>();
            List<ImportedPerson> imported = r.profile().people().orElse(List.of());
            Map<Integer, ImportedPerson> claimed = new HashMap<>();
            Set<Integer> fresh = new HashSet<>();
            int[] at = new int[imported.size()];
            int known = people.size(); // people of this result are matched against those before it, not each other
            for (int k = 0; k < imported.size(); k++) {
                ImportedPerson ip = imported.get(k);
                int i = match(ip, known);
                ImportedPerson other = i < 0 ? null : claimed.putIfAbsent(i, ip);
                if (other != null) {
                    problem(r, ItemRef.person(ip.id()), "matches '" + people.get(i).id() + "' of " + baseName
                            + ", as does " + where(r, ItemRef.person(other.id())) + ": give them distinct e-mails");
                    at[k] = -1;
                    continue;
                }
                if (i < 0) {
                    Person p = new Person(ip.id(), ip.name(), ip.email(), ip.roles().isEmpty() ? List.of(Role.OTHER)
                            : ip.roles(), Optional.empty(), Optional.empty(), ip.engagement().orElse(null));
                    if (ip.roles().isEmpty()) {
                        defaultRoles++;
                    }
                    people.add(p);
                    i = people.size() - 1;
                    index(i);
                    fresh.add(i);
                    mark(added, Section.PEOPLE, p.id());
                    changes.add(new Change(ItemRef.person(p.id()), null, null, first(r, ItemRef.person(ip.id()))));
                } else {
                    mark(touched, Section.PEOPLE, people.get(i).id());
                }
                at[k] = i;
                local.put(ip.id(), people.get(i).id());
                place(ItemRef.person(people.get(i).id()), r.provenanceOf(ItemRef.person(ip.id())));
            }
            for (int k = 0; k < imported.size(); k++) {
                if (at[k] >= 0) {
                    fields(r, imported.get(k), at[k], fresh.contains(at[k]), local);
                }
            }
            return local;
        }

        /** The person an imported one is: by e-mail, by id, by unique name; -1 if none. */
        private int match(ImportedPerson ip, int known) {
            if (ip.email().isPresent()) {
                Integer i = byEmail.get(ip.email().get().toLowerCase(Locale.ROOT));
                if (i != null && i < known) {
                    return i;
                }
            }
            Integer i = byId.get(ip.id());
            if (i != null && i < known) {
                return i;
            }
            if (ip.name() != null) {
                int found = -1;
                for (int n : byName.getOrDefault(Ids.nameKey(ip.name()), List.of())) {
                    if (n < known) {
                        if (found >= 0) {
                            return -1; // two people of that name: no match by name
                        }
                        found = n;
                    }
                }
                return found;
            }
            return -1;
        }

        private void fields(ImportResult r, ImportedPerson ip, int i, boolean isNew, Map<String, String> local) {
            Person p = people.get(i);
            ItemRef item = ItemRef.person(p.id());
            Provenance from = first(r, ItemRef.person(ip.id()));
            String name = p.name();
            if (ip.name() != null && (name == null || !Ids.nameKey(ip.name()).equals(Ids.nameKey(name)))) {
                name = decide(item, "name", name, ip.name(), from);
            }
            Optional<String> email = p.email();
            if (ip.email().isPresent() && !ip.email().get().equalsIgnoreCase(email.orElse(""))) {
                email = Optional.ofNullable(decide(item, "email", email.orElse(null), ip.email().get(), from));
            }
            List<Role> roles = p.roles();
            if (!isNew && !ip.roles().isEmpty() && !Set.copyOf(ip.roles()).equals(Set.copyOf(roles))) {
                String chosen = decide(item, "roles", roles.toString(), ip.roles().toString(), from);
                roles = chosen.equals(ip.roles().toString()) ? ip.roles() : roles;
            }
            Engagement engagement = p.engagement();
            if (!isNew && ip.engagement().isPresent() && ip.engagement().get() != engagement) {
                String chosen = decide(item, "engagement", engagement.name(), ip.engagement().get().name(), from);
                engagement = Engagement.valueOf(chosen);
            }
            Optional<String> reportsTo = p.reportsTo();
            if (ip.managerKnown()) {
                String manager = ip.reportsTo().map(ref -> manager(r, ip, ref, local)).orElse(null);
                if (manager != null && !manager.equals(reportsTo.orElse(null))
                        || manager == null && ip.reportsTo().isEmpty() && reportsTo.isPresent()) {
                    if (isNew) {
                        reportsTo = Optional.ofNullable(manager);
                    } else {
                        reportsTo = Optional.ofNullable(decide(item, "reportsTo", reportsTo.orElse(null), manager,
                                from));
                    }
                }
            }
            Person merged = new Person(p.id(), name, email, roles, reportsTo, p.deputy(), engagement);
            if (!merged.equals(p)) {
                people.set(i, merged);
                if (!merged.email().equals(p.email())) {
                    merged.email().ifPresent(e -> byEmail.putIfAbsent(e.toLowerCase(Locale.ROOT), i));
                }
                if (!isNew) {
                    mark(updated, Section.PEOPLE, p.id());
                }
            }
        }

        /** The id of a manager reference; reported when it matches nobody. */
        private String manager(ImportResult r, ImportedPerson ip, String ref, Map<String, String> local) {
            String id = local.get(ref);
            if (id == null) {
                id = resolve(ref).orElse(null);
            }
            if (id == null) {
                problem(r, ItemRef.person(ip.id()), "unknown manager '" + ref + "' of '" + ip.id() + "': not in the"
                        + " sources" + (base.people().isEmpty() ? "" : " nor in " + baseName)
                        + "; add the manager, or leave the manager empty for the top of the organisation");
            }
            return id;
        }

        /** A person by e-mail, id or unique name; empty when none or several match. */
        private Optional<String> resolve(String ref) {
            Integer i = byEmail.get(ref.toLowerCase(Locale.ROOT));
            if (i == null) {
                i = byId.get(ref);
            }
            if (i == null) {
                List<Integer> named = byName.getOrDefault(Ids.nameKey(ref), List.of());
                i = named.size() == 1 ? named.get(0) : null;
            }
            return i == null ? Optional.empty() : Optional.of(people.get(i).id());
        }

        /**
         * A value the profile has and a source contradicts, or lacks and a source gives: fills the
         * gap (a change), or records the conflict and returns the winner.
         */
        private String decide(ItemRef item, String field, String profileValue, String importValue, Provenance from) {
            if (profileValue == null) {
                changes.add(new Change(item, field, importValue, from));
                mark(updated, item.section(), item.id());
                return importValue;
            }
            conflicts.add(new Conflict(item, field, quote(profileValue), quote(importValue), from, preferImport));
            mark(conflicting, item.section(), item.id());
            if (preferImport) {
                mark(updated, item.section(), item.id());
            }
            return preferImport ? importValue : profileValue;
        }

        private String quote(String value) {
            return value == null ? "nothing" : value.startsWith("[") ? value : "'" + value + "'";
        }

        // ------------------------------------------------------------------ knowledge and systems

        private void areas(ImportResult r, List<KnowledgeArea> areas, Map<String, String> local) {
            if (knowledge == null) {
                knowledge = new ArrayList<>();
            }
            Map<String, Integer> byArea = positions(knowledge, KnowledgeArea::area);
            for (KnowledgeArea a : areas) {
                ItemRef item = ItemRef.area(a.area());
                Provenance from = first(r, item);
                place(item, r.provenanceOf(item));
                Set<String> experts = new LinkedHashSet<>();
                boolean complete = true;
                for (String ref : a.experts() == null ? List.<String>of() : a.experts()) {
                    String id = local.containsKey(ref) ? local.get(ref) : resolve(ref).orElse(null);
                    if (id == null) {
                        complete = false;
                        skipped.add(new Skipped("owner '" + ref + "' of area '" + a.area() + "'", "not found among"
                                + " people: import them (csv, scim) or map the handle under people: in a mapping file",
                                from));
                    } else {
                        experts.add(id);
                    }
                }
                Integer at = byArea.get(a.area());
                if (at == null) {
                    if (a.critical() == null) {
                        defaultCritical++;
                    }
                    knowledge.add(new KnowledgeArea(a.area(), a.critical() != null && a.critical(),
                            new ArrayList<>(experts)));
                    byArea.put(a.area(), knowledge.size() - 1);
                    mark(added, Section.KNOWLEDGE, a.area());
                    changes.add(new Change(item, null, null, from));
                    continue;
                }
                mark(touched, Section.KNOWLEDGE, a.area());
                KnowledgeArea old = knowledge.get(at);
                Boolean critical = old.critical();
                if (a.critical() != null && !a.critical().equals(critical)) {
                    critical = Boolean.valueOf(decide(item, "critical", critical == null ? null
                            : critical.toString(), a.critical().toString(), from));
                }
                List<String> list = old.experts();
                if (complete && !experts.equals(new LinkedHashSet<>(old.experts() == null ? List.of()
                        : old.experts()))) {
                    String chosen = decide(item, "experts", old.experts() == null ? null : old.experts().toString(),
                            new ArrayList<>(experts).toString(), from);
                    list = chosen.equals(new ArrayList<>(experts).toString()) ? new ArrayList<>(experts) : list;
                }
                knowledge.set(at, new KnowledgeArea(old.area(), critical, list));
            }
        }

        private void systems(ImportResult r, List<SystemAsset> list) {
            if (systems == null) {
                systems = new ArrayList<>();
            }
            Map<String, Integer> byIdOfSystem = positions(systems, SystemAsset::id);
            for (SystemAsset s : list) {
                ItemRef item = ItemRef.system(s.id());
                Provenance from = first(r, item);
                place(item, r.provenanceOf(item));
                Integer at = byIdOfSystem.get(s.id());
                if (at == null) {
                    if (s.holdsData() == null || s.critical() == null) {
                        defaultSystemFlags++;
                    }
                    systems.add(new SystemAsset(s.id(), Boolean.TRUE.equals(s.holdsData()),
                            Boolean.TRUE.equals(s.critical()), Optional.empty()));
                    byIdOfSystem.put(s.id(), systems.size() - 1);
                    mark(added, Section.SYSTEMS, s.id());
                    changes.add(new Change(item, null, null, from));
                    continue;
                }
                mark(touched, Section.SYSTEMS, s.id());
                SystemAsset old = systems.get(at);
                Boolean holdsData = flag(item, "holdsData", old.holdsData(), s.holdsData(), from);
                Boolean critical = flag(item, "critical", old.critical(), s.critical(), from);
                systems.set(at, new SystemAsset(old.id(), holdsData, critical, old.backup()));
            }
        }

        private Boolean flag(ItemRef item, String field, Boolean profile, Boolean source, Provenance from) {
            if (source == null || source.equals(profile)) {
                return profile;
            }
            return Boolean.valueOf(decide(item, field, profile == null ? null : profile.toString(), source.toString(),
                    from));
        }

        // ------------------------------------------------------------------ problems

        private void validate(OrganisationProfile merged) {
            for (Problem p : ProfileValidator.validate(merged)) {
                Matcher m = INDEXED.matcher(p.path());
                Provenance at = null;
                if (m.find()) {
                    int i = Integer.parseInt(m.group(1));
                    List<Provenance> places = provenance.get(ItemRef.person(merged.people().get(i).id()));
                    at = places == null || places.isEmpty() ? null : places.get(0);
                }
                problems.add(at == null ? p : new Problem(p.path(), p.message(), Optional.of(
                        new Problem.Location(at.source(), Math.max(1, at.line()), 1))));
            }
        }

        private void problem(ImportResult r, ItemRef item, String message) {
            Provenance at = first(r, item);
            problems.add(new Problem(at.pointer().isEmpty() ? item.toString() : at.pointer(), message,
                    Optional.of(new Problem.Location(at.source(), Math.max(1, at.line()), 1))));
        }

        private Provenance first(ImportResult r, ItemRef item) {
            List<Provenance> places = r.provenanceOf(item);
            return places.isEmpty() ? Provenance.line(String.join(", ", r.sources()), 0) : places.get(0);
        }

        private String where(ImportResult r, ItemRef item) {
            return first(r, item).toString();
        }

        /** The position of each item by its id (the first, should an id repeat). */
        private static <T> Map<String, Integer> positions(List<T> items, java.util.function.Function<T, String> id) {
            Map<String, Integer> at = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
            for (int i = 0; i < items.size(); i++) {
                at.putIfAbsent(id.apply(items.get(i)), i);
            }
            return at;
        }

        /** Adds where an item came from; the source's own (immutable) list is shared when it is the first. */
        private void place(ItemRef item, List<Provenance> places) {
            List<Provenance> known = provenance.putIfAbsent(item, places);
            if (known != null) {
                List<Provenance> all = new ArrayList<>(known);
                all.addAll(places);
                provenance.put(item, List.copyOf(all));
            }
        }

        private void mark(Map<Section, Set<String>> map, Section s, String id) {
            map.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(id);
        }
    }
}
