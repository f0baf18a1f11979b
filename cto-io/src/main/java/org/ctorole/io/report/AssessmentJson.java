package org.ctorole.io.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionPlan;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;
import org.ctorole.rules.Subject;
import org.ctorole.rules.Track;

/**
 * The JSON report: a stable, documented shape (schema {@code cto-assessment/2}), one object per
 * profile, an array for several. It reads back into {@link Assessment}s, which is what
 * {@code cto diff} and {@code --baseline} compare.
 *
 * <pre>{@code
 * String json = AssessmentJson.write(List.of(new AssessedProfile("northwind.yaml", profile, assessment)));
 * List<Assessment> again = AssessmentJson.read(json);
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
 *   "scores": { "overall", "areas": [ { "id", "title", "value", "loweredBy": [..] } ], "axes", "constituents" },
 *   "indicators": [ { "indicator", "value", "measuredOn", "target", "stale" } ],
 *   "actionPlan": [ { "stage", "track", "title", "actions", "findings", "expectedOutcome" } ],
 *   "notAssessed": [ { "ruleId", "reason" } ],
 *   "unmatchedWaivers": [ { "ruleId", "subject", "reason", "expires" } ] }
 * </pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AssessmentJson {
    /** The schema id of the JSON report. */
    public static final String SCHEMA = "cto-assessment/2";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // newer reports may add fields
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private AssessmentJson() {
    }

    /** One object for one profile, an array for several. */
    public static String write(List<AssessedProfile> items) {
        return pretty(items.size() == 1 ? document(items.get(0)) : items.stream().map(AssessmentJson::document)
                .toList());
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
     * Reads a JSON report (one object or an array) back into assessments.
     *
     * @throws IllegalArgumentException when the text is not a {@code cto-assessment/1} report
     */
    public static List<Assessment> read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<Document> documents = new ArrayList<>();
            if (root != null && root.isArray()) {
                for (JsonNode node : root) {
                    documents.add(MAPPER.treeToValue(node, Document.class));
                }
            } else if (root != null && root.isObject()) {
                documents.add(MAPPER.treeToValue(root, Document.class));
            } else {
                throw new IllegalArgumentException("not a JSON assessment report (expected an object or an array)");
            }
            List<Assessment> result = new ArrayList<>();
            for (Document d : documents) {
                if (!SCHEMA.equals(d.schema())) {
                    throw new IllegalArgumentException("not a " + SCHEMA + " report (schema: " + d.schema() + ")");
                }
                result.add(d.toAssessment());
            }
            return result;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("not a valid JSON assessment report" + where + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static Document document(AssessedProfile item) {
        Assessment a = item.assessment();
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.name(), (int) a.activeFindings().stream().filter(f -> f.severity() == s).count());
        }
        summary.put("waived", a.findings().size() - a.activeFindings().size());
        Scorecard card = a.scorecard();
        return new Document(SCHEMA, item.source(), a.profile(), item.profile().organisation().name(), a.assessedOn(),
                summary, a.findings().stream().map(FindingDoc::of).toList(),
                new ScoresDoc(card.overall(), card.areas(), card.axes(), card.constituents()),
                card.indicators().stream().map(IndicatorDoc::of).toList(),
                a.actionPlan().steps(), a.notAssessed(),
                a.unmatchedWaivers().stream().map(w -> new WaiverDoc(w.ruleId(), w.subject(), w.reason(),
                        w.expires())).toList());
    }

    record Document(String schema, String source, String profile, String organisation, LocalDate assessedOn,
                    Map<String, Integer> summary, List<FindingDoc> findings, ScoresDoc scores,
                    List<IndicatorDoc> indicators, List<ActionStep> actionPlan, List<NotAssessed> notAssessed,
                    List<WaiverDoc> unmatchedWaivers) {

        Assessment toAssessment() {
            List<Finding> list = findings == null ? List.of() : findings.stream().map(f -> f.toFinding(this)).toList();
            Scorecard card = scores == null ? Scorecard.of(list) : new Scorecard(scores.areas(), scores.axes(),
                    scores.constituents(), scores.overall(),
                    indicators == null ? List.of() : indicators.stream().map(IndicatorDoc::toStatus).toList());
            return new Assessment(profile, assessedOn, list, notAssessed == null ? List.of() : notAssessed,
                    unmatchedWaivers == null ? List.of() : unmatchedWaivers.stream().map(WaiverDoc::toWaiver).toList(),
                    card, new ActionPlan(actionPlan == null ? List.of() : actionPlan));
        }
    }

    record FindingDoc(String ruleId, Subject subject, Severity severity, boolean waived, List<String> conditions,
                      String message, List<Evidence> evidence, String recommendation, List<Source> sources,
                      List<ResponsibilityArea> harms, Track track, WaiverDoc waiver) {
        static FindingDoc of(Finding f) {
            return new FindingDoc(f.ruleId(), f.subject(), f.severity(), f.waived(), f.conditions(), f.message(),
                    f.evidence(), f.recommendation(), f.sources(), f.harms(), f.track(),
                    f.waiver().map(w -> new WaiverDoc(null, null, w.reason(), w.expires())).orElse(null));
        }

        Finding toFinding(Document d) {
            Optional<Waiver> by = waived && waiver != null
                    ? Optional.of(new Waiver(ruleId, subject.id(), waiver.reason(), waiver.expires()))
                    : Optional.empty();
            return new Finding(ruleId, severity, subject, conditions, message, evidence, harms,
                    track == null ? Track.GOVERNANCE : track, recommendation, sources, by);
        }
    }

    record WaiverDoc(String ruleId, String subject, String reason, LocalDate expires) {
        Waiver toWaiver() {
            return new Waiver(ruleId, subject, reason, expires);
        }
    }

    record ScoresDoc(Score overall, List<Score> areas, List<Score> axes, List<Score> constituents) {
    }

    record IndicatorDoc(PerformanceIndicator indicator, Double value, LocalDate measuredOn, double target,
                        boolean stale) {
        static IndicatorDoc of(IndicatorStatus s) {
            return new IndicatorDoc(s.indicator(), s.value().orElse(null), s.measuredOn().orElse(null), s.target(),
                    s.stale());
        }

        IndicatorStatus toStatus() {
            return new IndicatorStatus(indicator, Optional.ofNullable(value), Optional.ofNullable(measuredOn), target,
                    stale);
        }
    }
}
