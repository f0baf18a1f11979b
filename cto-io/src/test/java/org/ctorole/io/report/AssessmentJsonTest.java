package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.UnreadableInputException;
import org.ctorole.model.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed report is refused with every problem at its JSON pointer, never a NullPointerException. */
class AssessmentJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void northwindReadsBackEqual() {
        AssessedProfile northwind = NorthwindReports.northwind();

        assertThat(AssessmentJson.read(AssessmentJson.write(java.util.List.of(northwind)), "q1.json"))
                .containsExactly(northwind.assessment());
        assertThat(AssessmentJson.read(AssessmentJson.write(northwind.assessment()), "q1.json"))
                .containsExactly(northwind.assessment());
    }

    @Test
    void aMissingRuleIdIsNamedByItsPointer() throws Exception {
        InvalidInputException e = refused(doc -> ((ObjectNode) doc.withArray("findings").get(3)).remove("ruleId"));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("/findings/3/ruleId: missing required value");
        assertThat(e).hasMessageContaining("report q1.json");
    }

    @Test
    void aNullFindingIsNamedByItsPointer() throws Exception {
        InvalidInputException e = refused(doc -> doc.withArray("findings").set(1, (com.fasterxml.jackson.databind.JsonNode) null));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("/findings/1: expected an object, got null");
    }

    @Test
    void everyMissingValueIsListed() throws Exception {
        InvalidInputException e = refused(doc -> {
            ArrayNode findings = doc.withArray("findings");
            ((ObjectNode) findings.get(0)).remove("severity");
            ((ObjectNode) findings.get(2)).remove("subject");
            ((ObjectNode) findings.get(2).withArray("evidence").get(0)).remove("kind");
            doc.remove("profile");
        });

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "/profile: missing required value",
                "/findings/0/severity: missing required value",
                "/findings/2/subject: missing required value",
                "/findings/2/evidence/0/kind: missing required value");
    }

    @Test
    void aWrongTypeIsNamedByItsPointerInPlainWords() throws Exception {
        assertThat(refused(doc -> ((ObjectNode) doc.withArray("findings").get(2)).put("ruleId", 5)).problems())
                .extracting(Problem::toString).containsExactly("/findings/2/ruleId: expected a string here");
        assertThat(refused(doc -> ((ObjectNode) doc.withArray("findings").get(0)).put("waived", "yes")).problems())
                .extracting(Problem::toString).containsExactly("/findings/0/waived: expected true or false here");
        assertThat(refused(doc -> ((ObjectNode) doc.withArray("findings").get(0)).put("severity", "URGENT"))
                .problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("/findings/0/severity: expected one of CRITICAL, HIGH, MEDIUM, LOW");
        assertThat(refused(doc -> doc.put("findings", "none")).problems()).extracting(Problem::toString)
                .containsExactly("/findings: expected a list here");
    }

    @Test
    void evidenceOfTheWrongKindIsRefused() throws Exception {
        InvalidInputException e = refused(doc -> ((ObjectNode) doc.withArray("findings").get(0).withArray("evidence")
                .get(0)).put("kind", "DAYS").put("value", "yesterday"));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("/findings/0/evidence/0/value");
    }

    @Test
    void anotherSchemaOrNoObjectIsRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentJson.read("{\"schema\": \"cto-assessment/1\"}", "old.json")).problems())
                .extracting(Problem::toString).first().asString()
                .isEqualTo("/schema: not a cto-assessment/2 report (schema: cto-assessment/1)");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentJson.read("[1]", "list.json")).problems()).extracting(Problem::toString)
                .containsExactly("/0: expected an assessment object, got number");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentJson.read("{\"schema\": ", "cut.json")).problems()).extracting(Problem::toString)
                .singleElement().asString().startsWith("cut.json:1:");
    }

    @Test
    void aMissingFileIsUnreadableNotInvalid(@TempDir Path dir) {
        Path missing = dir.resolve("q0.json");

        assertThat(catchThrowableOfType(UnreadableInputException.class, () -> AssessmentJson.read(missing)))
                .hasMessage("cannot read '" + missing + "': no such file");
    }

    @Test
    void aFileIsReadWithItsNameInTheProblems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q1.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(AssessmentJson.write(NorthwindReports.northwind().assessment()));
        ((ObjectNode) doc.withArray("findings").get(3)).remove("ruleId");
        Files.writeString(file, doc.toString());

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> AssessmentJson.read(file)))
                .hasMessage("1 problem in report " + file + ":\n  /findings/3/ruleId: missing required value");
    }

    private static InvalidInputException refused(Consumer<ObjectNode> damage) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(AssessmentJson.write(NorthwindReports.northwind().assessment()));
        damage.accept(doc);
        return catchThrowableOfType(InvalidInputException.class, () -> AssessmentJson.read(doc.toString(), "q1.json"));
    }
}
