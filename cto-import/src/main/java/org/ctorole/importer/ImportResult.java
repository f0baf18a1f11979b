package org.ctorole.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.validation.Problem;

/**
 * What one importer read from its sources: the partial profile, where each item came from, the
 * teams it found, the problems that make the input unusable, what it skipped and notes for the
 * reader. Every importer (those of this module and any other, such as a git-history importer)
 * returns one; {@link ProfileMerger} merges any number of them into a profile.
 *
 * <pre>{@code
 * ImportResult result = ImportResult.builder("git", List.of("repo"))
 *         .person(ImportedPerson.of("ana", "Ana Silva").withEmail("ana@northwind.example"), Provenance.line("repo", 0))
 *         .area(new KnowledgeArea("payments", null, List.of("ana@northwind.example")), Provenance.line("repo", 0))
 *         .build();
 * }</pre>
 *
 * @param kind       the kind of source ({@code csv}, {@code scim}, ...), for messages
 * @param sources    the names of the sources read, in order
 * @param profile    the sections the sources know
 * @param teams      teams found (SCIM groups, Backstage groups); used to expand team owners
 * @param provenance where each item came from, in the order the items were read; an item read
 *                   from several places (an area of several CODEOWNERS lines) lists them all
 * @param problems   what makes the input unusable, each with its place; a result with problems
 *                   must not be merged
 * @param skipped    records read and left out, with the reason
 * @param notes      what the reader should know (unrecognised titles, columns not used, ...)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportResult(String kind, List<String> sources, PartialProfile profile, Teams teams,
                           Map<ItemRef, List<Provenance>> provenance, List<Problem> problems, List<Skipped> skipped,
                           List<String> notes) {

    public ImportResult {
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        Objects.requireNonNull(profile, "profile");
        teams = teams == null ? Teams.none() : teams;
        Map<ItemRef, List<Provenance>> copy = new LinkedHashMap<>(Math.max(16, provenance.size() * 4 / 3 + 1));
        provenance.forEach((k, v) -> copy.put(k, List.copyOf(v))); // copyOf keeps an immutable list as it is
        provenance = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** A builder for an importer's result. */
    public static Builder builder(String kind, List<String> sources) {
        return new Builder(kind, sources);
    }

    /** Where the item came from; empty when it was not imported. */
    public List<Provenance> provenanceOf(ItemRef item) {
        return provenance.getOrDefault(item, List.of());
    }

    /** Whether the input could be read without problems. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * This result, if it has no problems.
     *
     * @throws InvalidInputException listing every problem with its place
     */
    public ImportResult orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(kind + " import (" + String.join(", ", sources) + ")", problems);
        }
        return this;
    }

    /** Collects an importer's findings in the order it reads them. */
    public static final class Builder {
        private final String kind;
        private final List<String> sources;
        private Map<String, ImportedPerson> people;
        private Map<String, KnowledgeArea> knowledge;
        private Map<String, SystemAsset> systems;
        private final Map<ItemRef, List<Provenance>> provenance = new LinkedHashMap<>();
        private final Set<Problem> problems = new LinkedHashSet<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Teams teams = Teams.none();
        private final Ids ids = new Ids();

        private Builder(String kind, List<String> sources) {
            this.kind = kind;
            this.sources = List.copyOf(sources);
        }

        /** Marks the people section as known, even if no person is added. */
        public Builder knowsPeople() {
            if (people == null) {
                people = new LinkedHashMap<>();
            }
            return this;
        }

        public Builder knowsKnowledge() {
            if (knowledge == null) {
                knowledge = new LinkedHashMap<>();
            }
            return this;
        }

        public Builder knowsSystems() {
            if (systems == null) {
                systems = new LinkedHashMap<>();
            }
            return this;
        }

        /** Adds a person, or replaces the one of the same id (its provenance is kept as well). */
        public Builder person(ImportedPerson person, Provenance from) {
            knowsPeople().people.put(person.id(), person);
            return from(ItemRef.person(person.id()), from);
        }

        /** Adds a knowledge area, or replaces the one of the same id (its provenance is kept as well). */
        public Builder area(KnowledgeArea area, Provenance from) {
            knowsKnowledge().knowledge.put(area.area(), area);
            return from(ItemRef.area(area.area()), from);
        }

        /** Adds a system, or replaces the one of the same id (its provenance is kept as well). */
        public Builder system(SystemAsset system, Provenance from) {
            knowsSystems().systems.put(system.id(), system);
            return from(ItemRef.system(system.id()), from);
        }

        public Optional<ImportedPerson> person(String id) {
            return people == null ? Optional.empty() : Optional.ofNullable(people.get(id));
        }

        public Optional<KnowledgeArea> area(String id) {
            return knowledge == null ? Optional.empty() : Optional.ofNullable(knowledge.get(id));
        }

        public Optional<SystemAsset> system(String id) {
            return systems == null ? Optional.empty() : Optional.ofNullable(systems.get(id));
        }

        private Builder from(ItemRef item, Provenance at) {
            // Mostly one place per item: an immutable one-element list, which the result then need not copy.
            List<Provenance> places = provenance.putIfAbsent(item, List.of(at));
            if (places != null && !places.contains(at)) {
                List<Provenance> more = new ArrayList<>(places);
                more.add(at);
                provenance.put(item, List.copyOf(more));
            }
            return this;
        }

        /** A problem at a place in a source; {@code path} names the value (a column, a JSON pointer). */
        public Builder problem(Provenance at, String path, String message) {
            return problem(at, 1, path, message);
        }

        /** A problem at a line and column of a source. */
        public Builder problem(Provenance at, int column, String path, String message) {
            return problem(new Problem(path, message, Optional.of(new Problem.Location(at.source(),
                    Math.max(at.line(), 1), Math.max(column, 1)))));
        }

        /** A problem as another reader of the source (a {@link CodeownersFile}) located it. */
        public Builder problem(Problem problem) {
            problems.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /**
         * A readable id for a new person: the first candidate (an e-mail's local part, a name) that gives
         * one, in lower case without accents, made unique within this result by {@code -2}, {@code -3}, ...
         */
        public String personId(String... candidates) {
            return ids.assign(candidates);
        }

        public Builder skip(Skipped item) {
            skipped.add(item);
            return this;
        }

        public Builder skip(String item, String reason, Provenance at) {
            return skip(new Skipped(item, reason, at));
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Builder teams(Teams found) {
            teams = teams.and(found);
            return this;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public ImportResult build() {
            PartialProfile partial = new PartialProfile(
                    people == null ? Optional.empty() : Optional.of(List.copyOf(people.values())),
                    knowledge == null ? Optional.empty() : Optional.of(List.copyOf(knowledge.values())),
                    systems == null ? Optional.empty() : Optional.of(List.copyOf(systems.values())));
            // In the order of the sources, then of lines: as a person reads the files.
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(java.util.Comparator.comparingInt((Problem p) -> p.location()
                            .map(l -> sources.indexOf(l.source())).map(i -> i < 0 ? Integer.MAX_VALUE : i).orElse(0))
                    .thenComparingInt(p -> p.location().map(Problem.Location::line).orElse(0))
                    .thenComparingInt(p -> p.location().map(Problem.Location::column).orElse(0)));
            return new ImportResult(kind, sources, partial, teams, provenance, sorted, skipped, notes);
        }
    }
}
