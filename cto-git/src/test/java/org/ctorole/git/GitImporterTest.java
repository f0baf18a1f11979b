package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctorole.importer.ImportResult;
import org.ctorole.importer.ImportedPerson;
import org.ctorole.importer.ItemRef;
import org.ctorole.importer.Provenance;
import org.ctorole.importer.Skipped;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The areas of a repository and their authors as an import, with or without a profile's people to match. */
class GitImporterTest extends RepositoryFixture {
    /** api: Ana's two files, Ben's one; web: Dee's; Ben also changes one of Ana's files. */
    @BeforeEach
    void history() {
        repo.as("Ana").create("api/A.java").create("api/B.java").commit();
        repo.as("Ben").create("api/C.java").modify("api/A.java").commit();
        repo.as("Dee", "dee@localhost").create("web/app.ts").commit();
    }

    String source(ImportResult r) {
        return r.sources().get(0);
    }

    @Test
    void withoutPeopleEveryAuthorBecomesAPersonAndTheAreasAuthorsItsExperts() {
        RepositoryAuthorship authorship = AuthorshipAnalysis.defaults().analyse(repo.dir());
        String at = "repo@" + authorship.commit().substring(0, 12);

        ImportResult r = GitImporter.of(AuthorshipAnalysis.defaults()).withCritical(Set.of("api"))
                .read("repo", authorship);

        assertThat(r.kind()).isEqualTo("git");
        assertThat(r.profile().people().orElseThrow()).containsExactly(
                ImportedPerson.of("ana", "Ana").withEmail("ana@example.org"),
                ImportedPerson.of("ben", "Ben").withEmail("ben@example.org"),
                ImportedPerson.of("dee", "Dee"));
        // A.java: Ana created it (DOA 3.293 + 1.098 - 0.321 ln 2 = 4.168), Ben changed it once (3.293 + 0.164 = 3.457,
        // above 0.75 x 4.168 and at least 3.293): both author it. B.java and C.java: their creators (4.391).
        // Ana's mean (4.168 + 4.391) / 2 = 4.28, Ben's (3.457 + 4.391) / 2 = 3.92. Without Ana 2 of 3 files are
        // covered, without Ben too none: truck factor 2.
        assertThat(r.profile().knowledge().orElseThrow()).containsExactly(
                new KnowledgeArea("api", true, List.of("ana", "ben")),
                new KnowledgeArea("web", null, List.of("dee")));
        assertThat(r.provenanceOf(ItemRef.area("api"))).containsExactly(
                Provenance.line(at, 0).withDetail("3 files, truck factor 2"),
                Provenance.line(at, 0).withDetail("Ana <ana@example.org>: author of 2 of 3 files, mean DOA 4.28"),
                Provenance.line(at, 0).withDetail("Ben <ben@example.org>: author of 2 of 3 files, mean DOA 3.92"));
        assertThat(r.provenanceOf(ItemRef.person("dee"))).containsExactly(
                Provenance.line(at, 0).withDetail("Dee <dee@localhost>: author of 1 file"));
        assertThat(r.notes()).containsExactly("1 author of the history without a valid e-mail address: imported by"
                + " name alone");
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void matchedToAProfileOnlyItsPeopleAreExpertsAndTheOtherAuthorsAreReported() {
        List<Person> people = List.of(
                new Person("ana.silva", "Ana Silva", Optional.of("ANA@example.org"), List.of(Role.ENGINEER),
                        Optional.empty(), Optional.empty(), null),
                new Person("ben.walker", "ben", Optional.of("ben.walker@acme.example"), List.of(Role.ENGINEER),
                        Optional.empty(), Optional.empty(), null));

        ImportResult r = GitImporter.of(AuthorshipAnalysis.defaults()).matching(people).read(repo.dir());
        String at = source(r) + "@" + r.provenanceOf(ItemRef.area("api")).get(0).source().split("@")[1];

        assertThat(r.profile().people()).isEmpty();
        assertThat(r.profile().knowledge().orElseThrow()).containsExactly(
                new KnowledgeArea("api", null, List.of("ana.silva", "ben.walker")),
                new KnowledgeArea("web", null, List.of()));
        assertThat(r.skipped()).containsExactly(new Skipped("author Dee <dee@localhost>",
                "matches no person of the profile: not an expert",
                Provenance.line(at, 0).withDetail("author of 1 file")));
        assertThat(r.notes()).containsExactly("1 author matches no person of the profile by e-mail or name and is no"
                + " expert: Dee <dee@localhost>");
    }
}
