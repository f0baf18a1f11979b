package org.ctorole.io.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.rules.Severity;

/**
 * The client-ready report as one self-contained HTML5 file: inline CSS, inline SVG bar charts of
 * the scores by area and by mission axis, a summary of what matters most, every finding with a
 * stable anchor ({@code #finding-<ruleId>-<subject>}), the action plan with owners and dates, and
 * a print style that keeps it short on A4. Nothing is loaded from anywhere (no fonts, scripts,
 * images or links out) and no JavaScript is needed. Every value is HTML-escaped and made safe to
 * show: a profile may contain markup or direction-changing characters.
 *
 * <pre>{@code Files.writeString(Path.of("northwind.html"), HtmlReport.render(List.of(item), ReportOptions.plain()));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HtmlReport {

    private static final String NL = "\n";

    /* Chart geometry, in SVG user units. */
    private static final int LABEL_WIDTH = 330;
    private static final int BAR_SPAN = 300;
    private static final int VALUE_WIDTH = 150;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 14;
    private static final int AXIS_TOP = 26;

    private static final String CSS = """
            :root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--panel:#f6f8fa;--accent:#0b5cad;\
            --critical:#c92a2a;--high:#e8590c;--medium:#b07d00;--low:#1c6fd1;\
            --good:#2f9e44;--fair:#f2a900;--weak:#f76707;--poor:#e03131}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#fff;color:var(--ink);\
            font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1080px;margin:0 auto;padding:36px 24px 56px}
            code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;\
            background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 4px;\
            overflow-wrap:anywhere}
            a{color:var(--accent)}
            h1,h2,h3{line-height:1.25;margin:0}
            p,li,td,th,dd{overflow-wrap:anywhere}
            .doc-title{font-size:28px;margin-bottom:12px}
            .toc{margin:0 0 28px;padding:12px 16px;background:var(--panel);border-radius:8px}
            .toc ul{margin:0;padding-left:18px}
            .profile+.profile{margin-top:64px;padding-top:36px;border-top:3px solid var(--ink)}
            .masthead{border-bottom:4px solid var(--ink);padding-bottom:12px;margin-bottom:20px}
            .eyebrow{margin:0 0 4px;text-transform:uppercase;letter-spacing:.12em;font-size:12px;\
            font-weight:700;color:var(--muted)}
            .org-title{font-size:32px;letter-spacing:-.01em}
            .meta{margin:6px 0 0;color:var(--muted)}
            .part-title{font-size:21px;margin:36px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
            .sub-title{font-size:16px;margin:18px 0 8px}
            .summary{display:grid;grid-template-columns:210px minmax(0,1fr);gap:24px;align-items:start}
            .overall{border:1px solid var(--line);border-radius:10px;padding:16px 18px;text-align:center}
            .overall .big{display:block;font-size:54px;font-weight:800;line-height:1;letter-spacing:-.02em}
            .overall .of{color:var(--muted);font-size:14px}
            .overall .label{display:block;margin-top:6px;font-weight:600}
            .overall .covers{display:block;margin-top:4px;font-size:12px;color:var(--muted)}
            .big.band-good{color:var(--good)} .big.band-fair{color:#b27b00}
            .big.band-weak{color:var(--weak)} .big.band-poor{color:var(--poor)} .big.band-none{font-size:26px}
            .tally{list-style:none;margin:0 0 12px;padding:0;display:flex;flex-wrap:wrap;gap:8px}
            .tally li{border:1.5px solid currentColor;border-radius:8px;padding:4px 10px;min-width:88px;\
            font-size:13px;font-weight:600}
            .tally strong{display:block;font-size:22px;line-height:1.1}
            .tally .waived{color:var(--muted)}
            .points{margin:0;padding-left:20px}
            .points li{margin:5px 0}
            .sev-critical{color:var(--critical)} .sev-high{color:var(--high)}
            .sev-medium{color:var(--medium)} .sev-low{color:var(--low)}
            .sev-tag{display:inline-block;border:1.5px solid currentColor;border-radius:999px;padding:0 7px;\
            font-size:11px;font-weight:800;letter-spacing:.05em;text-transform:uppercase;white-space:nowrap}
            .sev-tag.sev-critical{background:#fff0f0} .sev-tag.sev-high{background:#fff4e6}
            .sev-tag.sev-medium{background:#fff9db} .sev-tag.sev-low{background:#e7f1ff}
            .tag{display:inline-block;border-radius:4px;padding:0 6px;font-size:11px;font-weight:700;\
            text-transform:uppercase;letter-spacing:.05em}
            .tag.new{background:#f3e8ff;color:#6b21a8} .tag.waived{border:1px dashed var(--muted);color:var(--muted)}
            .charts{display:grid;grid-template-columns:1fr;gap:14px}
            figure{margin:0;border:1px solid var(--line);border-radius:10px;padding:12px 16px 8px}
            figcaption{font-weight:700;margin-bottom:4px}
            figcaption small{font-weight:400;color:var(--muted)}
            svg.chart{display:block;width:100%;max-width:780px;height:auto}
            svg.chart text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
            svg.chart .tick,svg.chart .covers{font-size:11px;fill:var(--muted)}
            svg.chart .value{font-weight:700}
            svg.chart .grid{stroke:var(--line);stroke-width:1}
            svg.chart .track{fill:#eef1f4}
            .bar.band-good,.fill.band-good{fill:var(--good);background:var(--good)}
            .bar.band-fair,.fill.band-fair{fill:var(--fair);background:var(--fair)}
            .bar.band-weak,.fill.band-weak{fill:var(--weak);background:var(--weak)}
            .bar.band-poor,.fill.band-poor{fill:var(--poor);background:var(--poor)}
            .legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:14px;\
            font-size:12px;color:var(--muted)}
            .legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;\
            vertical-align:-1px}
            .tables{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.2fr);gap:20px;margin-top:14px}
            table{width:100%;border-collapse:collapse;table-layout:fixed}
            caption{text-align:left;font-weight:700;padding-bottom:4px}
            caption small{display:block;font-weight:400;color:var(--muted)}
            th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
            thead th{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);\
            border-bottom:2px solid var(--ink);overflow-wrap:normal}
            table.scores th:nth-child(2){width:20%} table.scores th:nth-child(3){width:34%}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .covers-cell{color:var(--muted);font-size:12px}
            .beside{border:1px dashed var(--muted);border-radius:10px;padding:10px 12px}
            .finding{border-left:4px solid currentColor;padding:6px 0 6px 12px;margin:0 0 10px}
            .finding.waived{border-left-style:dashed}
            .finding:target{background:#fffbe6}
            .finding h4{margin:0;font-size:15px;color:var(--ink)}
            .finding h4 .subject{font-weight:400}
            .finding p{margin:3px 0;color:var(--ink)}
            .finding .msg{font-weight:600}
            .finding .small{font-size:12.5px;color:var(--muted)}
            .finding.waived p,.finding.waived h4{color:var(--muted)}
            .stage-title{font-size:16px;margin:16px 0 6px}
            .stage-title small{font-weight:400;color:var(--muted)}
            table.plan th:nth-child(1){width:34px} table.plan th:nth-child(3){width:150px}
            table.plan th:nth-child(4){width:30%}
            table.plan td.outcome{font-size:12.5px;color:#1b5e20}
            table.plan .closes{display:block;margin-top:3px;font-size:12px;color:var(--muted)}
            .empty{color:var(--muted)}
            ol.sources{font-size:13px;color:var(--muted);padding-left:22px}
            footer{margin-top:48px;padding-top:12px;border-top:1px solid var(--line);font-size:12px;\
            color:var(--muted)}
            @media (max-width:760px){.summary,.tables{grid-template-columns:1fr}}
            @media print{
            @page{size:A4;margin:12mm 12mm}
            body{font-size:8.5pt;line-height:1.35;color:#000;background:none}
            main{max-width:none;padding:0}
            code{font-size:7.5pt}
            .toc{display:none}
            .org-title{font-size:18pt} .part-title{font-size:12pt;margin:12pt 0 5pt}
            .overall .big{font-size:30pt} .tally strong{font-size:14pt} .tally li{padding:2px 6px;min-width:60px}
            .profile+.profile{break-before:page;page-break-before:always;border-top:0;margin-top:0;padding-top:0}
            .sev-tag,.finding:target,code,.toc,.tag.new{background:none!important}
            figure{padding:4px 8px 2px} svg.chart{max-width:125mm}
            .charts{gap:6px} .tables{gap:10px;margin-top:6px}
            .summary{grid-template-columns:40mm minmax(0,1fr);gap:6mm}
            .tables{grid-template-columns:minmax(0,1fr) minmax(0,1.2fr)}
            table.plan .closes{display:none}
            ol.sources{font-size:7.5pt}
            .findings-list{columns:2;column-gap:7mm}
            .finding .todo{display:none}
            .finding{margin:0 0 4pt;padding:2pt 0 2pt 6pt} .finding h4{font-size:8.5pt}
            table.plan{font-size:8pt} table.plan td.outcome{font-size:7.5pt}
            .finding p{margin:1pt 0}
            .finding,figure,.overall,tr{break-inside:avoid;page-break-inside:avoid}
            .part-title,.sub-title,.stage-title,caption{break-after:avoid;page-break-after:avoid}
            th,td{padding:3pt 5pt}
            thead{display:table-header-group}
            a{color:inherit;text-decoration:none}
            }
            """;

    private final StringBuilder out = new StringBuilder();
    private final Set<String> usedIds = new HashSet<>();
    /** Heading levels: the organisation's title, its parts, their sub-parts. */
    private final int orgLevel;

    private HtmlReport(int orgLevel) {
        this.orgLevel = orgLevel;
    }

    /** The report of every item in one document, one section per profile. */
    public static String render(List<AssessedProfile> items, ReportOptions options) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(options, "options");
        HtmlReport report = new HtmlReport(items.size() == 1 ? 1 : 2);
        report.document(items.stream().map(i -> new ReportView(i, options.rules())).toList());
        return report.out.toString();
    }

    /**
     * The anchor of a finding: {@code finding-<ruleId>-<subject>}, each character other than an
     * ASCII letter, digit, {@code -} or {@code _} replaced by {@code _}. Within one document a
     * repeated anchor (the same finding in two profiles) gets {@code -2}, {@code -3}, ...
     */
    public static String findingId(String ruleId, String subject) {
        return "finding-" + sanitise(ruleId) + "-" + sanitise(subject);
    }

    static String sanitise(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : (value == null ? "" : value).toCharArray()) {
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            sb.append(plain ? c : '_');
        }
        return sb.toString();
    }

    private String uniqueId(String id) {
        String candidate = id;
        for (int n = 2; !usedIds.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private void document(List<ReportView> views) {
        String title = views.size() == 1 ? "CTO role assessment: " + views.get(0).organisation
                : "CTO role assessments (" + views.size() + " profiles)";
        raw("<!DOCTYPE html>");
        raw("<html lang=\"en\">");
        raw("<head>");
        raw("<meta charset=\"utf-8\">");
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        raw("<meta name=\"color-scheme\" content=\"light\">");
        raw("<title>" + esc(title) + "</title>");
        raw("<style>");
        out.append(CSS);
        raw("</style>");
        raw("</head>");
        raw("<body>");
        raw("<main>");
        List<String> sectionIds = views.stream().map(v -> uniqueId("profile-" + sanitise(v.organisationId))).toList();
        if (views.size() != 1) {
            raw("<h1 class=\"doc-title\">" + esc(title) + "</h1>");
            raw("<nav class=\"toc\" aria-label=\"Profiles\"><ul>");
            for (int i = 0; i < views.size(); i++) {
                ReportView v = views.get(i);
                raw("<li><a href=\"#" + esc(sectionIds.get(i)) + "\">" + esc(v.organisation) + "</a>: overall score "
                        + esc(v.overall) + " (" + esc(v.coverage) + ")</li>");
            }
            raw("</ul></nav>");
        }
        for (int i = 0; i < views.size(); i++) {
            profile(views.get(i), sectionIds.get(i));
        }
        raw("<footer>Generated by ctorole from " + esc(String.join(", ", views.stream().map(v -> v.source).toList()))
                + ". Scores run from 0 to 100 and come from the findings alone, over the responsibility areas"
                + " whose rules were assessed; indicator readings are shown beside them, never mixed in. Each rule"
                + " cites the article and section it draws on.</footer>");
        raw("</main>");
        raw("</body>");
        raw("</html>");
    }

    private void profile(ReportView v, String sectionId) {
        Map<String, String> anchors = new HashMap<>();
        for (ReportView.FindingView f : v.findings) {
            anchors.put(f.key(), uniqueId(findingId(f.ruleId(), f.subjectId())));
        }
        raw("<section class=\"profile\" id=\"" + esc(sectionId) + "\">");
        raw("<header class=\"masthead\">");
        raw("<p class=\"eyebrow\">CTO role assessment</p>");
        heading(orgLevel, "org-title", esc(v.organisation));
        raw("<p class=\"meta\">Organisation <code>" + esc(v.organisationId) + "</code> · assessed on <time datetime=\""
                + v.assessedOnDate + "\">" + esc(v.assessedOn) + "</time> · from <code>" + esc(v.source) + "</code></p>");
        raw("</header>");
        summary(v, anchors);
        scores(v);
        List<String> sources = v.findings.stream().flatMap(f -> f.sources().stream()).distinct().toList();
        Map<String, Integer> steps = new HashMap<>();
        int n = 0;
        for (List<ReportView.StepView> stage : v.plan.values()) {
            for (ReportView.StepView step : stage) {
                n++;
                for (String key : step.findingKeys()) {
                    steps.put(key, n);
                }
            }
        }
        findings(v, anchors, sources, steps, sectionId);
        plan(v, anchors, sectionId);
        notAssessed(v);
        unmatchedWaivers(v);
        heading(orgLevel + 1, "part-title", "Sources");
        raw("<ol class=\"sources\">");
        for (int i = 0; i < sources.size(); i++) {
            raw("<li id=\"" + esc(sectionId) + "-source-" + (i + 1) + "\">" + esc(sources.get(i)) + "</li>");
        }
        raw("</ol>");
        raw("</section>");
    }

    private void summary(ReportView v, Map<String, String> anchors) {
        raw("<div class=\"summary\">");
        raw("<div class=\"overall\"><span class=\"big " + ReportView.Band.of(v.overallValue).cssClass() + "\">"
                + esc(v.overall) + "</span>" + (v.overallValue.isPresent() ? "<span class=\"of\">out of 100</span>" : "")
                + "<span class=\"label\">Overall score</span><span class=\"covers\">" + esc(v.coverage) + "</span></div>");
        raw("<div>");
        raw("<ul class=\"tally\" aria-label=\"Open findings by severity\">");
        for (Severity s : Severity.values()) {
            long open = v.findings.stream().filter(f -> !f.waived() && f.severity() == s).count();
            raw("<li class=\"" + sevClass(s) + "\"><strong>" + open + "</strong>" + ReportView.severity(s) + "</li>");
        }
        raw("<li class=\"waived\"><strong>" + v.findings.stream().filter(ReportView.FindingView::waived).count()
                + "</strong>Waived</li>");
        if (v.baseline) {
            raw("<li class=\"new\"><strong>" + v.newSinceBaseline + "</strong>New since baseline</li>");
        }
        raw("</ul>");
        heading(orgLevel + 2, "sub-title", "What matters most");
        raw("<ul class=\"points\">");
        for (String point : v.summary) {
            raw("<li>" + esc(point) + "</li>");
        }
        raw("</ul>");
        raw("</div>");
        raw("</div>");
    }

    private void scores(ReportView v) {
        heading(orgLevel + 1, "part-title", "Scores");
        raw("<div class=\"charts\">");
        chart("Scores by responsibility area", "0 to 100, higher is better; beside each, the rules assessed of"
                + " those that could lower it", v.areas);
        chart("Scores by mission axis", "each the mean of its assessed areas", v.axes);
        raw("</div>");
        raw("<ul class=\"legend\" aria-label=\"Score bands\">"
                + "<li><span class=\"fill band-good\"></span>80 and above</li>"
                + "<li><span class=\"fill band-fair\"></span>60 to 79.9</li>"
                + "<li><span class=\"fill band-weak\"></span>40 to 59.9</li>"
                + "<li><span class=\"fill band-poor\"></span>below 40</li></ul>");
        raw("<div class=\"tables\">");
        raw("<div>");
        raw("<table class=\"scores\"><caption>Constituents<small>Mean score of the areas of the duties the CTO owes "
                + "each</small></caption>");
        raw("<thead><tr><th>Constituent</th><th class=\"num\">Score</th><th>Coverage</th></tr></thead><tbody>");
        for (ReportView.ScoreRow s : v.constituents) {
            raw("<tr><td>" + esc(s.title()) + "</td><td class=\"num\">" + esc(s.shown()) + "</td><td class=\"covers-cell\">"
                    + esc(s.coverage()) + "</td></tr>");
        }
        raw("<tr><td><strong>Overall</strong></td><td class=\"num\"><strong>" + esc(v.overallRow.shown())
                + "</strong></td><td class=\"covers-cell\">" + esc(v.overallRow.coverage()) + "</td></tr>");
        raw("</tbody></table>");
        raw("</div>");
        raw("<div class=\"beside\">");
        raw("<table class=\"indicators\"><caption>Performance indicators<small>Readings from the profile (1 to 5), "
                + "reported beside the scores and not part of them</small></caption>");
        if (v.indicators.isEmpty()) {
            raw("<tbody><tr><td class=\"empty\">Not assessed: the profile has no indicators section.</td></tr>"
                    + "</tbody>");
        } else {
            raw("<thead><tr><th>Indicator</th><th>Latest reading</th><th class=\"num\">Target</th><th>Status</th>"
                    + "</tr></thead><tbody>");
            for (ReportView.IndicatorRow r : v.indicators) {
                raw("<tr><td>" + esc(r.title()) + "</td><td>" + esc(r.reading()) + "</td><td class=\"num\">"
                        + esc(r.target()) + "</td><td>" + esc(r.status()) + "</td></tr>");
            }
            raw("</tbody>");
        }
        raw("</table>");
        raw("</div>");
        raw("</div>");
    }

    /** A horizontal bar chart: a label, a bar (class {@code bar}, {@code data-score}) or "not assessed", the coverage. */
    private void chart(String title, String note, List<ReportView.ScoreRow> scores) {
        int width = LABEL_WIDTH + BAR_SPAN + VALUE_WIDTH;
        int height = AXIS_TOP + scores.size() * ROW_HEIGHT + 6;
        raw("<figure>");
        raw("<figcaption>" + esc(title) + " <small>(" + esc(note) + ")</small></figcaption>");
        raw("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" preserveAspectRatio=\"xMinYMin meet\">");
        raw("<title>" + esc(title) + ": " + esc(String.join("; ", scores.stream()
                .map(s -> s.title() + " " + s.shown()).toList())) + "</title>");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL_WIDTH + BAR_SPAN * tick / 100.0;
            raw("<line class=\"grid\" x1=\"" + fmt(x) + "\" y1=\"" + (AXIS_TOP - 6) + "\" x2=\"" + fmt(x) + "\" y2=\""
                    + (height - 4) + "\"/><text class=\"tick\" x=\"" + fmt(x) + "\" y=\"" + (AXIS_TOP - 12)
                    + "\" text-anchor=\"middle\">" + tick + "</text>");
        }
        for (int i = 0; i < scores.size(); i++) {
            ReportView.ScoreRow s = scores.get(i);
            int y = AXIS_TOP + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            double middle = y + BAR_HEIGHT / 2.0;
            raw("<g>");
            raw("<text class=\"label\" x=\"" + (LABEL_WIDTH - 12) + "\" y=\"" + fmt(middle)
                    + "\" text-anchor=\"end\" dominant-baseline=\"central\">" + esc(s.title()) + "</text>");
            raw("<rect class=\"track\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + BAR_SPAN + "\" height=\""
                    + BAR_HEIGHT + "\" rx=\"3\"/>");
            double end = LABEL_WIDTH;
            if (s.value().isPresent()) {
                double value = Math.max(0, Math.min(100, s.value().getAsDouble()));
                double barWidth = BAR_SPAN * value / 100.0;
                end = LABEL_WIDTH + barWidth;
                raw("<rect class=\"bar " + ReportView.Band.of(s.value()).cssClass() + "\" data-score=\""
                        + esc(s.shown()) + "\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + fmt(barWidth)
                        + "\" height=\"" + BAR_HEIGHT + "\" rx=\"3\"><title>" + esc(s.title()) + ": " + esc(s.shown())
                        + " / 100</title></rect>");
            }
            raw("<text class=\"value\" x=\"" + fmt(end + 6) + "\" y=\"" + fmt(middle)
                    + "\" dominant-baseline=\"central\">" + esc(s.shown()) + "</text>");
            raw("<text class=\"covers\" x=\"" + (LABEL_WIDTH + BAR_SPAN + VALUE_WIDTH - 4) + "\" y=\"" + fmt(middle)
                    + "\" text-anchor=\"end\" dominant-baseline=\"central\">" + esc(s.coverage()) + "</text>");
            raw("</g>");
        }
        raw("</svg>");
        raw("</figure>");
    }

    private void findings(ReportView v, Map<String, String> anchors, List<String> sources, Map<String, Integer> steps,
                          String sectionId) {
        heading(orgLevel + 1, "part-title", "Findings (" + v.findings.size() + ")");
        if (v.findings.isEmpty()) {
            raw("<p class=\"empty\">No findings.</p>");
            return;
        }
        raw("<div class=\"findings-list\">");
        for (ReportView.FindingView f : v.findings) {
            raw("<article id=\"" + esc(anchors.get(f.key())) + "\" class=\"finding " + sevClass(f.severity())
                    + (f.waived() ? " waived" : "") + "\">");
            raw("<h4>" + sevTag(f.severity()) + " " + esc(f.title()) + " <span class=\"subject\">· "
                    + esc(f.subject()) + "</span>" + (f.isNew() ? " <span class=\"tag new\">New</span>" : "")
                    + (f.waived() ? " <span class=\"tag waived\">Waived</span>" : "") + "</h4>");
            raw("<p class=\"msg\">" + esc(f.message()) + ".</p>");
            if (!f.evidence().isEmpty()) {
                raw("<p class=\"small\">Evidence: " + esc(String.join("; ", f.evidence())) + ".</p>");
            }
            Integer step = steps.get(f.key());
            // In print the plan holds every open finding's advice: the finding points to its step instead.
            raw("<p" + (step == null ? "" : " class=\"todo\"") + "><strong>What to do:</strong> "
                    + esc(f.recommendation()) + "</p>");
            if (step != null) {
                raw("<p class=\"small\">In the action plan: <a href=\"#" + esc(sectionId) + "-step-" + step
                        + "\">step " + step + "</a>.</p>");
            }
            if (f.waived()) {
                raw("<p class=\"small\">" + esc(ReportView.capitalised(f.waiver())) + ".</p>");
            }
            StringBuilder cited = new StringBuilder();
            for (String source : f.sources()) {
                int i = sources.indexOf(source) + 1;
                cited.append(cited.isEmpty() ? "" : ", ").append("<a href=\"#").append(esc(sectionId)).append("-source-")
                        .append(i).append("\" title=\"").append(esc(source)).append("\">[").append(i).append("]</a>");
            }
            raw("<p class=\"small\">Source " + cited + " · key <code>" + esc(f.key()) + "</code></p>");
            raw("</article>");
        }
        raw("</div>");
    }

    private void plan(ReportView v, Map<String, String> anchors, String sectionId) {
        heading(orgLevel + 1, "part-title", "Action plan");
        int n = 0;
        for (Map.Entry<String, List<ReportView.StepView>> stage : v.plan.entrySet()) {
            heading(orgLevel + 2, "stage-title", esc(stage.getKey()) + " <small>by " + esc(stage.getValue().get(0).due())
                    + "</small>");
            raw("<table class=\"plan\"><thead><tr><th>#</th><th>What to do</th><th>Owner</th><th>Expected outcome</th>"
                    + "</tr></thead><tbody>");
            for (ReportView.StepView s : stage.getValue()) {
                StringBuilder closes = new StringBuilder();
                for (int i = 0; i < s.findingKeys().size(); i++) {
                    String key = s.findingKeys().get(i);
                    String anchor = anchors.get(key);
                    closes.append(i == 0 ? "" : ", ").append(anchor == null ? esc(s.findingTitles().get(i))
                            : "<a href=\"#" + esc(anchor) + "\">" + esc(s.findingTitles().get(i)) + "</a>");
                }
                n++;
                raw("<tr id=\"" + esc(sectionId) + "-step-" + n + "\"><td>" + n + "</td><td>" + esc(s.action())
                        + (closes.isEmpty() ? "" : "<span class=\"closes\">Closes: " + closes + "</span>") + "</td><td>"
                        + esc(s.owner()) + "</td><td class=\"outcome\">" + esc(s.outcome()) + "</td></tr>");
            }
            raw("</tbody></table>");
        }
    }

    private void notAssessed(ReportView v) {
        heading(orgLevel + 1, "part-title", "Not assessed");
        if (v.notAssessed.isEmpty()) {
            raw("<p class=\"empty\">Every rule was assessed.</p>");
            return;
        }
        raw("<p>These rules stayed silent because the profile does not give what they read.</p>");
        raw("<table class=\"not-assessed\"><thead><tr><th>Rule</th><th>Why</th></tr></thead><tbody>");
        for (String[] r : v.notAssessed) {
            raw("<tr><td>" + esc(r[1]) + " <code>" + esc(r[0]) + "</code></td><td>" + esc(r[2]) + "</td></tr>");
        }
        raw("</tbody></table>");
    }

    private void unmatchedWaivers(ReportView v) {
        heading(orgLevel + 1, "part-title", "Waivers that matched no finding");
        if (v.unmatchedWaivers.isEmpty()) {
            raw("<p class=\"empty\">None: every waiver matched a finding.</p>");
            return;
        }
        raw("<p>These waivers matched no finding: the problem may be fixed and the waiver can go.</p>");
        raw("<table class=\"waivers\"><thead><tr><th>Waiver</th><th>Expires</th><th>Reason</th></tr></thead><tbody>");
        for (String[] w : v.unmatchedWaivers) {
            raw("<tr><td><code>" + esc(w[0]) + "</code></td><td>" + esc(w[1]) + "</td><td>" + esc(w[2]) + "</td></tr>");
        }
        raw("</tbody></table>");
    }

    private void heading(int level, String cssClass, String html) {
        int h = Math.min(level, 6);
        raw("<h" + h + " class=\"" + cssClass + "\">" + html + "</h" + h + ">");
    }

    private static String sevClass(Severity s) {
        return "sev-" + s.name().toLowerCase(Locale.ROOT);
    }

    private static String sevTag(Severity s) {
        return "<span class=\"sev-tag " + sevClass(s) + "\">" + ReportView.severity(s) + "</span>";
    }

    private void raw(String html) {
        out.append(html).append(NL);
    }

    private static String fmt(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Text as HTML, for element content and attribute values alike; made safe to show first. */
    static String esc(String value) {
        String s = ReportView.safe(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
