package org.ctorole.io.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.io.AssessmentDocument;
import org.ctorole.io.CtoModule;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.UnreadableInputException;
import org.ctorole.rules.Assessment;

/**
 * The JSON report: a stable, documented shape (schema {@code cto-assessment/2}), one object per
 * profile, an array for several. It reads back into {@link Assessment}s equal to those written,
 * which is what {@code cto diff} and {@code --baseline} compare. Written with {@link CtoModule},
 * so a mapper of your own with that module writes and reads the same shape.
 *
 * <pre>{@code
 * String json = AssessmentJson.write(assessment);
 * List<Assessment> again = AssessmentJson.read(Path.of("q1.json"));   // [assessment]
 * }</pre>
 *
 * Shape of one object:
 * <pre>
 * { "schema": "cto-assessment/2", "source", "profile", "organisation", "assessedOn",
 *   "summary": { "CRITICAL": n, "HIGH": n, "MEDIUM": n, "LOW": n, "waived": n },
 *   "findings": [ { "ruleId", "subject": { "kind", "id", "name" }, "severity", "waived", "conditions": [..],
 *                   "message", "evidence": [ { "name", "kind", "value", "text" } ], "recommendation",
 *                   "sources": [ { "work", "section" } ], "harms": [..], "track",
 *                   "waiver": { "reason", "expires" } } ],
 *   "scores": { "overall": { "id", "title", "value", "loweredBy": [..], "coverage": { "assessed", "possible" } },
 *               "areas": [ .. ], "axes", "constituents" },
 *   "indicators": [ { "indicator", "value", "measuredOn", "target", "stale" } ],
 *   "actionPlan": [ { "stage", "track", "action", "owner": { "role", "personId", "name" }, "due", "findings",
 *                     "expectedOutcome" } ],
 *   "notAssessed": [ { "ruleId", "reason" } ],
 *   "unmatchedWaivers": [ { "ruleId", "subject", "reason", "expires" } ] }
 * </pre>
 * {@code source} and {@code organisation} are written when known (from {@link AssessedProfile}); a
 * score's {@code value} is left out when none of its rules was assessed; dates are ISO strings.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AssessmentJson {
    /** The schema id of the JSON report. */
    public static final String SCHEMA = AssessmentDocument.SCHEMA;

    /** The largest report file {@link #read(Path)} reads: about six profiles of the largest size read. */
    public static final int MAX_REPORT_BYTES = AssessmentDocument.MAX_REPORT_BYTES;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new CtoModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // newer reports may add fields
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)           // "5" is no number
            .withCoercionConfig(LogicalType.Textual, text -> text           // and 5 no string
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.USE_DEFAULTS))
            .build();

    private AssessmentJson() {
    }

    /** One assessment as one object, without {@code source} and {@code organisation}. */
    public static String write(Assessment assessment) {
        return pretty(Objects.requireNonNull(assessment, "assessment"));
    }

    /**
     * One object for one profile, an array for several; each with its source, organisation name and
     * the tool's version.
     */
    public static String write(List<AssessedProfile> items) {
        List<AssessmentDocument> documents = items.stream().map(i -> AssessmentDocument.report(i.assessment(),
                i.source(), i.profile().organisation().name(), null)).toList();
        return pretty(documents.size() == 1 ? documents.get(0) : documents);
    }

    /**
     * As {@link #write(List)}, each profile also with the thresholds it was judged by (those of its
     * organisation's stage in {@code options}) and the rules disabled.
     */
    public static String write(List<AssessedProfile> items, ReportOptions options) {
        List<AssessmentDocument> documents = items.stream().map(i -> AssessmentDocument.report(i.assessment(),
                i.source(), i.profile().organisation().name(), AssessmentDocument.PolicyDoc.of(options.stages(),
                        i.profile().organisation().stage()))).toList();
        return pretty(documents.size() == 1 ? documents.get(0) : documents);
    }

    /** Any value as indented JSON with a final newline: the one JSON style of every report. */
    static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Reads a JSON report file (one object or an array) back into assessments.
     *
     * @throws UnreadableInputException when the file cannot be read (missing, a directory, a device or a pipe)
     * @throws InvalidInputException    when it is larger than {@link #MAX_REPORT_BYTES} or not UTF-8,
     *                                  or listing every problem of the report, each at its JSON pointer
     *                                  ({@code /findings/3/ruleId: missing required value})
     */
    public static List<Assessment> read(Path file) {
        return AssessmentDocument.read(MAPPER, Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a JSON report given as text.
     *
     * @param source the report's name in problems, e.g. its file name
     * @throws InvalidInputException listing every problem, each at its JSON pointer
     */
    public static List<Assessment> read(String json, String source) {
        return AssessmentDocument.read(MAPPER, Objects.requireNonNull(json, "json"), source == null ? "<report>"
                : source);
    }

    /** As {@link #read(String, String)}, the report named {@code <report>}. */
    public static List<Assessment> read(String json) {
        return read(json, "<report>");
    }
}
