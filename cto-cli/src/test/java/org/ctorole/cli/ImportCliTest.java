package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.report.AssessmentJson;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** cto import, cto init and profiles on standard input, as a user runs them. */
class ImportCliTest {
    static final Path FIXTURES = Path.of("../cto-import/src/test/resources/org/ctorole/importer");

    static final String HR = """
            Employee ID,Name,Email,Job Title,Manager ID
            1,Kim Lee,kim@acme.example,CEO,
            2,Lou Park,lou@acme.example,Fractional CTO,1
            3,Max Roe,max@acme.example,Software Engineer,2
            4,Ida Sun,ida@acme.example,Software Engineer,2
            """;

    @TempDir
    Path tmp;

    static CliTest.Run cto(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CtoCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliTest.Run(exit, out.toString(), err.toString());
    }

    Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void importACsvAndAssessItFromStandardInput() throws IOException {
        Path hr = write("hr.csv", HR);

        CliTest.Run imported = cto("", "import", "csv", hr.toString(), "--name", "Acme");
        CliTest.Run assessed = cto(imported.out(), "assess", "-", "--format", "json");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("schema: cto-profile/1\norganisation:\n  id: acme\n  name: Acme\n");
        assertThat(imported.err()).contains("imported csv: " + hr, "people: 4 added",
                "still missing: cto, knowledge, systems, strategy, forums, indicators, commitments, suppliers,"
                        + " security", "rules will not be assessed: ");
        assertThat(assessed.exit()).as(assessed.err()).isZero();
        Assessment a = AssessmentJson.read(assessed.out()).get(0);
        assertThat(a.profile()).isEqualTo("acme");
        assertThat(a.findings()).extracting(f -> f.ruleId() + ":" + f.subject()).contains("no-deputy:lou");
        assertThat(a.notAssessed()).extracting(n -> n.ruleId()).contains("single-point-of-knowledge");
    }

    @Test
    void intoAProfileWritesAnotherFileLeavesTheProfileAloneAndIsIdempotent() throws IOException {
        Path northwind = write("northwind.yaml", Files.readString(CliTest.NORTHWIND));
        byte[] before = Files.readAllBytes(northwind);
        Path hr = write("hr.csv", """
                Name,Email,Title,Reports To
                Ana Silva,ana@northwind.example,Software Engineer,Maya Chen
                Zara Quinn,zara@northwind.example,Software Engineer,Lena Novak
                """);
        Path merged = tmp.resolve("out/merged.yaml");
        Path again = tmp.resolve("out/again.yaml");

        CliTest.Run first = cto("", "import", "csv", hr.toString(), "--into", northwind.toString(), "-o",
                merged.toString());
        CliTest.Run second = cto("", "import", "csv", hr.toString(), "--into", merged.toString(), "-o",
                again.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("people: 1 added, 0 updated, 0 unchanged, 1 in conflict, 10 kept",
                "1 conflict (the profile's values kept; --prefer-import takes the sources'):",
                "people/ana reportsTo: the profile says 'lena', " + hr + ":2 says 'maya'", "every section is present");
        assertThat(Files.readAllBytes(northwind)).isEqualTo(before);
        OrganisationProfile result = ProfileReader.standard().read(merged);
        assertThat(result.person("zara")).isPresent();
        assertThat(result.person("ana").orElseThrow().reportsTo()).contains("lena");
        assertThat(second.exit()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(merged));
        // northwind's findings are the same with the imported e-mail and the new engineer
        CliTest.Run assessed = cto("", "assess", merged.toString(), "--format", "json");
        assertThat(CliTest.rows(AssessmentJson.read(assessed.out()).get(0))).containsAll(CliTest.expectedRows());
    }

    @Test
    void preferImportTakesTheSourcesValuesAndVerboseListsEveryChange() throws IOException {
        Path hr = write("hr.csv", "Name,Reports To\nAna Silva,Maya Chen\n");

        CliTest.Run run = cto("", "import", "csv", hr.toString(), "--into", CliTest.NORTHWIND.toString(),
                "--prefer-import", "--verbose");

        assertThat(run.exit()).isZero();
        assertThat(ProfileReader.standard().read(run.out(), "out.yaml").person("ana").orElseThrow().reportsTo())
                .contains("maya");
        assertThat(run.err()).contains("(the sources' values taken: --prefer-import)");
    }

    @Test
    void theIntoProfileIsNeverTheOutput() throws IOException {
        Path northwind = write("northwind.yaml", Files.readString(CliTest.NORTHWIND));
        byte[] before = Files.readAllBytes(northwind);
        Path hr = write("hr.csv", HR);

        CliTest.Run run = cto("", "import", "csv", hr.toString(), "--into", northwind.toString(), "-o",
                tmp.resolve("./northwind.yaml").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("is the --into profile: it is never overwritten");
        assertThat(Files.readAllBytes(northwind)).isEqualTo(before);
    }

    @Test
    void badInputGivesEveryProblemWithItsPlaceAndExitTwo() throws IOException {
        Path hr = write("hr.csv", "Employee ID,Name,Email\n1,Kim,kim@acme\n1,Lou,lou@acme.example,extra\n");
        Path scim = write("users.json", "{\"Resources\": [}");

        CliTest.Run csv = cto("", "import", "csv", hr.toString());
        CliTest.Run json = cto("", "import", "scim", scim.toString());
        CliTest.Run cycle = cto("", "import", "csv", write("cycle.csv",
                "Employee ID,Name,Manager ID\n1,Kim,2\n2,Lou,1\n").toString());

        assertThat(csv.exit()).isEqualTo(2);
        assertThat(csv.err()).contains(hr + ":2:1: Email: 'kim@acme' is not an e-mail address",
                hr + ":3:1: the row has 4 fields, the header 3").doesNotContain("\tat ");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains(scim + ":1:16: not valid JSON");
        assertThat(cycle.exit()).isEqualTo(2);
        assertThat(cycle.err()).contains("cycle.csv:2:1: people[0].reportsTo: reporting cycle kim -> lou -> kim");
    }

    @Test
    void scimCodeownersWithTeamsAndBackstageImportInTurn() throws IOException {
        Path people = tmp.resolve("people.yaml");
        Path owned = tmp.resolve("owned.yaml");
        Path all = tmp.resolve("all.json");

        CliTest.Run scim = cto("", "import", "scim", FIXTURES.resolve("scim-users-page1.json").toString(),
                FIXTURES.resolve("scim-users-page2.json").toString(), FIXTURES.resolve("scim-users-page3.json")
                        .toString(), "--name", "Northwind", "-o", people.toString());
        CliTest.Run codeowners = cto("", "import", "codeowners", FIXTURES.resolve("CODEOWNERS").toString(),
                "--into", people.toString(), "-o", owned.toString(), "--verbose", "--teams",
                FIXTURES.resolve("scim-users-page1.json").toString(), FIXTURES.resolve("scim-users-page2.json")
                        .toString(), FIXTURES.resolve("scim-users-page3.json").toString(),
                FIXTURES.resolve("scim-groups.json").toString());
        CliTest.Run backstage = cto("", "import", "backstage", FIXTURES.resolve("catalog-info.yaml").toString(),
                "--into", owned.toString(), "-o", all.toString());

        assertThat(scim.exit()).as(scim.err()).isZero();
        assertThat(scim.err()).contains("people: 11 added", "skipped 2: 1 inactive; 1 manager '2819c223-0009' is"
                + " inactive");
        assertThat(codeowners.exit()).as(codeowners.err()).isZero();
        assertThat(codeowners.err()).contains("knowledge: 10 added",
                "CODEOWNERS:11: pattern '/vendor/' (no owner: its files are unowned)");
        assertThat(backstage.exit()).as(backstage.err()).isZero();
        OrganisationProfile profile = ProfileReader.standard().read(all);
        assertThat(profile.people()).hasSize(11);
        assertThat(profile.knowledge().orElseThrow()).hasSize(14);
        assertThat(profile.systems().orElseThrow()).hasSize(6);
    }

    @Test
    void initPrintsATemplateThatValidatesAndNeverOverwritesAFile() throws IOException {
        CliTest.Run init = cto("", "init", "--name", "Acme Robotics");
        CliTest.Run valid = cto(init.out(), "validate", "-");
        Path existing = write("mine.yaml", "keep me\n");
        CliTest.Run refused = cto("", "init", "-o", existing.toString());
        Path fresh = tmp.resolve("new.yaml");
        CliTest.Run written = cto("", "init", "-o", fresh.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("id: acme-robotics", "# enables: distant-from-ceo, no-deputy, no-technology-leader",
                "email: kim@example.com");
        assertThat(valid.exit()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("-: valid");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(Files.readString(existing)).isEqualTo("keep me\n");
        assertThat(written.exit()).isZero();
        assertThat(cto("", "assess", fresh.toString()).exit()).isZero();
    }

    @Test
    void anInvalidProfileOnStandardInputIsNamedStdin() {
        CliTest.Run run = cto("schema: cto-profile/1\npeople: []\n", "assess", "-");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>:");
        assertThat(List.of(run.out())).containsExactly("");
    }
}
