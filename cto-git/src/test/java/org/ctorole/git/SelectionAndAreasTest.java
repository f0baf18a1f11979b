package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which files count, and the truck factor per area. */
class SelectionAndAreasTest extends RepositoryFixture {
    @Test
    void theDefaultLeavesOutVendoredGeneratedMinifiedDocumentationAndBinaryFiles() {
        repo.as("Ana").create("src/App.java").create("vendor/lib/x.js").create("web/node_modules/y/index.js")
                .create("api/model.pb.go").create("package-lock.json").create("web/app.min.js")
                .create("docs/guide.txt").create("README.md").create("LICENSE").create("src/Notes.rst")
                .writeBytes("img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})
                .create("build.gradle").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

        assertThat(paths(r)).containsExactly("build.gradle", "src/App.java");
        assertThat(r.excluded()).isEqualTo(Map.of(ExclusionReason.VENDORED, 2, ExclusionReason.GENERATED, 2,
                ExclusionReason.MINIFIED, 1, ExclusionReason.DOCUMENTATION, 4, ExclusionReason.BINARY, 1));
        assertThat(r.excludedFiles()).isEqualTo(10);
    }

    @Test
    void excludingAPathNeverChangesWhoAuthoredAnotherFile() {
        repo.as("Ana").create("vendor/Util.java").create("src/Main.java").commit();
        repo.as("Ben").rename("vendor/Util.java", "src/Util.java").commit();
        repo.as("Ben").create("vendor/Other.java").commit();

        AuthorshipAnalysis base = AuthorshipAnalysis.defaults();
        RepositoryAuthorship all = base.withSelection(FileSelection.everything()).analyse(repo.dir());
        RepositoryAuthorship some = base.withSelection(FileSelection.defaults().withExclude(List.of("src/Main.java")))
                .analyse(repo.dir());

        FileAuthorship util = some.file("src/Util.java").orElseThrow();
        assertThat(util.contributionOf("ana@example.org").orElseThrow().doa())
                .isEqualTo(new DegreeOfAuthorship(true, 0, 1));
        assertThat(util).isEqualTo(all.file("src/Util.java").orElseThrow());
        assertThat(paths(some)).containsExactly("src/Util.java");
        assertThat(some.excluded()).isEqualTo(Map.of(ExclusionReason.EXCLUDED_BY_PATTERN, 1,
                ExclusionReason.VENDORED, 1));
    }

    @Test
    void includeExcludeFromAndPath() throws Exception {
        repo.as("Ana").create("services/billing/Bill.java").create("services/billing/Tax.sql")
                .create("services/billing/legacy/Old.java").create("services/users/User.java").create("Root.java")
                .commit();
        Path excludeFrom = Files.writeString(tmp.resolve("exclude.txt"), "# old code\n\nlegacy/\n");

        RepositoryAuthorship r = AuthorshipAnalysis.defaults()
                .withSelection(FileSelection.defaults().withPath("services/billing/")
                        .withInclude(List.of("*.java")).withExclude(FileSelection.patternsIn(excludeFrom)))
                .analyse(repo.dir());

        assertThat(paths(r)).containsExactly("services/billing/Bill.java");
        assertThat(r.excluded()).isEqualTo(Map.of(ExclusionReason.OUTSIDE_PATH, 2,
                ExclusionReason.EXCLUDED_BY_PATTERN, 1, ExclusionReason.NOT_INCLUDED, 1));
        // with --path, the areas are the directories under it
        assertThat(r.areas()).extracting(AreaAuthorship::area).containsExactly("services/billing");
    }

    @Test
    void aBadLineOfAPatternFileIsReportedWithItsPlace() throws Exception {
        Path file = Files.writeString(tmp.resolve("exclude.txt"), "ok/\nsrc/[gen\n");

        assertThatThrownBy(() -> FileSelection.patternsIn(file))
                .hasMessageContaining("exclude.txt:2: unclosed '['");
        assertThatThrownBy(() -> FileSelection.patternsIn(tmp.resolve("missing.txt")))
                .hasMessageContaining("cannot read the pattern file");
    }

    @Test
    void areasByTopLevelDirectoryEachWithItsOwnTruckFactor() {
        // api: Ana's alone; web: Ben and Cy each author one file of two; root: Ana
        repo.as("Ana").create("api/A.java").create("api/B.java").create("Build.java").commit();
        repo.as("Ben").create("web/a.ts").commit();
        repo.as("Cy").create("web/b.ts").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().analyse(repo.dir());

        assertThat(r.areas()).extracting(AreaAuthorship::area).containsExactly(AreaGrouping.ROOT_AREA, "api", "web");
        AreaAuthorship web = r.areas().get(2);
        assertThat(web.files()).isEqualTo(2);
        // without Ben (key order first of the tie) 1 of 2 is covered: 50 %, go on; without Cy: none
        assertThat(web.truckFactor().value()).isEqualTo(2);
        assertThat(r.areas().get(1).truckFactor().value()).isEqualTo(1);
        // whole repository: Ana 3 files of 5; without her 2 of 5 = 40 %: truck factor 1
        assertThat(r.truckFactor().value()).isEqualTo(1);
        assertThat(r.truckFactor().removals().get(0).developer().email()).isEqualTo("ana@example.org");
        assertThat(r.truckFactor().removals().get(0).filesAuthored()).isEqualTo(3);
        assertThat(r.filesInNoArea()).isZero();
    }

    @Test
    void areasByPatternFirstMatchWinsAndTheRestIsInNoArea() {
        repo.as("Ana").create("services/billing/Bill.java").create("libs/money/Money.java")
                .create("services/users/User.java").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults().withAreas(AreaGrouping.byPatterns(List.of(
                AreaGrouping.AreaPatterns.parse("billing=services/billing/,libs/money/"),
                AreaGrouping.AreaPatterns.parse("everything=**")))).analyse(repo.dir());

        assertThat(r.areas()).extracting(a -> a.area() + "=" + a.files()).containsExactly("billing=2", "everything=1");
        RepositoryAuthorship partial = AuthorshipAnalysis.defaults().withAreas(AreaGrouping.byPatterns(List.of(
                AreaGrouping.AreaPatterns.parse("billing=services/billing/")))).analyse(repo.dir());
        assertThat(partial.filesInNoArea()).isEqualTo(2);
        assertThatThrownBy(() -> AreaGrouping.AreaPatterns.parse("billing")).hasMessageContaining("NAME=GLOB");
    }

    @Test
    void anAreaGroupingFromElsewhereIsAFunctionAndAreasBecomeKnowledgeAreas() {
        repo.as("Ana").create("db/schema.sql").create("app/Main.java").commit();
        repo.as("Ben").modify("app/Main.java").modify("app/Main.java").commit();

        RepositoryAuthorship r = AuthorshipAnalysis.defaults()
                .withAreas(path -> java.util.Optional.of(path.endsWith(".sql") ? "database" : "application"))
                .analyse(repo.dir());

        assertThat(r.knowledgeAreas(d -> d.email().substring(0, d.email().indexOf('@')), true))
                .containsExactly(new org.ctorole.model.profile.KnowledgeArea("application", true, List.of("ana", "ben")),
                        new org.ctorole.model.profile.KnowledgeArea("database", true, List.of("ana")));
    }
}
