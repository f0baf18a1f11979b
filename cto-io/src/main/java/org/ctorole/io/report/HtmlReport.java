package org.ctorole.io.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.ActionStep;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.Finding;
import org.ctorole.rules.IndicatorStatus;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.Score;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.Severity;

/**
 * The client-ready report as one self-contained HTML5 file: inline CSS, inline SVG bar charts of
 * the scores by area and by mission axis, every finding in a table row with a stable anchor
 * ({@code #finding-<ruleId>-<subject>}), the action plan, and a print style. Nothing is loaded
 * from anywhere (no fonts, scripts, images or links out) and no JavaScript is needed. Every value
 * is HTML-escaped: a profile may contain markup.
 *
 * <pre>{@code Files.writeString(Path.of("northwind.html"), HtmlReport.render(List.of(item), ReportOptions.plain()));}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HtmlReport {

    private static final String NL = "\n";

    /* Chart geometry, in SVG user units. */
    private static final int LABEL_WIDTH = 330;
    private static final int BAR_SPAN = 360;
    private static final int VALUE_WIDTH = 54;
    private static final int ROW_HEIGHT = 30;
    private static final int BAR_HEIGHT = 16;
    private static final int AXIS_TOP = 30;

    private static final String CSS = """
            :root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--panel:#f6f8fa;--accent:#0b5cad;\
            --critical:#c92a2a;--high:#e8590c;--medium:#b07d00;--low:#1c6fd1;\
            --good:#2f9e44;--fair:#f2a900;--weak:#f76707;--poor:#e03131}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:#fff;color:var(--ink);\
            font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1120px;margin:0 auto;padding:40px 28px 64px}
            code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;\
            background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:0 4px;\
            overflow-wrap:break-word}
            a{color:var(--accent)}
            a code{color:var(--accent)}
            h1,h2,h3{line-height:1.25;margin:0}
            .doc-title{font-size:30px;margin-bottom:12px}
            .toc{margin:0 0 32px;padding:14px 18px;background:var(--panel);border-radius:8px}
            .toc ul{margin:0;padding-left:18px}
            .profile+.profile{margin-top:72px;padding-top:40px;border-top:3px solid var(--ink)}
            .masthead{border-bottom:4px solid var(--ink);padding-bottom:14px;margin-bottom:24px}
            .eyebrow{margin:0 0 4px;text-transform:uppercase;letter-spacing:.12em;font-size:12px;\
            font-weight:700;color:var(--muted)}
            .org-title{font-size:34px;letter-spacing:-.01em}
            .meta{margin:8px 0 0;color:var(--muted)}
            .part-title{font-size:22px;margin:44px 0 14px;padding-bottom:6px;border-bottom:1px solid var(--line)}
            .sub-title{font-size:16px;margin:22px 0 10px}
            .summary{display:grid;grid-template-columns:220px 1fr;gap:28px;align-items:start}
            .overall{border:1px solid var(--line);border-radius:10px;padding:18px 20px;text-align:center}
            .overall .big{display:block;font-size:60px;font-weight:800;line-height:1;letter-spacing:-.02em}
            .overall .of{color:var(--muted);font-size:14px}
            .overall .label{display:block;margin-top:8px;font-weight:600}
            .big.band-good{color:var(--good)} .big.band-fair{color:#b27b00}
            .big.band-weak{color:var(--weak)} .big.band-poor{color:var(--poor)}
            .tally{list-style:none;margin:0 0 16px;padding:0;display:flex;flex-wrap:wrap;gap:8px}
            .tally li{border:1.5px solid currentColor;border-radius:8px;padding:6px 12px;min-width:96px;\
            font-size:13px;font-weight:600}
            .tally strong{display:block;font-size:24px;line-height:1.1}
            .tally .waived{color:var(--muted)}
            .risks{margin:0;padding-left:22px}
            .risks li{margin:6px 0}
            .sev-critical{color:var(--critical)} .sev-high{color:var(--high)}
            .sev-medium{color:var(--medium)} .sev-low{color:var(--low)}
            .sev-tag{display:inline-block;border:1.5px solid currentColor;border-radius:999px;padding:0 8px;\
            font-size:11px;font-weight:800;letter-spacing:.06em;text-transform:uppercase;white-space:nowrap}
            .sev-tag.sev-critical{background:#fff0f0} .sev-tag.sev-high{background:#fff4e6}
            .sev-tag.sev-medium{background:#fff9db} .sev-tag.sev-low{background:#e7f1ff}
            .charts{display:grid;grid-template-columns:1fr;gap:18px}
            figure{margin:0;border:1px solid var(--line);border-radius:10px;padding:16px 18px 10px}
            figcaption{font-weight:700;margin-bottom:6px}
            figcaption small{font-weight:400;color:var(--muted)}
            svg.chart{display:block;width:100%;max-width:760px;height:auto}
            svg.chart text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
            svg.chart .tick{font-size:11px;fill:var(--muted)}
            svg.chart .value{font-weight:700}
            svg.chart .grid{stroke:var(--line);stroke-width:1}
            svg.chart .target{stroke:var(--muted);stroke-width:1;stroke-dasharray:3 3}
            svg.chart .track{fill:#eef1f4}
            .bar.band-good,.fill.band-good{fill:var(--good);background:var(--good)}
            .bar.band-fair,.fill.band-fair{fill:var(--fair);background:var(--fair)}
            .bar.band-weak,.fill.band-weak{fill:var(--weak);background:var(--weak)}
            .bar.band-poor,.fill.band-poor{fill:var(--poor);background:var(--poor)}
            .legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:14px;\
            font-size:12px;color:var(--muted)}
            .legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;\
            vertical-align:-1px}
            .tables{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.35fr);gap:24px;margin-top:18px}
            table{width:100%;border-collapse:collapse}
            caption{text-align:left;font-weight:700;padding-bottom:6px}
            caption small{display:block;font-weight:400;color:var(--muted)}
            th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid var(--line)}
            thead th{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);\
            border-bottom:2px solid var(--ink)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .meter{display:inline-block;width:90px;height:8px;border-radius:4px;background:#eef1f4;\
            margin-right:8px;vertical-align:middle;overflow:hidden}
            .meter .fill{display:block;height:100%}
            .beside{border:1px dashed var(--muted);border-radius:10px;padding:12px 14px}
            .table-wrap{overflow-x:auto}
            table.findings{table-layout:fixed}
            table.findings td.sev-cell{border-left:4px solid currentColor}
            table.findings th:nth-child(1){width:104px} table.findings th:nth-child(2){width:170px}
            table.findings th:nth-child(3){width:150px} table.findings th:nth-child(5){width:140px}
            table.indicators td:nth-child(2){white-space:nowrap}
            table.findings .msg{margin:0 0 6px;font-weight:600}
            table.findings .rule-title{display:block;font-weight:600}
            .evidence{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0;\
            font-size:13px}
            .evidence dt{color:var(--muted)} .evidence dd{margin:0}
            .rec{margin:6px 0}
            .cite{margin:4px 0 0;font-size:12px;color:var(--muted)}
            tr.finding:target td{background:#fffbe6}
            tr.waived td{color:var(--muted)}
            tr.waived td.sev-cell{border-left-style:dashed}
            .status-open{font-weight:700}
            .status-waived{font-weight:700;border:1px dashed var(--muted);border-radius:4px;padding:0 6px}
            .reason{display:block;margin-top:4px;font-size:13px}
            .plan{list-style:none;margin:0;padding:0;counter-reset:step}
            .stage{display:grid;grid-template-columns:120px 1fr;gap:18px;padding:16px 0;\
            border-bottom:1px solid var(--line)}
            .stage .when{font-weight:800;font-size:18px;color:var(--accent)}
            .stage .when small{display:block;font-size:12px;font-weight:600;color:var(--muted)}
            .stage .sub-title{margin-top:2px}
            .stage ul{margin:8px 0;padding-left:20px}
            .stage li{margin:3px 0}
            .outcome{margin:8px 0 0;padding:8px 12px;border-left:4px solid var(--good);background:#f1faf3}
            .empty{color:var(--muted)}
            footer{margin-top:56px;padding-top:14px;border-top:1px solid var(--line);font-size:12px;\
            color:var(--muted)}
            @media (max-width:760px){.summary,.tables,.stage{grid-template-columns:1fr}}
            @media print{
            @page{margin:15mm 13mm}
            body{font-size:10pt;color:#000;background:none}
            main{max-width:none;padding:0}
            .toc{display:none}
            .profile+.profile{break-before:page;page-break-before:always;border-top:0;margin-top:0;padding-top:0}
            .sev-tag,tr.finding:target td,.outcome,code,.toc{background:none!important}
            .meter{display:none}
            tr.finding,.stage,figure,.summary,.overall,.beside,table.scores tr{break-inside:avoid;\
            page-break-inside:avoid}
            .part-title,.sub-title,caption{break-after:avoid;page-break-after:avoid}
            thead{display:table-header-group}
            a{color:inherit;text-decoration:none}
            .table-wrap{overflow:visible}
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
        List<AssessedProfile> shown = items;
        HtmlReport report = new HtmlReport(shown.size() == 1 ? 1 : 2);
        report.document(shown);
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
        for (char c : ReportText.clean(value).toCharArray()) {
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

    private void document(List<AssessedProfile> items) {
        String title = items.size() == 1 ? "CTO role assessment: " + ReportText.organisationName(items.get(0))
                : "CTO role assessments (" + items.size() + " profiles)";
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
        List<String> sectionIds = items.stream()
                .map(i -> uniqueId("profile-" + sanitise(i.assessment().profile()))).toList();
        if (items.size() != 1) {
            raw("<h1 class=\"doc-title\">" + esc(title) + "</h1>");
            raw("<nav class=\"toc\" aria-label=\"Profiles\"><ul>");
            for (int i = 0; i < items.size(); i++) {
                AssessedProfile item = items.get(i);
                raw("<li><a href=\"#" + esc(sectionIds.get(i)) + "\">" + esc(ReportText.organisation(item))
                        + "</a>: overall score " + ReportText.score(item.assessment().scorecard().overall().value())
                        + " / 100</li>");
            }
            raw("</ul></nav>");
        }
        for (int i = 0; i < items.size(); i++) {
            profile(items.get(i), sectionIds.get(i));
        }
        raw("<footer>Generated by ctorole from " + esc(String.join(", ", items.stream()
                .map(AssessedProfile::source).toList())) + ". Scores run from 0 to 100 and come from the findings "
                + "alone; indicator readings are shown beside them, never mixed in. Each rule cites the article "
                + "and section it comes from.</footer>");
        raw("</main>");
        raw("</body>");
        raw("</html>");
    }

    private void profile(AssessedProfile item, String sectionId) {
        Assessment a = item.assessment();
        Map<String, String> anchors = new HashMap<>();
        for (Finding f : a.findings()) {
            anchors.put(f.key(), uniqueId(findingId(f.ruleId(), f.subject().id())));
        }
        raw("<section class=\"profile\" id=\"" + esc(sectionId) + "\">");
        raw("<header class=\"masthead\">");
        raw("<p class=\"eyebrow\">CTO role assessment</p>");
        heading(orgLevel, "org-title", esc(ReportText.organisationName(item)));
        raw("<p class=\"meta\">Organisation <code>" + esc(a.profile()) + "</code> · assessed on <time datetime=\""
                + a.assessedOn() + "\">" + a.assessedOn() + "</time> · source <code>" + esc(item.source())
                + "</code></p>");
        raw("</header>");
        summary(a, anchors);
        scorecard(a.scorecard());
        findings(a, anchors);
        actionPlan(a, anchors);
        notAssessed(a);
        unmatchedWaivers(a);
        raw("</section>");
    }

    private void summary(Assessment a, Map<String, String> anchors) {
        double overall = a.scorecard().overall().value();
        raw("<div class=\"summary\">");
        raw("<div class=\"overall\"><span class=\"big " + ReportText.Band.of(overall).cssClass() + "\">"
                + ReportText.score(overall) + "</span><span class=\"of\">out of 100</span>"
                + "<span class=\"label\">Overall score</span></div>");
        raw("<div>");
        raw("<ul class=\"tally\" aria-label=\"Open findings by severity\">");
        Map<Severity, Integer> open = ReportText.openCounts(a);
        for (Severity s : Severity.values()) {
            raw("<li class=\"" + sevClass(s) + "\"><strong>" + open.get(s) + "</strong>" + ReportText.severity(s)
                    + "</li>");
        }
        int waived = a.findings().size() - a.activeFindings().size();
        raw("<li class=\"waived\"><strong>" + waived + "</strong>Waived</li>");
        raw("</ul>");
        List<Finding> top = ReportText.topRisks(a);
        heading(orgLevel + 2, "sub-title", "Top risks");
        if (top.isEmpty()) {
            raw("<p class=\"empty\">No open findings.</p>");
        } else {
            raw("<ol class=\"risks\">");
            for (Finding f : top) {
                raw("<li>" + sevTag(f.severity()) + " <a href=\"#" + esc(anchors.get(f.key())) + "\"><code>"
                        + esc(f.key()) + "</code></a> " + esc(f.message()) + "</li>");
            }
            raw("</ol>");
        }
        raw("</div>");
        raw("</div>");
    }

    private void scorecard(Scorecard card) {
        heading(orgLevel + 1, "part-title", "Scorecard");
        raw("<div class=\"charts\">");
        chart("Scores by responsibility area", "the nine areas of the role; 0 to 100, higher is better",
                card.areas());
        chart("Scores by mission axis", "each the mean of its areas", card.axes());
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
        raw("<thead><tr><th>Constituent</th><th class=\"num\">Score</th></tr></thead><tbody>");
        for (Score s : card.constituents()) {
            raw("<tr><td>" + esc(s.title()) + "</td><td class=\"num\">" + meter(s.value())
                    + ReportText.score(s.value()) + "</td></tr>");
        }
        raw("<tr><td><strong>Overall</strong></td><td class=\"num\">" + meter(card.overall().value()) + "<strong>"
                + ReportText.score(card.overall().value()) + "</strong></td></tr>");
        raw("</tbody></table>");
        raw("</div>");
        raw("<div class=\"beside\">");
        raw("<table class=\"indicators\"><caption>Performance indicators<small>Readings from the profile (1 to 5), "
                + "reported beside the scores and not part of them</small></caption>");
        if (card.indicators().isEmpty()) {
            raw("<tbody><tr><td class=\"empty\">Not assessed: the profile has no indicators section.</td></tr>"
                    + "</tbody>");
        } else {
            raw("<thead><tr><th>Indicator</th><th>Latest reading</th><th class=\"num\">Target</th><th>Status</th>"
                    + "</tr></thead><tbody>");
            for (IndicatorStatus s : card.indicators()) {
                raw("<tr><td>" + esc(s.indicator().title()) + "</td><td>" + esc(ReportText.reading(s))
                        + "</td><td class=\"num\">" + ReportText.score(s.target()) + "</td><td>"
                        + esc(ReportText.readingStatus(s)) + "</td></tr>");
            }
            raw("</tbody>");
        }
        raw("</table>");
        raw("</div>");
        raw("</div>");
    }

    /** A horizontal bar chart: a label, a bar (class {@code bar}, {@code data-score}) and the value per score. */
    private void chart(String title, String note, List<Score> scores) {
        int width = LABEL_WIDTH + BAR_SPAN + VALUE_WIDTH;
        int height = AXIS_TOP + scores.size() * ROW_HEIGHT + 6;
        raw("<figure>");
        raw("<figcaption>" + esc(title) + " <small>(" + esc(note) + ")</small></figcaption>");
        raw("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" preserveAspectRatio=\"xMinYMin meet\">");
        raw("<title>" + esc(title) + ": " + esc(String.join("; ", scores.stream()
                .map(s -> ReportText.clean(s.title()) + " " + ReportText.score(s.value())).toList())) + "</title>");
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL_WIDTH + BAR_SPAN * tick / 100.0;
            raw("<line class=\"grid\" x1=\"" + fmt(x) + "\" y1=\"" + (AXIS_TOP - 6) + "\" x2=\"" + fmt(x) + "\" y2=\""
                    + (height - 4) + "\"/><text class=\"tick\" x=\"" + fmt(x) + "\" y=\"" + (AXIS_TOP - 12)
                    + "\" text-anchor=\"middle\">" + tick + "</text>");
        }
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            double value = Math.max(0, Math.min(100, s.value()));
            double barWidth = BAR_SPAN * value / 100.0;
            int y = AXIS_TOP + i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            double middle = y + BAR_HEIGHT / 2.0;
            raw("<g>");
            raw("<text class=\"label\" x=\"" + (LABEL_WIDTH - 12) + "\" y=\"" + fmt(middle)
                    + "\" text-anchor=\"end\" dominant-baseline=\"central\">" + esc(s.title()) + "</text>");
            raw("<rect class=\"track\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + BAR_SPAN + "\" height=\""
                    + BAR_HEIGHT + "\" rx=\"3\"/>");
            raw("<rect class=\"bar " + ReportText.Band.of(s.value()).cssClass() + "\" data-score=\""
                    + ReportText.score(s.value()) + "\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\""
                    + fmt(barWidth) + "\" height=\"" + BAR_HEIGHT + "\" rx=\"3\"><title>" + esc(s.title()) + ": "
                    + ReportText.score(s.value()) + " / 100</title></rect>");
            raw("<text class=\"value\" x=\"" + fmt(LABEL_WIDTH + barWidth + 6) + "\" y=\"" + fmt(middle)
                    + "\" dominant-baseline=\"central\">" + ReportText.score(s.value()) + "</text>");
            raw("</g>");
        }
        raw("</svg>");
        raw("</figure>");
    }

    private void findings(Assessment a, Map<String, String> anchors) {
        heading(orgLevel + 1, "part-title", "Findings (" + a.findings().size() + ")");
        if (a.findings().isEmpty()) {
            raw("<p class=\"empty\">No findings.</p>");
            return;
        }
        raw("<div class=\"table-wrap\">");
        raw("<table class=\"findings\">");
        raw("<thead><tr><th>Severity</th><th>Rule</th><th>Subject</th><th>Finding</th><th>Status</th></tr></thead>");
        raw("<tbody>");
        for (Finding f : a.findings()) {
            raw("<tr id=\"" + esc(anchors.get(f.key())) + "\" class=\"finding" + (f.waived() ? " waived" : "")
                    + "\">");
            raw("<td class=\"sev-cell " + sevClass(f.severity()) + "\">" + sevTag(f.severity()) + "</td>");
            raw("<td><span class=\"rule-title\">" + esc(ReportText.ruleTitle(f.ruleId())) + "</span><code>"
                    + esc(f.ruleId()) + "</code></td>");
            raw("<td>" + esc(f.subject().name()) + (f.subject().name().equals(f.subject().id()) ? ""
                    : " <code>" + esc(f.subject().id()) + "</code>") + "</td>");
            StringBuilder cell = new StringBuilder("<td><p class=\"msg\">" + esc(f.message()) + "</p>");
            if (!f.evidence().isEmpty()) {
                cell.append("<dl class=\"evidence\">");
                f.evidence().forEach(e -> cell.append("<dt>").append(esc(e.name())).append("</dt><dd>")
                        .append(esc(e.text())).append("</dd>"));
                cell.append("</dl>");
            }
            if (!f.recommendation().isBlank()) {
                cell.append("<p class=\"rec\"><strong>Recommendation:</strong> ").append(esc(f.recommendation()))
                        .append("</p>");
            }
            f.source().ifPresent(s -> cell.append("<p class=\"cite\">Source: ").append(esc(s.toString()))
                    .append("</p>"));
            raw(cell.append("</td>").toString());
            raw("<td>" + f.waiver().map(w -> "<span class=\"status-waived\">Waived</span> until <time datetime=\""
                    + w.expires() + "\">" + w.expires() + "</time><span class=\"reason\">" + esc(w.reason())
                    + "</span>").orElse("<span class=\"status-open\">Open</span>") + "</td>");
            raw("</tr>");
        }
        raw("</tbody>");
        raw("</table>");
        raw("</div>");
    }

    private void actionPlan(Assessment a, Map<String, String> anchors) {
        heading(orgLevel + 1, "part-title", "Action plan");
        raw("<ol class=\"plan\">");
        for (ActionStep step : a.actionPlan().steps()) {
            raw("<li class=\"stage track-" + step.track().name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">");
            raw("<div class=\"when\">" + esc(ReportText.stage(step.stage())) + "<small>from day "
                    + step.stage().startsAfterDays() + "</small></div>");
            raw("<div>");
            heading(orgLevel + 2, "sub-title", esc(step.title()));
            raw("<ul>");
            for (String action : step.actions()) {
                raw("<li>" + esc(action) + "</li>");
            }
            for (String key : step.findings()) {
                a.findings().stream().filter(f -> f.key().equals(key)).findFirst().ifPresent(f -> raw(
                        "<li><a href=\"#" + esc(anchors.get(key)) + "\"><code>" + esc(key) + "</code></a>: "
                                + esc(f.recommendation()) + "</li>"));
            }
            raw("</ul>");
            raw("<p class=\"outcome\"><strong>Expected outcome:</strong> " + esc(step.expectedOutcome()) + "</p>");
            raw("</div>");
            raw("</li>");
        }
        raw("</ol>");
    }

    private void notAssessed(Assessment a) {
        heading(orgLevel + 1, "part-title", "Not assessed");
        if (a.notAssessed().isEmpty()) {
            raw("<p class=\"empty\">Every rule was assessed.</p>");
            return;
        }
        raw("<p>These rules stayed silent because the profile does not give what they read.</p>");
        raw("<table class=\"not-assessed\"><thead><tr><th>Rule</th><th>Why</th></tr></thead><tbody>");
        for (NotAssessed n : a.notAssessed()) {
            raw("<tr><td><code>" + esc(n.ruleId()) + "</code></td><td>" + esc(n.reason()) + "</td></tr>");
        }
        raw("</tbody></table>");
    }

    private void unmatchedWaivers(Assessment a) {
        heading(orgLevel + 1, "part-title", "Unmatched waivers");
        if (a.unmatchedWaivers().isEmpty()) {
            raw("<p class=\"empty\">None: every waiver matched a finding.</p>");
            return;
        }
        raw("<p>These waivers matched no finding: the problem may be fixed and the waiver can go.</p>");
        raw("<table class=\"waivers\"><thead><tr><th>Waiver</th><th>Expires</th><th>Reason</th></tr></thead><tbody>");
        for (Waiver w : a.unmatchedWaivers()) {
            raw("<tr><td><code>" + esc(w.key()) + "</code></td><td>" + w.expires() + "</td><td>" + esc(w.reason())
                    + "</td></tr>");
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
        return "<span class=\"sev-tag " + sevClass(s) + "\">" + ReportText.severity(s) + "</span>";
    }

    private static String meter(double score) {
        return "<span class=\"meter\" aria-hidden=\"true\"><span class=\"fill " + ReportText.Band.of(score).cssClass()
                + "\" style=\"width:" + fmt(Math.max(0, Math.min(100, score))) + "%\"></span></span>";
    }

    private void raw(String html) {
        out.append(html).append(NL);
    }

    private static String fmt(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Text as HTML, for element content and attribute values alike. */
    static String esc(String value) {
        String s = ReportText.clean(value);
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
