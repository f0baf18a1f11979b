package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot give a trustworthy answer, each refused with its own message; and the odd layouts that can. */
class BadRepositoryTest {
    @TempDir
    Path tmp;

    static GitAnalysisException.Problem problemOf(Runnable r) {
        try {
            r.run();
        } catch (GitAnalysisException e) {
            return e.problem();
        }
        throw new AssertionError("no GitAnalysisException");
    }

    @Test
    void aPlainDirectoryOrAMissingOneIsNoRepository() throws Exception {
        Path plain = Files.createDirectory(tmp.resolve("plain"));

        assertThatThrownBy(() -> AuthorshipAnalysis.defaults().analyse(plain))
                .hasMessage(plain + " is not a git repository (no .git, and not a bare repository)");
        assertThatThrownBy(() -> AuthorshipAnalysis.defaults().analyse(tmp.resolve("missing")))
                .hasMessage(tmp.resolve("missing") + " is not a git repository: no such directory");
        assertThat(problemOf(() -> AuthorshipAnalysis.defaults().analyse(plain)))
                .isEqualTo(GitAnalysisException.Problem.NOT_A_REPOSITORY);
    }

    @Test
    void anEmptyRepositoryHasNoCommitToReadFrom() {
        TestRepository.init(tmp.resolve("empty")).close();

        assertThatThrownBy(() -> AuthorshipAnalysis.defaults().analyse(tmp.resolve("empty")))
                .hasMessageContaining("is an empty repository: it has no commit");
        assertThat(problemOf(() -> AuthorshipAnalysis.defaults().analyse(tmp.resolve("empty"))))
                .isEqualTo(GitAnalysisException.Problem.EMPTY_REPOSITORY);
    }

    @Test
    void anUnknownRevisionIsNamed() {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.as("Ana").create("A.java").commit();

            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().withRevision("v9.9").analyse(repo.dir()))
                    .hasMessageStartingWith("unknown revision 'v9.9' in " + repo.dir());
            assertThat(problemOf(() -> AuthorshipAnalysis.defaults().withRevision("main~5").analyse(repo.dir())))
                    .isEqualTo(GitAnalysisException.Problem.UNKNOWN_REVISION);
            assertThat(problemOf(() -> AuthorshipAnalysis.defaults().withRevision("a..b..c").analyse(repo.dir())))
                    .isEqualTo(GitAnalysisException.Problem.UNKNOWN_REVISION);
        }
    }

    @Test
    void aShallowCloneIsRefusedBecauseTheTruckFactorWouldBeWrong() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.as("Ana").create("A.java").commit();
            RevCommit second = repo.as("Ben").modify("A.java").commit();
            repo.git().getRepository().getObjectDatabase().setShallowCommits(Set.of(second.getId()));

            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().analyse(repo.dir()))
                    .hasMessageContaining("is a shallow clone (its history stops at 1 commit)")
                    .hasMessageContaining("the truck factor would be wrong")
                    .hasMessageContaining("git fetch --unshallow");
        }
    }

    @Test
    void anUnreadableOrInvalidMailmapGivenIsNamedAndTheRevisionsOwnBadLinesAreWarnings() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.as("Ana").create("A.java").write(".mailmap", "Ana <ana@example.org>\nnobody\n").commit();
            Path notUtf8 = Files.write(tmp.resolve("latin1.mailmap"), new byte[] {'A', (byte) 0xE9, ' ', '<', 'a', '>'});

            // the revision's own mailmap cannot be fixed by the user: its bad lines are skipped with a warning
            assertThat(AuthorshipAnalysis.defaults().analyse(repo.dir()).warnings())
                    .containsExactly("skipped HEAD:.mailmap:2: expected 'Proper Name <commit@email>' or"
                            + " 'Proper Name <proper@email> [Commit Name] <commit@email>'");
            Path invalid = Files.writeString(tmp.resolve("bad.mailmap"), "Ana <ana@example.org>\nnobody\n");
            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().withMailmap(invalid).analyse(repo.dir()))
                    .hasMessageContaining(invalid + ":2: expected 'Proper Name <commit@email>'");
            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().withMailmap(tmp.resolve("none")).analyse(repo.dir()))
                    .hasMessageContaining("cannot read the mailmap " + tmp.resolve("none"));
            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().withMailmap(notUtf8).analyse(repo.dir()))
                    .hasMessageContaining("it is not UTF-8 text");
        }
    }

    @Test
    void nothingLeftToAnalyseIsSaidWithWhatWasExcluded() {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.as("Ana").create("README.md").create("docs/a.txt").commit();

            assertThatThrownBy(() -> AuthorshipAnalysis.defaults().analyse(repo.dir()))
                    .hasMessage("no file of HEAD is left to analyse (2 in the tree, excluded: documentation 2);"
                            + " widen the selection");
        }
    }

    @Test
    void aBareRepositoryAndAWorkTreeWhoseGitIsAFileAreRead() throws Exception {
        Path work = tmp.resolve("work");
        Path gitDir = tmp.resolve("elsewhere.git");
        try (Git git = Git.init().setDirectory(work.toFile()).setGitDir(gitDir.toFile()).call()) {
            Files.writeString(work.resolve("A.java"), "class A {}\n");
            git.add().addFilepattern("A.java").call();
            git.commit().setMessage("a").setAuthor("Ana", "ana@example.org").setCommitter("Ana", "ana@example.org")
                    .call();
        }
        assertThat(Files.isRegularFile(work.resolve(".git"))).isTrue();

        assertThat(AuthorshipAnalysis.defaults().analyse(work).files()).extracting(FileAuthorship::path)
                .containsExactly("A.java");
        assertThat(AuthorshipAnalysis.defaults().analyse(gitDir).truckFactor().value()).isEqualTo(1);
        try (Repository bare = Git.cloneRepository().setURI(gitDir.toUri().toString()).setBare(true)
                .setDirectory(tmp.resolve("bare.git").toFile()).call().getRepository()) {
            assertThat(AuthorshipAnalysis.defaults().analyse(bare.getDirectory().toPath()).files()).hasSize(1);
        }
        assertThat(List.of(problemOf(() -> AuthorshipAnalysis.defaults().analyse(work.resolve("A.java")))))
                .containsExactly(GitAnalysisException.Problem.NOT_A_REPOSITORY);
    }
    @Test
    void withFileContentsMissingRenamesOfUnchangedFilesAreStillFoundAndTheReportSaysSo() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.as("Ana").create("a.java").create("c.java").commit();
            repo.as("Ben").rename("a.java", "b.java").rename("c.java", "d.java").modify("d.java").commit();
            // drop the first version of c.java, as a partial clone or a copy without large blobs would
            String blob = repo.git().getRepository().resolve("HEAD~1:c.java").name();
            Files.delete(repo.dir().resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));

            RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

            assertThat(r.file("b.java").orElseThrow().contributionOf("ana@example.org")).isPresent();
            assertThat(r.file("d.java").orElseThrow().contributions()).extracting(c -> c.developer().email())
                    .containsExactly("ben@example.org");
            assertThat(r.warnings()).containsExactly("1 commits refer to file contents missing from the repository"
                    + " (a partial clone?): renames of changed files may be missed in them");
        }
    }
}
