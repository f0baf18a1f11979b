package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.cli.CliTest.NORTHWIND;
import static org.ctorole.cli.CliTest.cto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctorole.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a consultant gets from the report options: the format chosen by {@code -o}'s extension, a
 * format a command does not print refused, a baseline's new findings marked, scores before and after
 * in {@code cto diff}, and SARIF for code-scanning tools.
 */
class ReportOutputCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Northwind with credentials rotated (no-breach-process resolved) and the technology review dropped. */
    private Path changedNorthwind() throws IOException {
        Path file = tmp.resolve("changed.yaml");
        Files.writeString(file, Files.readString(NORTHWIND)
                .replace("credentialRotationProcess: false", "credentialRotationProcess: true")
                .replace("technologyReviewed: true", "technologyReviewed: false"));
        return file;
    }

    private Path report(Path profile, String name) {
        Path out = tmp.resolve(name);
        assertThat(cto("assess", profile.toString(), "-o", out.toString()).exit()).isZero();
        return out;
    }

    @ParameterizedTest(name = "-o northwind.{0} writes {1}")
    @CsvSource({
        "html,     <!DOCTYPE html>",
        "htm,      <!DOCTYPE html>",
        "md,       '# '",
        "markdown, '# '",
        "json,     '{'",
        "csv,      source,profile,ruleId",
        "sarif,    '{'",
        "txt,      CTO role assessment",
        "pdf,      CTO role assessment",
    })
    void theExtensionOfOutputChoosesTheFormatAndAnUnknownOneGivesText(String extension, String start)
            throws IOException {
        Run run = cto("assess", NORTHWIND.toString(), "-o", tmp.resolve("northwind." + extension).toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(tmp.resolve("northwind." + extension))).startsWith(start);
    }

    @Test
    void formatOverridesTheExtension() throws IOException {
        Path out = tmp.resolve("report.html");

        assertThat(cto("assess", NORTHWIND.toString(), "-f", "markdown", "-o", out.toString()).exit()).isZero();

        assertThat(Files.readString(out)).startsWith("# ").doesNotContain("<html");
    }

    @Test
    void aFormatTheCommandDoesNotPrintIsAUsageErrorNamingTheOnesItDoes() throws IOException {
        Path old = report(NORTHWIND, "old.json");

        Run diff = cto("diff", old.toString(), old.toString(), "-f", "sarif");
        Run rules = cto("rules", "-f", "html");

        assertThat(diff.exit()).isEqualTo(Exit.INVALID);
        assertThat(diff.out()).isEmpty();
        assertThat(diff.err()).isEqualTo("cto: --format sarif: this command prints text, markdown or json, not sarif"
                + System.lineSeparator());
        assertThat(rules.exit()).isEqualTo(Exit.INVALID);
        assertThat(rules.err()).contains("--format html", "not html");
    }

    @Test
    void aBaselineMarksTheFindingsNewSinceThenAndSaysSoOnlyOnce() throws IOException {
        Path baseline = report(NORTHWIND, "baseline.json");

        Run run = cto("assess", changedNorthwind().toString(), "--baseline", baseline.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("1 new since the baseline.");
        assertThat(run.out().lines().filter(l -> l.endsWith("[new]")).toList())
                .containsExactly("  MEDIUM    Unreviewed commitment - initech-api [new]");
    }

    @Test
    void aBaselineWithoutTheProfileCountsEveryFindingAsNewAndSaysSoOnStderr() throws IOException {
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(NORTHWIND).replaceFirst("(?m)^  id: northwind$", "  id: southwind"));
        Path baseline = report(other, "baseline.json");

        Run run = cto("assess", NORTHWIND.toString(), "--baseline", baseline.toString(), "--fail-on", "CRITICAL");

        assertThat(run.exit()).isEqualTo(Exit.FINDINGS);
        assertThat(run.err().lines().toList()).containsExactly(
                "cto: " + baseline + " has no assessment of 'northwind': all its findings count as new",
                "cto: 2 unwaived findings at or above CRITICAL, new since " + baseline
                        + ": missing-backup:customer-crm, orphaned-knowledge:pricing-engine");
    }

    @Test
    void diffShowsEachScoreBeforeAndAfter() throws IOException {
        Path before = report(NORTHWIND, "before.json");
        Path after = report(changedNorthwind(), "after.json");

        Run run = cto("diff", before.toString(), after.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Score changes",
                "  Operational management: 14.0 -> 16.5 (+2.5)",
                "  Overall: 62.1 -> 60.9 (-1.2)");

        JsonNode json = JSON.readTree(cto("diff", before.toString(), after.toString(), "-f", "json").out());
        assertThat(json.toString()).contains("unreviewed-commitment", "no-breach-process");
    }

    @Test
    void sarifHasOneResultPerUnwaivedFindingAtItsLineOfTheProfile() throws IOException {
        Path sarif = report(NORTHWIND, "northwind.sarif");
        JsonNode run = JSON.readTree(sarif.toFile()).path("runs").get(0);
        JsonNode json = JSON.readTree(cto("assess", NORTHWIND.toString(), "-f", "json").out());

        List<String> unwaived = new ArrayList<>();
        json.path("findings").forEach(f -> {
            if (!f.path("waived").asBoolean()) {
                unwaived.add(f.path("ruleId").asText());
            }
        });
        List<String> results = new ArrayList<>();
        run.path("results").forEach(r -> {
            if (r.path("suppressions").isEmpty()) {
                results.add(r.path("ruleId").asText());
            }
        });
        assertThat(results).containsExactlyInAnyOrderElementsOf(unwaived);

        JsonNode crm = null;
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals("missing-backup")) {
                crm = r;
            }
        }
        assertThat(crm).isNotNull();
        JsonNode location = crm.path("locations").get(0).path("physicalLocation");
        int line = location.path("region").path("startLine").asInt();
        assertThat(location.path("artifactLocation").path("uri").asText()).endsWith("northwind.yaml");
        assertThat(Files.readAllLines(NORTHWIND).get(line - 1)).contains("customer-crm");
        assertThat(crm.path("level").asText()).isEqualTo("error");
    }
}
