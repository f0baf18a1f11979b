package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Aliases merged by e-mail and mailmap; bots and excluded authors not counted. */
class IdentityAnalysisTest extends RepositoryFixture {
    @Test
    void theSameAddressInAnotherCaseOrUnderAnotherNameIsOneDeveloper() {
        repo.as("Ana", "ana@example.org").create("A.java").commit();
        repo.as("ana silva", "Ana@Example.org").modify("A.java").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

        assertThat(r.file("A.java").orElseThrow().contributions()).hasSize(1);
        assertThat(doa(r, "A.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 1, 0));
        // the newest commit names the developer
        assertThat(r.file("A.java").orElseThrow().authors()).containsExactly(new Developer("ana silva", "Ana@Example.org"));
    }

    @Test
    void theRevisionsMailmapMergesAliases() {
        repo.as("Ana", "ana@old.example").create("A.java").commit();
        repo.as("Ben").modify("A.java").commit();
        repo.as("A. Silva", "ana@new.example").modify("A.java")
                .write(".mailmap", "Ana Silva <ana@new.example> <ana@old.example>\nAna Silva <ana@new.example>\n")
                .commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

        // one Ana: FA 1, DL 1, AC 1 (Ben) -> 4.3324998; Ben 0/1/1 -> 3.2345, below the threshold
        assertThat(doa(r, "A.java", "ana@new.example")).isEqualTo(new DegreeOfAuthorship(true, 1, 1));
        assertThat(r.file("A.java").orElseThrow().authors()).containsExactly(new Developer("Ana Silva", "ana@new.example"));
        assertThat(r.file("A.java").orElseThrow().contributionOf("ana@old.example")).isEmpty();
    }

    @Test
    void aMailmapFileGivenIsReadAfterTheRevisionsOwn() throws Exception {
        repo.as("Ana", "ana@old.example").create("A.java").commit();
        repo.as("Ana", "ana@new.example").modify("A.java").commit();
        Path extra = Files.writeString(tmp.resolve("extra.mailmap"), "Ana <ana@new.example> <ana@old.example>\n");

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().withMailmap(extra).analyse(repo.dir());

        assertThat(doa(r, "A.java", "ana@new.example")).isEqualTo(new DegreeOfAuthorship(true, 1, 0));
    }

    @Test
    void botsAreNotCountedForThemselvesNorAgainstOthersButTheirRenamesAreFollowed() {
        repo.as("Ana").create("A.java").create("B.java").commit();
        repo.as("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com").modify("A.java").commit();
        repo.as("GitHub", "noreply@github.com").rename("B.java", "src/B.java").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

        assertThat(doa(r, "A.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
        assertThat(doa(r, "src/B.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
        assertThat(r.history().byExcludedAuthors()).isEqualTo(2);
        assertThat(r.history().countedCommits()).isEqualTo(1);
        assertThat(r.history().excludedAuthors()).extracting(Developer::name)
                .containsExactlyInAnyOrder("dependabot[bot]", "GitHub");
    }

    @Test
    void excludedAuthorsByPatternAndBotsKeptWhenAsked() {
        repo.as("Ana").create("A.java").commit();
        repo.as("Jenkins", "jenkins@build.example.com").modify("A.java").commit();
        repo.as("GitHub", "noreply@github.com").modify("A.java").commit();

        RepositoryAuthorship withoutCi = AuthorshipAnalysis.defaults()
                .withAuthors(AuthorFilter.nobody().excluding(List.of("*@build.example.com"))).analyse(repo.dir());

        assertThat(doa(withoutCi, "A.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 1));
        assertThat(doa(withoutCi, "A.java", "noreply@github.com")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(withoutCi.file("A.java").orElseThrow().contributionOf("jenkins@build.example.com")).isEmpty();
    }
}
