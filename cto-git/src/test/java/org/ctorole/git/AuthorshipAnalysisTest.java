package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Authorship read from repositories built in the test, every DOA worked out by hand with
 * DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).
 */
class AuthorshipAnalysisTest extends RepositoryFixture {
    static final double EXACT = 1e-6;

    RepositoryAuthorship analyse() {
        return AuthorshipAnalysis.defaults().analyse(repo.dir());
    }

    @Test
    void creatorLaterChangesAndOthersChangesGiveTheDoaOfThePaper() {
        repo.as("Ana").create("src/A.java").commit();
        repo.as("Ben").modify("src/A.java").commit();
        repo.as("Ben").modify("src/A.java").commit();
        repo.as("Ana").modify("src/A.java").commit();

        RepositoryAuthorship r = analyse();

        // Ana: FA 1, DL 1, AC 2 -> 3.293 + 1.098 + 0.164 - 0.321 ln 3 = 4.2023455
        assertThat(doa(r, "src/A.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 1, 2));
        assertThat(doa(r, "src/A.java", "ana@example.org").value()).isCloseTo(4.2023455, within(EXACT));
        // Ben: FA 0, DL 2, AC 1 -> 3.293 + 0.328 - 0.321 ln 2 = 3.3984998; 3.3985 / 4.2023 = 0.81 > 0.75
        assertThat(doa(r, "src/A.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 2, 1));
        assertThat(doa(r, "src/A.java", "ben@example.org").value()).isCloseTo(3.3984998, within(EXACT));
        assertThat(authors(r, "src/A.java")).containsExactly("ana@example.org", "ben@example.org");
        assertThat(r.history().commits()).isEqualTo(4);
        assertThat(r.history().countedCommits()).isEqualTo(4);
    }

    @Test
    void aContributorAtOrBelowThreeQuartersOfTheTopDoaIsNoAuthor() {
        repo.as("Ana").create("A.java").commit();
        for (int i = 0; i < 5; i++) {
            repo.as("Ana").modify("A.java").commit();
        }
        repo.as("Ben").modify("A.java").commit();

        RepositoryAuthorship r = analyse();

        // Ana 1/5/1 -> 4.9884998; Ben 0/1/5 -> 2.8818452, normalised 0.578
        assertThat(doa(r, "A.java", "ana@example.org").value()).isCloseTo(4.9884998, within(EXACT));
        assertThat(doa(r, "A.java", "ben@example.org").value()).isCloseTo(2.8818452, within(EXACT));
        assertThat(authors(r, "A.java")).containsExactly("ana@example.org");
    }

    @Test
    void belowTheAbsoluteThresholdNobodyWhoDidNotCreateTheFileIsAnAuthor() {
        // created by a bot (not counted): Ana and Ben each change it once: 0/1/1 -> 3.2344998 < 3.293
        repo.as("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com").create("A.java").commit();
        repo.as("Ana").modify("A.java").commit();
        repo.as("Ben").modify("A.java").commit();

        RepositoryAuthorship r = analyse();

        assertThat(doa(r, "A.java", "ana@example.org").value()).isCloseTo(3.2344998, within(EXACT));
        assertThat(r.file("A.java").orElseThrow().authors()).isEmpty();
        assertThat(r.truckFactor().value()).isZero();
        assertThat(r.truckFactor().coveredFiles()).isZero();
    }

    @Test
    void theCreatorStaysAnAuthorBelowTheAbsoluteThresholdAsInThePublishedTool() {
        repo.as("Ana").create("A.java").commit();
        for (int i = 0; i < 31; i++) {
            repo.as("Dev " + i).modify("A.java").commit();
        }

        RepositoryAuthorship r = analyse();

        // Ana 1/0/31 -> 3.2784988 < 3.293 but she created it; each other 0/1/30 -> 2.3546901 (0.718 of hers)
        assertThat(doa(r, "A.java", "ana@example.org").value()).isCloseTo(3.2784988, within(EXACT));
        assertThat(doa(r, "A.java", "dev.7@example.org").value()).isCloseTo(2.3546901, within(EXACT));
        assertThat(authors(r, "A.java")).containsExactly("ana@example.org");
    }

    @Test
    void renamesAreFollowedAndCountAsAChange() {
        repo.as("Ana").create("src/Old.java").create("src/Other.java").commit();
        repo.as("Ben").rename("src/Old.java", "src/New.java").commit();
        repo.as("Ana").modify("src/New.java").commit();
        // a rename with a change is followed too (one line in twelve differs)
        repo.as("Cy").rename("src/New.java", "lib/Newer.java").modify("lib/Newer.java").commit();

        RepositoryAuthorship r = analyse();

        // Ana: FA 1, DL 1, AC 2 (Ben's and Cy's renames); Ben and Cy: FA 0, DL 1, AC 2 -> 3.1043455
        assertThat(doa(r, "lib/Newer.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 1, 2));
        assertThat(doa(r, "lib/Newer.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 2));
        assertThat(doa(r, "lib/Newer.java", "cy@example.org").value()).isCloseTo(3.1043455, within(EXACT));
        assertThat(authors(r, "lib/Newer.java")).containsExactly("ana@example.org");
        assertThat(r.history().renamesFollowed()).isEqualTo(2);
        assertThat(r.files()).extracting(FileAuthorship::path).containsExactly("lib/Newer.java", "src/Other.java");
    }

    @Test
    void mergeCommitsAreNotAuthorshipButTheBranchCommitsAre() {
        repo.as("Ana").create("A.java").create("B.java").commit();
        repo.branch("feature").checkout("feature");
        repo.as("Ben").modify("A.java").commit();
        repo.checkout("main");
        repo.as("Ana").modify("B.java").commit();
        // Cy merges and changes a file in the merge itself: neither counts
        repo.mergeWithoutCommit("feature");
        repo.as("Cy").modify("B.java").commit("merge feature");

        RepositoryAuthorship r = analyse();

        assertThat(r.history().merges()).isEqualTo(1);
        assertThat(r.history().countedCommits()).isEqualTo(3);
        assertThat(doa(r, "A.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(doa(r, "B.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 1, 0));
        assertThat(r.files()).allSatisfy(f -> assertThat(f.contributionOf("cy@example.org")).isEmpty());
    }

    @Test
    void aFileDeletedAndCreatedAgainIsANewFileAndDeletedFilesAreNotCounted() {
        repo.as("Ana").create("a.txt").create("gone.java").create("keep.java").commit();
        repo.as("Ana").modify("a.txt").commit();
        repo.as("Ben").delete("a.txt").delete("gone.java").commit();
        repo.as("Cy").create("a.txt").commit();

        RepositoryAuthorship r = analyse();

        assertThat(r.files()).extracting(FileAuthorship::path).containsExactly("a.txt", "keep.java");
        assertThat(r.file("a.txt").orElseThrow().contributions()).extracting(c -> c.developer().email())
                .containsExactly("cy@example.org");
        assertThat(doa(r, "a.txt", "cy@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
    }

    @Test
    void aRenameAwayAndANewFileAtTheOldPathKeepTheirOwnHistories() {
        repo.as("Ana").create("a.java").commit();
        repo.as("Ben").rename("a.java", "b.java").commit();
        repo.as("Cy").write("a.java", "a brand new file\n").commit();
        repo.as("Dee").modify("a.java").commit();

        RepositoryAuthorship r = analyse();

        assertThat(doa(r, "b.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 1));
        assertThat(doa(r, "b.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(doa(r, "a.java", "cy@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 1));
        assertThat(doa(r, "a.java", "dee@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(r.file("a.java").orElseThrow().contributionOf("ana@example.org")).isEmpty();
    }

    @Test
    void aRenameAndANewFileAtTheOldPathInOneCommitAreWhatGitSeesARewriteAndANewFile() {
        repo.as("Ana").create("a.java").commit();
        repo.as("Ben").rename("a.java", "b.java").write("a.java", "a brand new file\n").commit();

        RepositoryAuthorship r = analyse();

        // git log -M shows "M a.java" and "A b.java": no path was deleted, so there is no rename to find
        assertThat(doa(r, "a.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 1));
        assertThat(doa(r, "a.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(doa(r, "b.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
    }

    @Test
    void theSamePathAddedOnTwoBranchesHasTwoCreatorsAsInThePublishedTool() {
        repo.as("Ana").create("base.java").commit();
        repo.branch("other").checkout("other");
        repo.as("Ben").write("shared.java", "same\n").commit();
        repo.checkout("main");
        repo.as("Ana").write("shared.java", "same\n").commit();
        repo.mergeWithoutCommit("other");
        repo.as("Ana").commit("merge other");

        RepositoryAuthorship r = analyse();

        assertThat(doa(r, "shared.java", "ana@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
        assertThat(doa(r, "shared.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(true, 0, 0));
    }

    @Test
    void anOlderRevisionIsAnalysedAsItWas() {
        String first = repo.as("Ana").create("A.java").commit().name();
        repo.as("Ben").modify("A.java").commit();
        repo.as("Ben").create("B.java").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().withRevision(first).analyse(repo.dir());

        assertThat(r.commit()).isEqualTo(first);
        assertThat(r.files()).extracting(FileAuthorship::path).containsExactly("A.java");
        assertThat(r.file("A.java").orElseThrow().contributions()).hasSize(1);
    }

    @Test
    void sinceCountsOnlyLaterCommitsAndFilesUntouchedSinceHaveNoHistory() {
        repo.as("Ana").create("A.java").create("B.java").commit();   // 09:00
        repo.as("Ben").modify("A.java").commit();                    // 09:01

        RepositoryAuthorship r = AuthorshipAnalysis.defaults()
                .withSince(TestRepository.START.plusSeconds(60)).analyse(repo.dir());

        assertThat(r.history().beforeSince()).isEqualTo(1);
        assertThat(r.files()).extracting(FileAuthorship::path).containsExactly("A.java");
        assertThat(doa(r, "A.java", "ben@example.org")).isEqualTo(new DegreeOfAuthorship(false, 1, 0));
        assertThat(r.excluded()).isEqualTo(Map.of(ExclusionReason.NO_HISTORY, 1));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfDiffThreads() {
        repo.as("Ana").create("a/A.java").create("b/B.java").commit();
        for (int i = 0; i < 40; i++) {
            repo.as(i % 3 == 0 ? "Ben" : "Ana").modify(i % 2 == 0 ? "a/A.java" : "b/B.java").commit();
            if (i % 10 == 5) {
                repo.as("Cy").rename("b/B.java", "b/B" + i + ".java").commit();
                repo.as("Cy").rename("b/B" + i + ".java", "b/B.java").commit();
            }
        }

        RepositoryAuthorship one = AuthorshipAnalysis.defaults().withThreads(1).analyse(repo.dir());
        RepositoryAuthorship four = AuthorshipAnalysis.defaults().withThreads(4).analyse(repo.dir());

        assertThat(four).isEqualTo(one);
        assertThat(one.history().renamesFollowed()).isEqualTo(8);
    }
}
