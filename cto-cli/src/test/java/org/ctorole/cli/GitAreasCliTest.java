package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.cli.CliTest.cto;
import static org.ctorole.cli.TruckFactorCommandTest.assertBad;
import static org.ctorole.cli.TruckFactorCommandTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctorole.cli.CliTest.Run;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cto truck-factor} areas from CODEOWNERS and Backstage, and {@code cto import git}, as a user runs them. */
class GitAreasCliTest {
    @TempDir
    Path tmp;

    GitHistory history;
    Path dir;

    /**
     * services/billing: Ana's two files, Cy's legacy one; services/users: Ben's; web: Dee's. The repository's
     * CODEOWNERS (docs/, left out of the count as documentation) gives billing to @billing, then all of services/
     * to @platform (later and broader: it wins), leaves legacy/ unowned and web/ to @front.
     */
    @BeforeEach
    void shop() throws Exception {
        dir = tmp.resolve("shop");
        history = new GitHistory(dir);
        history.commit("Ana", "services/billing/Bill.java", "class Bill {}\n", "services/billing/Tax.java",
                "class Tax {}\n", "docs/CODEOWNERS", """
                        /services/billing/ @billing
                        /services/ @platform
                        /services/billing/legacy/
                        web/ @front
                        """);
        history.commit("Ben", "services/users/User.java", "class User {}\n");
        history.commit("Cy", "services/billing/legacy/Old.java", "class Old {}\n");
        history.commit("Dee", "web/app.ts", "let app = 1;\n");
    }

    @AfterEach
    void close() {
        history.close();
    }

    static List<String> areas(JsonNode json) {
        List<String> list = new ArrayList<>();
        json.get("areas").forEach(a -> list.add(a.get("area").asText() + ": " + a.get("files").asInt() + " files, truck"
                + " factor " + a.get("truckFactor").asInt()));
        return list;
    }

    Path write(String name, String content) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void theRepositorysOwnCodeownersTheLastMatchingPatternWinning() throws Exception {
        JsonNode json = json(cto("truck-factor", dir.toString(), "--codeowners", "-f", "json"));

        assertThat(areas(json)).containsExactly("services: 3 files, truck factor 1", "web: 1 files, truck factor 1");
        assertThat(json.get("filesInNoArea").asInt()).isEqualTo(1);
    }

    @Test
    void aCodeownersFileWithGitLabSectionsAndAMappingGroupingPatterns() throws Exception {
        Path codeowners = write("CODEOWNERS", """
                [Backend] @backend
                /services/
                /services/billing/
                ^[Frontend][2] @front
                *.ts
                """);
        Path mapping = write("mapping.yaml", "areas:\n  money: [/services/billing/]\n");

        JsonNode json = json(cto("truck-factor", dir.toString(), "--codeowners", codeowners.toString(), "--mapping",
                mapping.toString(), "-f", "json"));

        assertThat(areas(json)).containsExactly("*.ts: 1 files, truck factor 1", "money: 3 files, truck factor 1",
                "services: 1 files, truck factor 1");
        assertThat(json.get("filesInNoArea").asInt()).isZero();
    }

    @Test
    void backstageComponentsNestedAndBySourceLocationWithTheCatalogInTheWorkingTree() throws Exception {
        Path catalog = dir.resolve("services/catalog-info.yaml");
        Files.writeString(catalog, """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: platform, description: everything under services/ no other component claims}
                spec: {type: service, owner: team-platform, lifecycle: production}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: billing
                  annotations: {backstage.io/source-location: "url:https://gitlab.com/acme/shop/-/tree/main/services/billing"}
                spec: {type: service, owner: team-billing, lifecycle: production}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: legacy, annotations: {backstage.io/source-location: "dir:billing/legacy"}}
                spec: {type: library, owner: team-billing, lifecycle: deprecated}
                """);

        Run run = cto("truck-factor", dir.toString(), "--backstage", catalog.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("billing +2 +1 +100.0 % +Ana \\(2\\)")
                .containsPattern("legacy +1 +1 +100.0 % +Cy \\(1\\)")
                .containsPattern("platform +1 +1 +100.0 % +Ben \\(1\\)")
                .contains("1 files in no area");
    }

    @Test
    void importWithoutAProfileMakesEveryAuthorAPersonAndEachAreaTheirs() throws Exception {
        Run run = cto("import", "git", dir.toString(), "--codeowners", "--name", "Shop", "--verbose");

        assertThat(run.exit()).as(run.err()).isZero();
        OrganisationProfile profile = ProfileReader.standard().readUnvalidated(run.out(), "out");
        assertThat(profile.people()).extracting(p -> p.id() + " " + p.name() + " " + p.email().orElse(""))
                .containsExactly("ana Ana ana@example.org", "ben Ben ben@example.org", "cy Cy cy@example.org",
                        "dee Dee dee@example.org");
        assertThat(profile.knowledge().orElseThrow()).containsExactly(
                new KnowledgeArea("services", false, List.of("ana", "ben")),
                new KnowledgeArea("web", false, List.of("dee")));
        assertThat(run.err()).contains("imported git: " + dir, "people: 4 added", "knowledge: 2 added",
                "knowledge/services added from " + dir + "@", " (3 files, truck factor 1)");
    }

    @Test
    void importIntoAProfileMakesOnlyItsPeopleExpertsAndReportsTheOtherAuthors() throws Exception {
        Path profile = write("acme.yaml", """
                schema: cto-profile/1
                organisation: {id: acme, name: Acme, assessedOn: 2026-11-01}
                people:
                  - {id: ana.silva, name: Ana Silva, email: ANA@example.org, roles: [CTO]}
                  - {id: ben.walker, name: Ben, email: ben.walker@acme.example, roles: [ENGINEER], reportsTo: ana.silva}
                """);
        byte[] before = Files.readAllBytes(profile);
        Path out = tmp.resolve("merged.yaml");

        Run run = cto("import", "git", dir.toString(), "--into", profile.toString(), "-o", out.toString(), "--verbose");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(profile)).isEqualTo(before);
        OrganisationProfile merged = ProfileReader.standard().read(out);
        assertThat(merged.people()).extracting(Person::id).containsExactly("ana.silva", "ben.walker");
        // the default areas: one per top-level directory (docs/ is left out as documentation)
        assertThat(merged.knowledge().orElseThrow()).containsExactly(
                new KnowledgeArea("services", false, List.of("ana.silva", "ben.walker")),
                new KnowledgeArea("web", false, List.of()));
        assertThat(run.err()).contains("knowledge: 2 added",
                "note: git: 2 authors match no person of the profile by e-mail or name and are no experts:"
                        + " Cy <cy@example.org>, Dee <dee@example.org>",
                "skipped 2: 2 matches no person of the profile" + System.lineSeparator(),
                ": author Cy <cy@example.org> (matches no person of the profile: not an expert)",
                ": author Dee <dee@example.org> (matches no person of the profile: not an expert)")
                .doesNotContain("people: ");
    }

    @Test
    void badAreaSourcesAndRepositoriesGetTheirPlaceAndExit2() throws Exception {
        Path codeowners = write("bad/CODEOWNERS", "/services/ @platform\n/web/ front-team\n");
        Path outside = write("bad/catalog-info.yaml", "kind: Component\nmetadata: {name: shop}\n---\nkind: Component\n"
                + "metadata:\n  name: api\n  annotations: {backstage.io/source-location: /srv/api}\n");
        Path broken = write("bad/broken.yaml", "kind: Component\nmetadata: {name: [x\n");
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        GitHistory bare = new GitHistory(tmp.resolve("none"));
        bare.commit("Ana", "A.java", "class A {}\n");
        bare.close();

        assertBad(cto("truck-factor", dir.toString(), "--codeowners", codeowners.toString()),
                codeowners + ":2:7: 'front-team' is not an owner");
        assertBad(cto("truck-factor", dir.toString(), "--backstage", outside.toString()),
                "2 problems in Backstage catalog:\n  " + outside + ":1:1: /metadata/name: Component 'shop' has no"
                        + " backstage.io/source-location annotation and " + outside + " is not inside the repository");
        assertBad(cto("truck-factor", dir.toString(), "--backstage", outside.toString()),
                outside + ":7:17: /metadata/annotations/backstage.io~1source-location: Component 'api': '/srv/api' is"
                        + " an absolute path");
        assertBad(cto("truck-factor", dir.toString(), "--backstage", broken.toString()), broken + ":3:1: not valid YAML");
        assertBad(cto("truck-factor", dir.toString(), "--area", "x=web/", "--codeowners"),
                "--area, --codeowners and --backstage each set the areas: give one of them");
        assertBad(cto("truck-factor", dir.toString(), "--mapping", codeowners.toString()),
                "--mapping groups CODEOWNERS patterns into areas: give --codeowners too");
        assertBad(cto("truck-factor", tmp.resolve("none").toString(), "--codeowners"),
                "has no CODEOWNERS at HEAD (looked for .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS,"
                        + " .gitlab/CODEOWNERS): give --codeowners FILE");
        assertBad(cto("truck-factor", dir.toString(), "--codeowners", "--at", "nope"), "unknown revision 'nope'");
        assertBad(cto("import", "git", plain.toString()), "is not a git repository");
        assertBad(cto("import", "git", dir.toString(), "--at", "nope"), "unknown revision 'nope'");
        assertBad(cto("import", "git", dir.toString(), "--codeowners", codeowners.toString()),
                "'front-team' is not an owner");
        Path profile = write("p.yaml", "schema: cto-profile/1\npeople: [{id: x}]\n");
        assertBad(cto("import", "git", dir.toString(), "--into", profile.toString()), profile + ":");
        Path empty = tmp.resolve("empty");
        org.eclipse.jgit.api.Git.init().setDirectory(empty.toFile()).call().close();
        assertBad(cto("import", "git", empty.toString()), "is an empty repository");
    }
}
