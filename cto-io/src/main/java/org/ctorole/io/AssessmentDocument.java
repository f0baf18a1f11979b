package org.ctorole.io;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionPlan;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.EvidenceKind;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.Owner;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;
import org.ctorole.rules.StagePolicy;
import org.ctorole.rules.Subject;
import org.ctorole.rules.Threshold;
import org.ctorole.rules.Track;

/**
 * An {@link Assessment} in the shape of the JSON report (schema {@value #SCHEMA}): what
 * {@link CtoModule} writes and reads for an assessment, and what the report reader checks.
 * Dates are ISO strings whatever the mapper's date settings, so that evidence dates read back as
 * dates. Reading it back gives an assessment equal to the one written. Public for the report
 * package; users write and read {@link Assessment}s through {@link CtoModule} or
 * {@code AssessmentJson}.
 *
 * <pre>{@code AssessmentDocument.of(assessment, "northwind.yaml", "Northwind Retail").toAssessment()}</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentDocument(String schema, Generator generator, String source, String profile,
                                 String organisation,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate assessedOn,
                                 PolicyDoc policy, List<String> disabledRules,
                                 Map<String, Integer> summary, List<FindingDoc> findings, ScoresDoc scores,
                                 List<IndicatorDoc> indicators, List<ActionStepDoc> actionPlan,
                                 List<NotAssessed> notAssessed, List<WaiverDoc> unmatchedWaivers) {

    /**
     * What wrote the report, so that a report kept for months says which rules and wording made it.
     *
     * @param name    {@code ctorole}
     * @param version the library's version, e.g. {@code 0.1.0}
     */
    public record Generator(String name, String version) {
        /** This library. */
        public static Generator current() {
            return new Generator("ctorole", ToolVersion.get());
        }
    }

    /**
     * The thresholds the profile was judged by, so that a report can be compared with another only
     * where they agree.
     *
     * @param stage      the organisation's stage, whose thresholds applied; absent for none
     * @param origin     where the values come from ({@code the SCALEUP preset}, {@code the policy given
     *                   (for every stage)}, ...)
     * @param thresholds every threshold by its key, with its value
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PolicyDoc(Stage stage, String origin, Map<String, Object> thresholds) {
        /** The policy for a stage of the given stage policy. */
        public static PolicyDoc of(StagePolicy stages, Stage stage) {
            AssessmentPolicy policy = stages.forStage(stage);
            Map<String, Object> values = new LinkedHashMap<>();
            for (Threshold t : Threshold.values()) {
                values.put(t.key(), t.valueIn(policy));
            }
            return new PolicyDoc(stage, stages.origin(stage, List.of()), values);
        }
    }

    /** The schema id of the JSON report. */
    public static final String SCHEMA = "cto-assessment/2";

    /**
     * The largest JSON report file read back: a report is about 1.1 times the size of its
     * profile, so this holds six profiles of the largest size the profile reader accepts.
     */
    public static final int MAX_REPORT_BYTES = 64 * 1024 * 1024;

    /**
     * The document of an assessment.
     *
     * @param source       where the profile was read from; {@code null} leaves it out
     * @param organisation the organisation's name; {@code null} leaves it out
     */
    public static AssessmentDocument of(Assessment a, String source, String organisation) {
        return of(a, source, organisation, null, null);
    }

    /**
     * The document of an assessment as a report writes it, with what made it: the tool and its
     * version, the thresholds applied to the organisation's stage and the rules disabled.
     *
     * @param policy the thresholds applied; {@code null} leaves them and the disabled rules out
     */
    public static AssessmentDocument report(Assessment a, String source, String organisation, PolicyDoc policy) {
        return of(a, source, organisation, Generator.current(), policy);
    }

    private static AssessmentDocument of(Assessment a, String source, String organisation, Generator generator,
                                         PolicyDoc policy) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.name(), (int) a.activeFindings().stream().filter(f -> f.severity() == s).count());
        }
        summary.put("waived", a.findings().size() - a.activeFindings().size());
        Scorecard card = a.scorecard();
        List<String> disabled = policy == null ? null : a.notAssessed().stream()
                .filter(n -> n.reason().equals("disabled")).map(NotAssessed::ruleId).toList();
        return new AssessmentDocument(SCHEMA, generator, source, a.profile(),
                organisation, a.assessedOn(), policy, disabled, summary,
                a.findings().stream().map(FindingDoc::of).toList(),
                new ScoresDoc(card.overall(), card.areas(), card.axes(), card.constituents()),
                card.indicators().stream().map(IndicatorDoc::of).toList(),
                a.actionPlan().steps().stream().map(ActionStepDoc::of).toList(), a.notAssessed(),
                a.unmatchedWaivers().stream().map(WaiverDoc::of).toList());
    }

    /**
     * What is missing or wrong in a document read from JSON, each as {@code pointer: message}
     * (a JSON pointer under {@code at}, e.g. {@code /findings/3/ruleId}); empty when
     * {@link #toAssessment()} will succeed.
     */
    public List<PointedProblem> problems(String at) {
        List<PointedProblem> problems = new ArrayList<>();
        if (!SCHEMA.equals(schema)) {
            problems.add(new PointedProblem(at + "/schema", schema == null ? "missing: expected \"" + SCHEMA + "\""
                    : "not a " + SCHEMA + " report (schema: " + schema + ")"));
        }
        required(problems, at + "/profile", profile);
        required(problems, at + "/assessedOn", assessedOn);
        each(problems, at + "/findings", findings, (f, p, out) -> f.check(p, out));
        if (scores != null) {
            required(problems, at + "/scores/overall", scores.overall());
            required(problems, at + "/scores/areas", scores.areas());
            required(problems, at + "/scores/axes", scores.axes());
            required(problems, at + "/scores/constituents", scores.constituents());
            each(problems, at + "/scores/areas", scores.areas(), (s, p, out) -> { });
            each(problems, at + "/scores/axes", scores.axes(), (s, p, out) -> { });
            each(problems, at + "/scores/constituents", scores.constituents(), (s, p, out) -> { });
        }
        each(problems, at + "/indicators", indicators, (i, p, out) -> required(out, p + "/indicator", i.indicator()));
        each(problems, at + "/actionPlan", actionPlan, (s, p, out) -> s.check(p, out));
        each(problems, at + "/notAssessed", notAssessed, (n, p, out) -> required(out, p + "/ruleId", n.ruleId()));
        each(problems, at + "/unmatchedWaivers", unmatchedWaivers, (w, p, out) -> { });
        return problems;
    }

    /** The assessment; call only when {@link #problems} is empty. */
    public Assessment toAssessment() {
        List<Finding> list = findings == null ? List.of() : findings.stream().map(FindingDoc::toFinding).toList();
        Scorecard card = scores == null ? Scorecard.of(list) : new Scorecard(scores.areas(), scores.axes(),
                scores.constituents(), scores.overall(),
                indicators == null ? List.of() : indicators.stream().map(IndicatorDoc::toStatus).toList());
        return new Assessment(profile, assessedOn, list, notAssessed == null ? List.of() : notAssessed,
                unmatchedWaivers == null ? List.of() : unmatchedWaivers.stream().map(WaiverDoc::toWaiver).toList(),
                card, new ActionPlan(actionPlan == null ? List.of()
                : actionPlan.stream().map(ActionStepDoc::toStep).toList()));
    }

    /**
     * The assessments of a JSON report file of at most {@link #MAX_REPORT_BYTES} bytes, read as
     * bounded text like a profile (a device, a pipe or a larger file is refused unread).
     *
     * @throws UnreadableInputException when the file cannot be read
     * @throws InvalidInputException    listing every problem, each at its JSON pointer
     */
    public static List<Assessment> read(ObjectMapper mapper, java.nio.file.Path file) {
        String source = file.toString();
        String json;
        try {
            json = TextInput.read(file, MAX_REPORT_BYTES);
        } catch (TextInput.Unreadable e) {
            throw new InvalidInputException("report " + source, List.of(e.problem()));
        }
        return read(mapper, json, source);
    }

    /**
     * The assessments of a JSON report, one object or an array of them.
     *
     * @param mapper a mapper with {@link CtoModule}
     * @param source the report's name in problems, e.g. its file name
     * @throws InvalidInputException listing every problem, each at its JSON pointer
     *                               ({@code /findings/3/ruleId}; {@code /1/findings/3/ruleId} in an array)
     */
    public static List<Assessment> read(ObjectMapper mapper, String json, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            Problem.Location at = e.getLocation() == null ? null
                    : new Problem.Location(source, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new InvalidInputException("report " + source, List.of(Problem.at("", "not JSON: "
                    + SourceIndex.shortMessage(e)).withLocation(at)));
        }
        List<PointedProblem> problems = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                assessment(mapper, root.get(i), "/" + i, assessments, problems);
            }
        } else if (root != null && root.isObject()) {
            assessment(mapper, root, "", assessments, problems);
        } else {
            problems.add(new PointedProblem("", "a report is an object, or an array of objects"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("report " + source, problems.stream()
                    .map(p -> Problem.at(p.pointer().isEmpty() ? "/" : p.pointer(), p.message())).toList());
        }
        return assessments;
    }

    private static void assessment(ObjectMapper mapper, JsonNode node, String at, List<Assessment> assessments,
                                   List<PointedProblem> problems) {
        if (!node.isObject()) {
            problems.add(new PointedProblem(at, "expected an assessment object, got " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        try {
            AssessmentDocument d = mapper.treeToValue(node, AssessmentDocument.class);
            List<PointedProblem> found = d.problems(at);
            problems.addAll(found);
            if (found.isEmpty()) {
                try {
                    assessments.add(d.toAssessment());
                } catch (RuntimeException e) {
                    // Parts that are each well-formed but do not fit together (scores of another
                    // assessment, say) are the file's fault too, not an internal error.
                    problems.add(new PointedProblem(at, "not a consistent assessment: " + e.getMessage()));
                }
            }
        } catch (JsonMappingException e) {
            StringBuilder pointer = new StringBuilder(at);
            for (JsonMappingException.Reference ref : e.getPath()) {
                pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName().replace("~", "~0")
                        .replace("/", "~1") : String.valueOf(ref.getIndex()));
            }
            problems.add(new PointedProblem(pointer.toString(), MappingFailures.describe(e)));
        } catch (JsonProcessingException e) {
            problems.add(new PointedProblem(at, SourceIndex.shortMessage(e)));
        }
    }

    /** A problem at a JSON pointer. */
    public record PointedProblem(String pointer, String message) {
    }

    private interface Check<T> {
        void check(T item, String pointer, List<PointedProblem> problems);
    }

    private static <T> void each(List<PointedProblem> problems, String at, List<T> items, Check<T> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String pointer = at + "/" + i;
            if (items.get(i) == null) {
                problems.add(new PointedProblem(pointer, "expected an object, got null"));
            } else {
                check.check(items.get(i), pointer, problems);
            }
        }
    }

    private static void required(List<PointedProblem> problems, String pointer, Object value) {
        if (value == null) {
            problems.add(new PointedProblem(pointer, "missing required value"));
        }
    }

    /** One finding; {@code waiver} only when waived. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingDoc(String ruleId, Subject subject, Severity severity, boolean waived,
                             List<String> conditions, String message, List<EvidenceDoc> evidence,
                             String recommendation, List<Source> sources, List<ResponsibilityArea> harms, Track track,
                             WaiverDoc waiver) {
        static FindingDoc of(Finding f) {
            return new FindingDoc(f.ruleId(), f.subject(), f.severity(), f.waived(), f.conditions(), f.message(),
                    f.evidence().stream().map(EvidenceDoc::of).toList(), f.recommendation(), f.sources(), f.harms(),
                    f.track(), f.waiver().map(w -> new WaiverDoc(null, null, w.reason(), w.expires())).orElse(null));
        }

        void check(String at, List<PointedProblem> problems) {
            required(problems, at + "/ruleId", ruleId);
            required(problems, at + "/severity", severity);
            required(problems, at + "/subject", subject);
            if (message == null || message.isBlank()) {
                problems.add(new PointedProblem(at + "/message", "missing required value"));
            }
            each(problems, at + "/evidence", evidence, (e, p, out) -> e.check(p, out));
            each(problems, at + "/sources", sources, (s, p, out) -> { });
            if (waived && (waiver == null || waiver.reason() == null || waiver.expires() == null)) {
                problems.add(new PointedProblem(at + "/waiver", "a waived finding needs its waiver's reason and"
                        + " expiry date"));
            }
        }

        Finding toFinding() {
            Optional<Waiver> by = waived && waiver != null
                    ? Optional.of(new Waiver(ruleId, subject.id(), waiver.reason(), waiver.expires()))
                    : Optional.empty();
            return new Finding(ruleId, severity, subject, conditions, message,
                    evidence == null ? null : evidence.stream().map(EvidenceDoc::toEvidence).toList(), harms,
                    track == null ? Track.GOVERNANCE : track, recommendation, sources, by);
        }
    }

    /** One piece of evidence; a date value is written as an ISO string, none (never) is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceDoc(String name, EvidenceKind kind, Object value, String text) {
        static EvidenceDoc of(Evidence e) {
            return new EvidenceDoc(e.name(), e.kind(), e.value() instanceof LocalDate d ? d.toString() : e.value(),
                    e.text());
        }

        void check(String at, List<PointedProblem> problems) {
            required(problems, at + "/name", name);
            required(problems, at + "/kind", kind);
            if (name != null && kind != null) {
                try {
                    toEvidence();
                } catch (RuntimeException e) {
                    problems.add(new PointedProblem(at + "/value", String.valueOf(e.getMessage())));
                }
            }
        }

        Evidence toEvidence() {
            return new Evidence(name, kind, value, text);
        }
    }

    /** A waiver: of a finding (reason and expiry only), or one that matched none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WaiverDoc(String ruleId, String subject, String reason,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate expires) {
        static WaiverDoc of(Waiver w) {
            return new WaiverDoc(w.ruleId(), w.subject(), w.reason(), w.expires());
        }

        Waiver toWaiver() {
            return new Waiver(ruleId, subject, reason, expires);
        }
    }

    /** One step of the action plan; its due date as an ISO string. */
    public record ActionStepDoc(TimelineStage stage, Track track, String action, Owner owner,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate due, List<String> findings,
                                String expectedOutcome) {
        static ActionStepDoc of(ActionStep s) {
            return new ActionStepDoc(s.stage(), s.track(), s.action(), s.owner(), s.due(), s.findings(),
                    s.expectedOutcome());
        }

        void check(String at, List<PointedProblem> problems) {
            required(problems, at + "/stage", stage);
            required(problems, at + "/track", track);
            required(problems, at + "/action", action);
            required(problems, at + "/owner", owner);
            required(problems, at + "/due", due);
            required(problems, at + "/expectedOutcome", expectedOutcome);
        }

        ActionStep toStep() {
            return new ActionStep(stage, track, action, owner, due, findings, expectedOutcome);
        }
    }

    /** The scores. */
    public record ScoresDoc(Score overall, List<Score> areas, List<Score> axes, List<Score> constituents) {
    }

    /** The latest reading of an indicator. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorDoc(PerformanceIndicator indicator, Double value,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate measuredOn, double target,
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
