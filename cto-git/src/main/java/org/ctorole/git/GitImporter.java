package org.ctorole.git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.importer.ImportResult;
import org.ctorole.importer.ImportedPerson;
import org.ctorole.importer.PersonMatcher;
import org.ctorole.importer.ProfileMerger;
import org.ctorole.importer.Provenance;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Person;
import org.ctorole.model.validation.ProfileValidator;

/**
 * Knowledge areas from a repository's history, as an import: each area of an {@link AuthorshipAnalysis} becomes a
 * knowledge area whose experts are its authors (most files authored first), to merge with {@link ProfileMerger}
 * like any other import. The provenance of an area is the repository at the commit analysed: first the area's
 * file count and truck factor, then one entry per expert with their file count and mean degree of authorship
 * ({@link Provenance#detail()}).
 *
 * <p>Matched to a profile's people ({@link #matching}), an author is the person with their e-mail address, else
 * the only person with their name; an author who matches nobody is not made an expert (someone who left is no
 * expert of the organisation) and is reported, skipped, by name and e-mail. Without people to match, every
 * author becomes a person, with an id from their e-mail address.
 *
 * <pre>{@code
 * ImportResult result = GitImporter.of(AuthorshipAnalysis.defaults()).matching(profile.people())
 *         .read(Path.of("/src/payments"));
 * MergeResult merged = ProfileMerger.into(profile, "acme.yaml").merge(List.of(result));
 * }</pre>
 *
 * @param analysis the analysis run on the repository
 * @param people   the people authors must match to become experts; empty: every author becomes a person
 * @param critical the areas marked critical
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GitImporter(AuthorshipAnalysis analysis, Optional<List<Person>> people, Set<String> critical) {

    /** The kind of source, in the merge summary. */
    public static final String KIND = "git";
    /** Unknown authors named in the note before "and N more". */
    private static final int NAMED_IN_NOTE = 10;

    public GitImporter {
        Objects.requireNonNull(analysis, "analysis");
        people = people == null ? Optional.empty() : people.map(List::copyOf);
        critical = Set.copyOf(critical);
    }

    /** Every author a person, no area critical. */
    public static GitImporter of(AuthorshipAnalysis analysis) {
        return new GitImporter(analysis, Optional.empty(), Set.of());
    }

    /** Only authors who are these people become experts; the others are reported. */
    public GitImporter matching(List<Person> profilePeople) {
        return new GitImporter(analysis, Optional.of(profilePeople), critical);
    }

    /** These areas are critical (the others unknown, as the merge then counts). */
    public GitImporter withCritical(Set<String> areas) {
        return new GitImporter(analysis, people, areas);
    }

    /**
     * Analyses the repository and imports its areas; the analysis's warnings become notes.
     *
     * @throws GitAnalysisException when the repository cannot give a trustworthy answer
     */
    public ImportResult read(Path repository) {
        return read(repository.toString(), analysis.analyse(repository));
    }

    /** Imports the areas of an analysis already made of the repository named {@code repository}. */
    public ImportResult read(String repository, RepositoryAuthorship authorship) {
        String source = repository + "@" + authorship.commit().substring(0, 12);
        ImportResult.Builder result = ImportResult.builder(KIND, List.of(repository)).knowsKnowledge();
        authorship.warnings().forEach(result::note);
        Map<String, String> ids = people.isPresent() ? matched(authorship, source, result)
                : everyone(authorship, source, result);
        Map<String, Map<String, double[]>> evidence = evidence(authorship);
        for (AreaAuthorship area : authorship.areas()) {
            List<Provenance> places = new ArrayList<>();
            places.add(Provenance.line(source, 0).withDetail(count(area.files(), "file") + ", truck factor "
                    + area.truckFactor().value()));
            Set<String> experts = new LinkedHashSet<>();
            Map<String, double[]> byDeveloper = evidence.getOrDefault(area.area(), Map.of());
            for (TruckFactorEstimate.AuthorFiles author : area.truckFactor().authors()) {
                String id = ids.get(author.developer().key());
                if (id != null && experts.add(id)) {
                    double[] doa = byDeveloper.get(author.developer().key());
                    places.add(Provenance.line(source, 0).withDetail(author.developer() + ": author of "
                            + author.files() + " of " + count(area.files(), "file") + ", mean DOA "
                            + String.format(Locale.ROOT, "%.2f", doa[1] / doa[0])));
                }
            }
            KnowledgeArea knowledge = new KnowledgeArea(area.area(), critical.contains(area.area()) ? Boolean.TRUE
                    : null, new ArrayList<>(experts));
            places.forEach(at -> result.area(knowledge, at));
        }
        return result.build();
    }

    /** Per area and developer key: {files authored, sum of their DOA over them}. */
    private static Map<String, Map<String, double[]>> evidence(RepositoryAuthorship authorship) {
        Map<String, Map<String, double[]>> byArea = new LinkedHashMap<>();
        for (FileAuthorship file : authorship.files()) {
            if (file.area().isEmpty()) {
                continue;
            }
            Map<String, double[]> area = byArea.computeIfAbsent(file.area().get(), a -> new LinkedHashMap<>());
            for (Contribution c : file.contributions()) {
                if (c.author()) {
                    double[] sum = area.computeIfAbsent(c.developer().key(), k -> new double[2]);
                    sum[0]++;
                    sum[1] += c.doa().value();
                }
            }
        }
        return byArea;
    }

    /** Every author a new person; their ids by developer key. */
    private static Map<String, String> everyone(RepositoryAuthorship authorship, String source,
                                                ImportResult.Builder result) {
        Map<String, String> ids = new LinkedHashMap<>();
        int withoutAddress = 0;
        for (TruckFactorEstimate.AuthorFiles author : authorship.truckFactor().authors()) {
            Developer d = author.developer();
            boolean address = ProfileValidator.EMAIL.matcher(d.email()).matches();
            if (!address) {
                withoutAddress++;
            }
            String id = result.personId(address ? d.email().substring(0, d.email().indexOf('@')) : null, d.name());
            ids.put(d.key(), id);
            result.person(ImportedPerson.of(id, d.name()).withEmail(address ? d.email() : null),
                    Provenance.line(source, 0).withDetail(d + ": author of " + count(author.files(), "file")));
        }
        if (withoutAddress > 0) {
            result.note(count(withoutAddress, "author") + " of the history without a valid e-mail address: imported"
                    + " by name alone");
        }
        return ids;
    }

    /** The profile's id of each author who matches a person; the others skipped and named in a note. */
    private Map<String, String> matched(RepositoryAuthorship authorship, String source, ImportResult.Builder result) {
        PersonMatcher matcher = PersonMatcher.of(people.orElseThrow());
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (TruckFactorEstimate.AuthorFiles author : authorship.truckFactor().authors()) {
            Developer d = author.developer();
            Optional<Person> person = matcher.match(d.email(), d.name());
            if (person.isPresent()) {
                ids.put(d.key(), person.get().id());
            } else {
                unknown.add(d.toString());
                result.skip("author " + d, "matches no person of the profile: not an expert",
                        Provenance.line(source, 0).withDetail("author of " + count(author.files(), "file")));
            }
        }
        if (!unknown.isEmpty()) {
            String named = String.join(", ", unknown.subList(0, Math.min(NAMED_IN_NOTE, unknown.size())));
            boolean one = unknown.size() == 1;
            result.note(count(unknown.size(), "author") + (one ? " matches" : " match") + " no person of the profile"
                    + " by e-mail or name and " + (one ? "is no expert: " : "are no experts: ") + named + (unknown.size() > NAMED_IN_NOTE ? " and " + (unknown.size()
                    - NAMED_IN_NOTE) + " more (--verbose lists them)" : ""));
        }
        return ids;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
