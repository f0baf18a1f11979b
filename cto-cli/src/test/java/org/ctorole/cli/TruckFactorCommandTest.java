package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.cli.CliTest.cto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.ctorole.cli.CliTest.Run;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cto truck-factor} as a user runs it, on a repository built in the test. */
class TruckFactorCommandTest {
    @TempDir
    Path tmp;

    Path dir;
    Git git;
    GitHistory history;

    @BeforeEach
    void init() throws Exception {
        dir = tmp.resolve("repo");
        history = new GitHistory(dir);
        git = history.git;
    }

    @AfterEach
    void close() {
        history.close();
    }

    RevCommit commit(String name, String... pathsAndContents) throws Exception {
        return history.commit(name, pathsAndContents);
    }

    /** api: Ana's two files; web: Ben's and Cy's; a README and a vendored file left out. */
    void team() throws Exception {
        commit("Ana", "api/A.java", "class A {}\n", "api/B.java", "class B {}\n", "README.md", "# x\n",
                "vendor/lib.js", "var x;\n");
        commit("Ben", "web/a.ts", "let a = 1;\n");
        commit("Cy", "web/b.ts", "let b = 1;\n");
    }

    @Test
    void textNamesTheTruckFactorWhoseLossUncoversTheFilesAndTheAreas() throws Exception {
        team();

        Run run = cto("truck-factor", dir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        // Ana 2 of 4 files: without her 50 % are covered, so Ben goes too (ties by e-mail): 25 %
        assertThat(run.out()).contains("Truck factor of " + dir + " at HEAD (", "): 2")
                .contains("4 files counted, 100.0 % of them with an author; 2 left out (vendored 1, documentation 1)")
                .contains("3 commits read: 3 counted, 0 merges (never counted), 0 by bots or excluded authors")
                .containsPattern("1  Ana <ana@example.org> +2 +50.0 %")
                .containsPattern("2  Ben <ben@example.org> +1 +25.0 %")
                .containsPattern("api +2 +1 +100.0 % +Ana \\(2\\)")
                .containsPattern("web +2 +2 +100.0 % +Ben \\(1\\), Cy \\(1\\)")
                .contains("A novel approach for estimating truck factors");
    }

    @Test
    void jsonHasTheTruckFactorAtTheTopAndEveryRemovalAreaAndExclusion() throws Exception {
        team();

        Run run = cto("truck-factor", dir.toString(), "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("truckFactor").asInt()).isEqualTo(2);
        assertThat(json.get("commit").asText()).hasSize(40);
        assertThat(json.get("files").asInt()).isEqualTo(4);
        assertThat(json.get("removed").get(0).get("email").asText()).isEqualTo("ana@example.org");
        assertThat(json.get("removed").get(0).get("filesAuthored").asInt()).isEqualTo(2);
        assertThat(json.get("removed").get(0).get("coverageLeft").asDouble()).isEqualTo(0.5);
        assertThat(json.get("authors")).hasSize(3);
        assertThat(json.get("areas").get(0).get("area").asText()).isEqualTo("api");
        assertThat(json.get("areas").get(1).get("truckFactor").asInt()).isEqualTo(2);
        assertThat(json.get("excluded").get("total").asInt()).isEqualTo(2);
        assertThat(json.get("excluded").get("vendored").asInt()).isEqualTo(1);
        assertThat(json.get("history").get("countedCommits").asInt()).isEqualTo(3);
    }

    @Test
    void markdownHasTables() throws Exception {
        team();

        Run run = cto("truck-factor", dir.toString(), "-f", "markdown");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Truck factor of ")
                .contains("| # | person | files authored | coverage left |", "| 1 | Ana <ana@example.org> | 2 | 50.0 % |")
                .contains("| area | files | truck factor |");
    }

    @Test
    void selectionAreasAuthorsAndRevisionOptions() throws Exception {
        RevCommit first = commit("Ana", "api/A.java", "class A {}\n", "api/Gen.java", "class G {}\n");
        commit("Ben", "web/a.ts", "let a = 1;\n", "web/b.ts", "let b = 1;\n");
        commit("dependabot[bot]", "web/c.ts", "let c = 1;\n");
        Path excludeFrom = Files.writeString(tmp.resolve("ex.txt"), "# generated\nGen.java\n");

        JsonNode atFirst = json(cto("truck-factor", dir.toString(), "--at", first.name(), "-f", "json"));
        JsonNode selected = json(cto("truck-factor", dir.toString(), "--exclude-from", excludeFrom.toString(),
                "--exclude", "web/b.ts", "--include", "**/*.java", "--include", "web/*", "-f", "json"));
        JsonNode onlyWeb = json(cto("truck-factor", dir.toString(), "--path", "web", "--exclude-author", "ben*",
                "--keep-bots", "-f", "json"));
        JsonNode byArea = json(cto("truck-factor", dir.toString(), "--area", "front=web/", "-f", "json"));
        JsonNode since = json(cto("truck-factor", dir.toString(), "--since", "2024-01-01T09:01:00Z", "-f", "json"));

        assertThat(atFirst.get("files").asInt()).isEqualTo(2);
        assertThat(selected.get("files").asInt()).isEqualTo(2); // api/A.java, web/a.ts; c.ts has only a bot
        assertThat(selected.get("excluded").get("excludedByPattern").asInt()).isEqualTo(2);
        assertThat(selected.get("excluded").get("noHistory").asInt()).isEqualTo(1);
        assertThat(onlyWeb.get("authors")).extracting(a -> a.get("name").asText()).containsExactly("dependabot[bot]");
        assertThat(onlyWeb.get("excluded").get("outsidePath").asInt()).isEqualTo(2);
        assertThat(onlyWeb.get("history").get("excludedAuthors").get(0).get("name").asText()).isEqualTo("Ben");
        assertThat(byArea.get("areas")).hasSize(1);
        assertThat(byArea.get("filesInNoArea").asInt()).isEqualTo(2);
        assertThat(since.get("history").get("beforeSince").asInt()).isEqualTo(1);
        assertThat(since.get("files").asInt()).isEqualTo(2);
    }

    static JsonNode json(Run run) throws IOException {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void badInputsGetOneClearLineAndExit2WithoutAStackTrace() throws Exception {
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        Path empty = tmp.resolve("empty");
        Git.init().setDirectory(empty.toFile()).call().close();

        assertBad(cto("truck-factor", plain.toString()), "is not a git repository");
        assertBad(cto("truck-factor", empty.toString()), "is an empty repository");
        commit("Ana", "A.java", "class A {}\n");
        assertBad(cto("truck-factor", dir.toString(), "--at", "no-such-branch"), "unknown revision 'no-such-branch'");
        assertBad(cto("truck-factor", dir.toString(), "--mailmap", tmp.resolve("none.mailmap").toString()),
                "cannot read the mailmap");
        assertBad(cto("truck-factor", dir.toString(), "--since", "last year"), "--since 'last year': expected a date");
        assertBad(cto("truck-factor", dir.toString(), "--format", "html"), "prints text, markdown or json, not html");
        assertBad(cto("truck-factor", dir.toString(), "--area", "nameonly"), "expected NAME=GLOB");
        assertBad(cto("truck-factor", dir.toString(), "--exclude", "a/[b"), "unclosed '['");
        assertBad(cto("truck-factor", dir.toString(), "--include", "*.py"), "no file of HEAD is left to analyse");
        RevCommit second = commit("Ben", "A.java", "class A { int x; }\n");
        git.getRepository().getObjectDatabase().setShallowCommits(Set.of(second.getId()));
        assertBad(cto("truck-factor", dir.toString()), "shallow clone");
    }

    static void assertBad(Run run, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("cto: ").contains(message).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void linesOfTheRevisionsMailmapThatGitWouldSkipAreWarningsOnStderr() throws Exception {
        commit("Ana", "A.java", "class A {}\n", ".mailmap", "Ana <ana@example.org>\nnot an entry\n");

        Run run = cto("truck-factor", dir.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("cto: warning: skipped HEAD:.mailmap:2: expected 'Proper Name <commit@email>'"
                + " or 'Proper Name <proper@email> [Commit Name] <commit@email>'" + System.lineSeparator());
        assertThat(run.out()).contains("): 1");
    }
}
