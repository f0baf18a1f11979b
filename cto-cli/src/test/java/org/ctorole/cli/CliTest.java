package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctorole.io.report.AssessmentJson;
import org.ctorole.rules.Assessment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The cto command as a user runs it, through CommandLine.execute, with exit codes and output. */
class CliTest {
    static final Path NORTHWIND = Path.of("../cto-examples/profiles/northwind.yaml");
    static final Path EXPECTED = Path.of("../cto-examples/profiles/northwind.expected.tsv");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    /** A call as {@link Main} makes it: only the subcommand named is built. */
    static Run cto(String... args) {
        return run(CtoCommand.forArguments(System.in, args), args);
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static List<String> expectedRows() throws IOException {
        return Files.readAllLines(EXPECTED).stream().skip(1).filter(l -> !l.isBlank()).toList();
    }

    static List<String> rows(Assessment a) {
        return a.findings().stream()
                .map(f -> f.ruleId() + "\t" + f.subject() + "\t" + f.severity() + "\t" + f.waived()).toList();
    }

    Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    String northwind() throws IOException {
        return Files.readString(NORTHWIND);
    }

    @Nested
    class Assess {
        @Test
        void textReportOfNorthwind() {
            Run run = cto("assess", NORTHWIND.toString());

            assertThat(run.exit()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("missing-backup", "customer-crm", "pricing-engine").doesNotContain("\u001b[");
        }

        @Test
        void jsonReportParsesBackToExactlyTheExpectedFindings() throws IOException {
            Run run = cto("assess", NORTHWIND.toString(), "--format", "json");

            assertThat(run.exit()).isZero();
            List<Assessment> assessments = AssessmentJson.read(run.out());
            assertThat(assessments).hasSize(1);
            assertThat(rows(assessments.get(0))).containsExactlyElementsOf(expectedRows());
            assertThat(run.out()).contains("\"profile\" : \"northwind\"", "\"scores\"", "\"actionPlan\"",
                    "\"notAssessed\"", "\"evidence\"", "\"recommendation\"", "\"source\"");
        }

        @Test
        void severalFilesGiveAJsonArray() throws IOException {
            Path copy = write("copy.yaml", northwind().replace("id: northwind", "id: southwind"));

            Run run = cto("assess", NORTHWIND.toString(), copy.toString(), "--format", "json");

            assertThat(run.exit()).isZero();
            assertThat(run.out().strip()).startsWith("[");
            assertThat(AssessmentJson.read(run.out())).extracting(Assessment::profile)
                    .containsExactly("northwind", "southwind");
        }

        @Test
        void markdownHtmlAndCsv() {
            assertThat(cto("assess", NORTHWIND.toString(), "-f", "markdown").out())
                    .contains("#", "missing-backup", "customer-crm");
            assertThat(cto("assess", NORTHWIND.toString(), "-f", "html").out())
                    .contains("<html", "<svg", "missing-backup");
            Run csv = cto("assess", NORTHWIND.toString(), "-f", "csv");
            assertThat(csv.exit()).isZero();
            assertThat(csv.out().lines()).hasSize(28).anyMatch(l -> l.contains("missing-backup"));
        }

        @Test
        void aBatchOfManyFilesShowsProgressOnStderrAndACsvRowPerFinding() throws IOException {
            List<String> args = new java.util.ArrayList<>(List.of("assess", "-f", "csv"));
            for (int i = 0; i < 12; i++) {
                args.add(write("org" + i + ".yaml", northwind().replace("id: northwind", "id: org" + i)).toString());
            }

            Run run = cto(args.toArray(String[]::new));

            assertThat(run.exit()).isZero();
            assertThat(run.err()).contains("assessed 12/12");
            assertThat(run.out().lines()).hasSize(1 + 12 * 27);
        }

        @Test
        void outputGoesToTheFileGiven() throws IOException {
            Path out = tmp.resolve("reports/northwind.md");

            Run run = cto("assess", NORTHWIND.toString(), "-f", "markdown", "--output", out.toString());

            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(Files.readString(out)).contains("missing-backup");
        }

        @Test
        void failOnGivesExitCodeOneWhenAFindingIsSevereEnough() {
            assertThat(cto("assess", NORTHWIND.toString(), "--fail-on", "CRITICAL").exit()).isEqualTo(1);
            assertThat(cto("assess", NORTHWIND.toString(), "--fail-on", "low").exit()).isEqualTo(1);
        }

        @Test
        void withABaselineOnlyNewFindingsCount() throws IOException {
            Path baseline = write("baseline.json", cto("assess", NORTHWIND.toString(), "-f", "json").out());

            assertThat(cto("assess", NORTHWIND.toString(), "--fail-on", "LOW", "--baseline", baseline.toString())
                    .exit()).isZero();

            Path worse = write("worse.yaml", northwind().replace("incidentResponsePlan: true",
                    "incidentResponsePlan: false").replace("technologyReviewed: true", "technologyReviewed: false"));
            assertThat(cto("assess", worse.toString(), "--fail-on", "HIGH", "--baseline", baseline.toString())
                    .exit()).isZero(); // no-breach-process persists; the new finding is only MEDIUM
            assertThat(cto("assess", worse.toString(), "--fail-on", "MEDIUM", "--baseline", baseline.toString())
                    .exit()).isEqualTo(1);
        }

        @Test
        void redactedReportsNameNobody() {
            for (String format : List.of("text", "json", "markdown", "html", "csv")) {
                Run run = cto("assess", NORTHWIND.toString(), "-f", format, "--redact-people");
                assertThat(run.exit()).isZero();
                assertThat(run.out()).doesNotContainIgnoringCase("maya").doesNotContain("Maya Chen")
                        .doesNotContain("key-person-dependency:ana").contains("person-");
            }
        }

        @Test
        void policyFileChangesThresholds() throws IOException {
            Path policy = write("policy.yaml", "maxHandsOnPercent: 40\nminLearningPercent: 1\n");

            Run run = cto("assess", NORTHWIND.toString(), "-f", "json", "--policy", policy.toString());

            assertThat(run.exit()).isZero();
            assertThat(rows(AssessmentJson.read(run.out()).get(0))).noneMatch(r -> r.startsWith("cto-in-the-weeds"));
        }

        @Test
        void disabledRulesAreSilentAndListedAsNotAssessed() {
            Run run = cto("assess", NORTHWIND.toString(), "-f", "json", "--disable", "no-deputy,supplier-risk");

            assertThat(run.exit()).isZero();
            Assessment a = AssessmentJson.read(run.out()).get(0);
            assertThat(rows(a)).noneMatch(r -> r.startsWith("no-deputy") || r.startsWith("supplier-risk"));
            assertThat(a.notAssessed()).extracting(n -> n.ruleId() + " " + n.reason())
                    .contains("no-deputy disabled", "supplier-risk disabled")
                    .filteredOn(n -> n.endsWith("disabled")).hasSize(2);
            assertThat(cto("assess", NORTHWIND.toString(), "--disable", "no-such-rule").err())
                    .contains("unknown rule 'no-such-rule'");
        }

        @Test
        void customRulesFromAFolderJoinThePack() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("rules"));
            Files.writeString(dir.resolve("offsite.drl"), """
                    package acme.rules;
                    import org.ctorole.rules.facts.*;
                    rule "acme-weekly-backup"
                        @title("Backup less than daily")
                        @severity(LOW)
                        @subject(SYSTEM)
                        @reads("systems")
                        @harms("OPERATIONAL_MANAGEMENT")
                        @track(RESILIENCE)
                        @source("Acme backup standard | Frequency")
                        @firesWhen("a system is backed up less often than daily")
                        @message("{subject} is backed up less than daily")
                        @recommendation("Back up {subject} daily.")
                    when
                        SystemFact($id : id, backedUp == true, intervalDays > 1)
                    then
                        insert(Detection.about($id));
                    end
                    """);

            Run run = cto("assess", NORTHWIND.toString(), "-f", "json", "--rules", dir.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(rows(AssessmentJson.read(run.out()).get(0)))
                    .contains("acme-weekly-backup\tanalytics-warehouse\tLOW\tfalse");
        }
    }

    @Nested
    class BadInput {
        @Test
        void missingFile() {
            Run run = cto("assess", "no-such-file.yaml");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("no-such-file.yaml").doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void invalidYamlNamesTheLine() throws IOException {
            Path bad = write("bad.yaml", "schema: cto-profile/1\norganisation: {id: x\npeople: []\n");

            Run run = cto("assess", bad.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("bad.yaml:").doesNotContain("\tat ");
        }

        @Test
        void validateRefusesWhatAssessRefusesWithTheSamePlace() throws IOException {
            Path bad = write("waiver.yaml", northwind().replace("ruleId: distant-from-ceo", "ruleId: distant-from-cfo"));
            int line = northwind().substring(0, northwind().indexOf("ruleId: distant-from-ceo")).split("\n", -1).length;

            Run validate = cto("validate", bad.toString());
            Run assess = cto("assess", bad.toString());

            assertThat(validate.exit()).isEqualTo(2);
            assertThat(validate.err()).contains("waiver.yaml:" + line + ":", "waivers[0].ruleId",
                    "unknown rule 'distant-from-cfo'");
            assertThat(assess.exit()).isEqualTo(2);
            assertThat(assess.err()).isEqualTo(validate.err());
        }

        @Test
        void invalidProfileListsEveryProblemWithItsPlace() throws IOException {
            Path bad = write("bad.yaml", northwind().replace("reportsTo: lena }", "reportsTo: zed }")
                    .replace("critical: true,  experts: [ana] }", "critical: true,  experts: [nobody] }"));

            Run run = cto("validate", bad.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("unknown person 'zed'", "unknown person 'nobody'", "bad.yaml:");
        }

        @Test
        void unknownFormat() {
            Run run = cto("assess", NORTHWIND.toString(), "--format", "pdf");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("pdf");
        }

        @Test
        void unknownRuleToExplain() {
            Run run = cto("explain", "no-such-rule");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("unknown rule 'no-such-rule'");
        }

        @Test
        void unknownOption() {
            Run run = cto("assess", NORTHWIND.toString(), "--colour");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("--colour");
        }

        @Test
        void policyWithAnUnknownKeyOrAnOutOfRangeValue() throws IOException {
            Path unknown = write("p1.yaml", "restoreTestMaxAgeDays: 30\nmaxHandsOn: 40\n");
            Path range = write("p2.yaml", "minOnTimeDeliveryRate: 1.5\n");

            Run first = cto("assess", NORTHWIND.toString(), "--policy", unknown.toString());
            Run second = cto("assess", NORTHWIND.toString(), "--policy", range.toString());

            assertThat(first.exit()).isEqualTo(2);
            assertThat(first.err()).contains("p1.yaml:2:1", "unknown key 'maxHandsOn'");
            assertThat(second.exit()).isEqualTo(2);
            assertThat(second.err()).contains("p2.yaml:1:1", "minOnTimeDeliveryRate", "out of range");
        }

        @Test
        void customRuleThatDoesNotCompile() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("broken"));
            Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"oops\"\nwhen\n  NoSuchFact()\nthen\nend\n");

            Run run = cto("assess", NORTHWIND.toString(), "--rules", dir.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("broken.drl").doesNotContain("\tat ");
        }

        @Test
        void aMalformedReportGivenToDiffIsNamedWithItsPointer() throws IOException {
            Path good = write("q1.json", cto("assess", NORTHWIND.toString(), "-f", "json").out());
            Path broken = write("q0.json", withoutRuleIdOfFinding(3, Files.readString(good)));

            Run run = cto("diff", broken.toString(), good.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("report " + broken, "/findings/3/ruleId: missing required value")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void aMalformedBaselineIsNamedWithItsPointer() throws IOException {
            Path broken = write("baseline.json", withoutRuleIdOfFinding(0,
                    cto("assess", NORTHWIND.toString(), "-f", "json").out()).replace("\"waived\" : false",
                    "\"waived\" : \"no\""));

            Run run = cto("assess", NORTHWIND.toString(), "--baseline", broken.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("baseline.json", "/findings/0/").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }

        @Test
        void aMissingReportIsNamed() throws IOException {
            Path good = write("q1.json", cto("assess", NORTHWIND.toString(), "-f", "json").out());

            Run run = cto("diff", tmp.resolve("q0.json").toString(), good.toString());

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("cto: cannot read '" + tmp.resolve("q0.json") + "': no such file"
                    + System.lineSeparator());
        }

        private String withoutRuleIdOfFinding(int index, String report) throws IOException {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode doc =
                    (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(report);
            ((com.fasterxml.jackson.databind.node.ObjectNode) doc.withArray("findings").get(index)).remove("ruleId");
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        }

        @Test
        void noArgumentsIsAUsageError() {
            assertThat(cto("assess").exit()).isEqualTo(2);
        }
    }

    @Nested
    class Reference {
        @Test
        void rulesListsAllThirtyNine() {
            Run run = cto("rules");

            assertThat(run.exit()).isZero();
            assertThat(run.out().lines()).hasSize(39);
            assertThat(run.out()).contains("strategic-exclusion", "expired-waiver");
        }

        @Test
        void explainARule() {
            Run run = cto("explain", "single-point-of-knowledge");

            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("exactly one expert", "What is a Chief Technology Officer?",
                    "Over Reliance On Individuals", "recommendation");
        }

        @Test
        void explainThePolicyTableOfEveryStage() {
            Run text = cto("explain", "--policy");
            Run json = cto("explain", "--policy", "--format", "json");

            assertThat(text.exit()).isZero();
            assertThat(text.out().lines().findFirst().orElseThrow()).matches("threshold +STARTUP +SCALEUP +ENTERPRISE *");
            assertThat(text.out()).containsPattern("maxHandsOnPercent +50 % +30 % +20 %")
                    .contains("differs by stage: a start-up CTO still builds and fights fires");
            assertThat(json.exit()).isZero();
            assertThat(json.out()).contains("\"stages\" : [ \"STARTUP\", \"SCALEUP\", \"ENTERPRISE\" ]",
                    "\"key\" : \"otherLeadersNeedDeputies\"", "\"STARTUP\" : false");
        }

        @Test
        void explainThePolicyOfOneStageWithAFilesValuesOverThePresets() throws IOException {
            Path file = write("mine.yaml", "restoreTestMaxAgeDays: 30\nSTARTUP:\n  maxHandsOnPercent: 60\n");

            Run startup = cto("explain", "--policy", file.toString(), "--stage", "STARTUP");
            Run enterprise = cto("explain", "--policy", file.toString(), "--stage", "ENTERPRISE", "-f", "json");

            assertThat(startup.exit()).isZero();
            assertThat(startup.out().lines().findFirst().orElseThrow()).matches("threshold +STARTUP *");
            assertThat(startup.out()).containsPattern("maxHandsOnPercent +60 %").containsPattern(
                    "restoreTestMaxAgeDays +30 days");
            assertThat(enterprise.out()).contains("\"ENTERPRISE\" : 20.0", "\"ENTERPRISE\" : 30")
                    .doesNotContain("\"STARTUP\" :");
        }

        @Test
        void explainARuleWithTheThresholdsOfAStage() {
            Run startup = cto("explain", "cto-in-the-weeds", "--stage", "STARTUP");
            Run unstaged = cto("explain", "cto-in-the-weeds");

            assertThat(startup.out()).contains("more than 50 % of their time on hands-on delivery");
            assertThat(unstaged.out()).contains("more than 30 % of their time on hands-on delivery");
            assertThat(cto("rules", "--stage", "ENTERPRISE").out())
                    .contains("more than 20 % of their time on hands-on delivery");
        }

        @Test
        void explainWithoutARuleOrThePolicyIsAUsageError() {
            Run run = cto("explain");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("name a rule to explain");
            assertThat(cto("explain", "--policy", "--stage", "LATER").exit()).isEqualTo(2);
        }

        @Test
        void catalogueAsTextAndJson() {
            assertThat(cto("catalogue").out()).contains("Mission axes", "Integration timeline");
            assertThat(cto("catalogue", "--format", "json").out()).contains("\"responsibilities\"", "\"timeline\"");
        }

        @Test
        void helpAndVersion() {
            assertThat(cto("--help").out()).contains("assess", "what-if", "Exit codes");
            assertThat(cto("--version").exit()).isZero();
        }
    }

    @Nested
    class Compare {
        @Test
        void diffShowsNewAndResolvedFindings() throws IOException {
            Path old = write("old.json", cto("assess", NORTHWIND.toString(), "-f", "json").out());
            Path fixed = write("fixed.yaml", northwind().replace("credentialRotationProcess: false",
                    "credentialRotationProcess: true").replace("technologyReviewed: true", "technologyReviewed: false"));
            Path now = write("new.json", cto("assess", fixed.toString(), "-f", "json").out());

            Run run = cto("diff", old.toString(), now.toString());

            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("New findings: 1", "unreviewed-commitment:initech-api",
                    "Resolved findings: 1", "no-breach-process:northwind");
        }

        @Test
        void whatIfAnaLeaves() {
            Run run = cto("what-if", NORTHWIND.toString(), "--without", "ana");

            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("orphaned-knowledge:payments", "orphaned-knowledge:warehouse-integration");
        }

        @Test
        void whatIfWithAnUnknownPerson() {
            Run run = cto("what-if", NORTHWIND.toString(), "--without", "zed");

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("zed");
        }
    }
}
