package org.ctorole.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.text.DateText;
import org.ctorole.model.text.PrintableText;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.ExecutiveSummary;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;

/**
 * What a human-readable report says about one assessed profile, worded once for the text,
 * Markdown and HTML reports: people by name, catalogue titles, dates and numbers written the
 * same way everywhere, every value from the profile made safe to show (no control or
 * direction-changing characters). The renderers only lay it out.
 */
final class ReportView {
    /** The evidence the assessor adds to a finding judged by thresholds: whose thresholds they were. */
    private static final String POLICY_EVIDENCE = "policy";

    final String organisation;
    final String organisationId;
    final String source;
    final String assessedOn;
    /**
     * Whose thresholds judged the findings ({@code the SCALEUP preset}) when that is the same for
     * every finding: said once at the top, and left out of each finding's evidence. Null when the
     * findings differ (a policy file that sets some thresholds), and each finding says its own.
     */
    final String thresholds;
    final LocalDate assessedOnDate;
    final String overall;
    final OptionalDouble overallValue;
    final String coverage;
    final String counts;
    final List<String> summary;
    final List<ScoreRow> areas = new ArrayList<>();
    final List<ScoreRow> axes = new ArrayList<>();
    final List<ScoreRow> constituents = new ArrayList<>();
    final ScoreRow overallRow;
    final List<IndicatorRow> indicators = new ArrayList<>();
    final List<FindingView> findings = new ArrayList<>();
    final Map<String, List<StepView>> plan = new LinkedHashMap<>();
    final List<Silenced> notAssessed = new ArrayList<>();
    final List<String[]> unmatchedWaivers = new ArrayList<>();
    final int newSinceBaseline;
    final boolean baseline;

    /** A score: its title, its value in words, and what it covers. */
    record ScoreRow(String id, String title, OptionalDouble value, String shown, String coverage, int loweredBy) {
    }

    /** An indicator reading beside the scores. */
    record IndicatorRow(String title, String reading, String target, String status) {
    }

    /** A finding as a reader sees it. */
    record FindingView(String key, String ruleId, String title, Severity severity, String subject,
                       String subjectId, String message, List<String> evidence, String recommendation,
                       List<String> sources, String waiver, boolean isNew) {
        boolean waived() {
            return waiver != null;
        }
    }

    /**
     * What one missing input (or a rule being disabled) keeps silent: the reason once, then the
     * rules it would let run, each as {id, title}. One line per input keeps a partial profile's
     * list short however many rules read the same field.
     */
    record Silenced(String reason, List<String[]> rules) {
    }

    /** The sentence before the list of what was not assessed, in every format that has room for it. */
    static final String NOT_ASSESSED_INTRO = "These rules stayed silent because the profile does not give what they"
            + " read: each line names what is missing and the rules it would let run.";

    /** A step of the action plan. */
    record StepView(String stage, String due, String owner, String action, List<String> findingKeys,
                    List<String> findingTitles, String outcome) {
    }

    ReportView(AssessedProfile item, RuleBook rules) {
        Assessment a = item.assessment();
        Organisation org = item.profile().organisation();
        organisationId = safe(a.profile());
        organisation = org == null || org.name() == null || org.name().isBlank() ? organisationId : safe(org.name());
        source = safe(item.source());
        assessedOnDate = a.assessedOn();
        assessedOn = date(a.assessedOn());
        Scorecard card = a.scorecard();
        overallValue = card.overall().value();
        overall = overallValue.isPresent() ? score(overallValue.getAsDouble()) : "not assessed";
        coverage = card.overall().coverage().toString() + " assessed";
        counts = countLine(a);
        summary = ExecutiveSummary.of(a, item.profile(), rules).points().stream().map(ReportView::safe).toList();
        card.areas().forEach(s -> areas.add(row(s)));
        card.axes().forEach(s -> axes.add(row(s)));
        card.constituents().forEach(s -> constituents.add(row(s)));
        overallRow = row(card.overall());
        for (IndicatorStatus s : card.indicators()) {
            indicators.add(new IndicatorRow(s.indicator().title(), reading(s), score(s.target()), readingStatus(s)));
        }
        Set<String> fresh = item.newSinceBaseline();
        baseline = item.hasBaseline();
        newSinceBaseline = (int) a.findings().stream().filter(f -> fresh.contains(f.key())).count();
        Set<String> origins = new TreeSet<>();
        a.findings().forEach(f -> Optional.ofNullable(f.evidenceValues().get(POLICY_EVIDENCE)).map(Object::toString)
                .ifPresent(origins::add));
        thresholds = origins.size() == 1 ? safe(origins.iterator().next()) : null;
        Map<String, FindingView> byKey = new LinkedHashMap<>();
        for (Finding f : a.findings()) {
            FindingView v = finding(f, fresh.contains(f.key()), rules, thresholds != null);
            findings.add(v);
            byKey.put(f.key(), v);
        }
        for (ActionStep step : a.actionPlan().steps()) {
            plan.computeIfAbsent(stage(step.stage()), k -> new ArrayList<>()).add(new StepView(stage(step.stage()),
                    date(step.due()), safe(step.owner().toString()), safe(step.action()), step.findings(),
                    step.findings().stream().map(k -> byKey.containsKey(k) ? byKey.get(k).title() + ": "
                            + byKey.get(k).subject() : k).toList(), safe(step.expectedOutcome())));
        }
        Map<String, List<String[]>> silenced = new LinkedHashMap<>();
        for (NotAssessed n : a.notAssessed()) {
            silenced.computeIfAbsent(safe(n.reason()), k -> new ArrayList<>())
                    .add(new String[] {safe(n.ruleId()), ruleTitle(rules, n.ruleId())});
        }
        // A whole section first (it silences the most), then each field in alphabetical order.
        silenced.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<String[]>> e) ->
                !e.getKey().startsWith("section")).thenComparing(Map.Entry::getKey))
                .forEach(e -> notAssessed.add(new Silenced(e.getKey(), e.getValue())));
        for (Waiver w : a.unmatchedWaivers()) {
            unmatchedWaivers.add(new String[] {safe(w.key()), date(w.expires()), safe(w.reason())});
        }
    }

    private static ScoreRow row(Score s) {
        return new ScoreRow(s.id(), s.title(), s.value(),
                s.value().isPresent() ? score(s.value().getAsDouble()) : "not assessed",
                s.coverage().toString(), s.loweredBy().size());
    }

    private static FindingView finding(Finding f, boolean isNew, RuleBook rules, boolean thresholdsSaidOnce) {
        List<String> evidence = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (thresholdsSaidOnce && e.name().equals(POLICY_EVIDENCE)) {
                continue;
            }
            evidence.add(capitalised(e.label()) + ": " + safe(e.text()));
        }
        String waiver = f.waiver().map(w -> "waived until " + date(w.expires()) + ": " + safe(w.reason()))
                .orElse(null);
        return new FindingView(f.key(), f.ruleId(), ruleTitle(rules, f.ruleId()), f.severity(), safe(f.subject().name()),
                safe(f.subject().id()), safe(f.message()), evidence, safe(f.recommendation()),
                f.sources().stream().map(Object::toString).toList(), waiver, isNew);
    }

    /** A value from the profile, safe to show: on one line, with no character that acts on a terminal or page. */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        return PrintableText.escape(value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace('\t', ' '));
    }

    /** A date as reports write it: {@code 1 November 2026}. */
    static String date(LocalDate date) {
        return date == null ? "never" : DateText.of(date);
    }

    /** A score with one decimal, whatever the default locale. */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code WEEK_1} as "Week 1". */
    static String stage(TimelineStage stage) {
        String[] parts = stage.name().split("_");
        return parts[0].charAt(0) + parts[0].substring(1).toLowerCase(Locale.ROOT)
                + (parts.length > 1 ? " " + parts[1] : "");
    }

    /** {@code CRITICAL} as "Critical". */
    static String severity(Severity severity) {
        return severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The rule's title; its id for a rule the book does not describe. */
    static String ruleTitle(RuleBook rules, String ruleId) {
        return rules.rule(ruleId).map(RuleDescriptor::title).map(ReportView::safe).orElse(safe(ruleId));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "26 open findings: 2 critical, 9 high, 13 medium, 2 low; 1 waived". */
    static String countLine(Assessment a) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            parts.add(a.activeFindings().stream().filter(f -> f.severity() == s).count() + " "
                    + s.name().toLowerCase(Locale.ROOT));
        }
        int open = a.activeFindings().size();
        return open + " open finding" + (open == 1 ? "" : "s") + ": " + String.join(", ", parts) + "; "
                + (a.findings().size() - open) + " waived";
    }

    private static String reading(IndicatorStatus s) {
        if (s.value().isEmpty()) {
            return "never measured";
        }
        return score(s.value().get()) + s.measuredOn().map(d -> " on " + date(d)).orElse("");
    }

    private static String readingStatus(IndicatorStatus s) {
        if (s.value().isEmpty()) {
            return "not measured";
        }
        String level = s.value().get() < s.target() ? "below target" : "on target";
        return s.stale() ? level + ", stale" : level;
    }

    /** A score's band, for colours: a score means the same colour in every report. */
    enum Band {
        GOOD, FAIR, WEAK, POOR, NONE;

        static Band of(OptionalDouble score) {
            if (score.isEmpty()) {
                return NONE;
            }
            double v = score.getAsDouble();
            if (v >= 80) {
                return GOOD;
            }
            if (v >= 60) {
                return FAIR;
            }
            return v >= 40 ? WEAK : POOR;
        }

        String cssClass() {
            return "band-" + name().toLowerCase(Locale.ROOT);
        }
    }
}
