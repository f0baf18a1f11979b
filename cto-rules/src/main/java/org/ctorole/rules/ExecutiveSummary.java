package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.internal.Wording;

/**
 * The few things that matter most in an assessment, in plain sentences built from its findings,
 * scores and plan — nothing written in advance: what needs action this week, who the findings keep
 * coming back to, where the scores are weakest, what else stands out, and what was not looked at.
 *
 * <pre>{@code ExecutiveSummary.of(assessment, profile, assessor.ruleBook()).points().forEach(System.out::println);}</pre>
 *
 * @param points three to five sentences, most pressing first
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ExecutiveSummary(List<String> points) {

    /** The most points a summary holds. */
    public static final int MOST = 5;

    public ExecutiveSummary {
        points = List.copyOf(points);
    }

    /** The summary of an assessment of {@code profile}, with the titles of the rules in {@code book}. */
    public static ExecutiveSummary of(Assessment a, OrganisationProfile profile, RuleBook book) {
        List<String> points = new ArrayList<>();
        List<Finding> open = a.activeFindings();
        Map<String, Finding> byKey = new LinkedHashMap<>();
        open.forEach(f -> byKey.put(f.key(), f));

        List<Finding> thisWeek = a.actionPlan().stage(TimelineStage.WEEK_1).stream()
                .flatMap(s -> s.findings().stream()).map(byKey::get).filter(f -> f != null).toList();
        if (!thisWeek.isEmpty()) {
            points.add(count(thisWeek.size(), "finding needs", "findings need") + " action this week: "
                    + messages(thisWeek, 3) + ".");
        }

        String cto = profile.theCto().map(p -> p.id()).orElse(null);
        person(open, cto, book).ifPresent(points::add);

        Score overall = a.scorecard().overall();
        if (overall.isAssessed()) {
            Score weakest = a.scorecard().areas().stream().filter(Score::isAssessed)
                    .min(Comparator.comparingDouble((Score s) -> s.value().getAsDouble())).orElseThrow();
            String sentence = "The overall score is " + score(overall.value().getAsDouble())
                    + " out of 100, over " + assessedAreas(a) + " of 9 responsibility areas";
            if (weakest.value().getAsDouble() < 100) {
                sentence += "; the weakest is " + lowerFirst(weakest.title()) + " at "
                        + score(weakest.value().getAsDouble()) + ", lowered by "
                        + count(weakest.loweredBy().size(), "finding", "findings");
            }
            points.add(sentence + ".");
        } else {
            points.add("No responsibility area could be scored: the profile gives nothing the rules that score"
                    + " them read.");
        }

        // The most severe finding of each other track, beyond this week's.
        Set<Track> told = new LinkedHashSet<>();
        thisWeek.forEach(f -> told.add(f.track()));
        for (Finding f : open) {
            if (points.size() >= MOST - 1) {
                break;
            }
            if (!thisWeek.contains(f) && told.add(f.track()) && f.severity().isAtLeast(Severity.MEDIUM)) {
                points.add(f.message() + ".");
            }
        }

        if (!a.notAssessed().isEmpty()) {
            int rules = overall.coverage().possible();
            points.add(count(a.notAssessed().size(), "rule was", "rules were") + " not assessed"
                    + (rules > 0 ? " (of " + (rules) + " that score the role)" : "")
                    + ", because the profile leaves out what they read; the scores cover only what was assessed.");
        } else if (open.isEmpty()) {
            points.add("Every rule was assessed and none found anything to act on.");
        }
        int waived = a.findings().size() - open.size();
        if (waived > 0 && points.size() < MOST) {
            points.add(count(waived, "finding is", "findings are") + " waived and lower no score.");
        }
        return new ExecutiveSummary(points.subList(0, Math.min(MOST, points.size())));
    }

    /**
     * The person named in most open findings, when two or more name them: who the risks keep
     * coming back to. The CTO is left out: findings about the role name its holder by design.
     */
    private static java.util.Optional<String> person(List<Finding> open, String cto, RuleBook book) {
        Map<String, List<Finding>> byPerson = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Finding f : open) {
            Set<String> named = new LinkedHashSet<>();
            if (f.subject().kind() == SubjectKind.PERSON) {
                named.add(f.subject().id());
                names.putIfAbsent(f.subject().id(), f.subject().name());
            }
            for (Evidence e : f.evidence()) {
                if (e.kind() == EvidenceKind.PERSON && e.ids().size() == 1) {
                    named.add(e.ids().get(0));
                    names.putIfAbsent(e.ids().get(0), e.text());
                }
            }
            named.remove(cto);
            named.forEach(id -> byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
        }
        return byPerson.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .max(Comparator.comparingInt((Map.Entry<String, List<Finding>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> names.get(e.getKey()) + " is named in " + e.getValue().size() + " findings: "
                        + Wording.list(e.getValue().stream().map(f -> titleOf(f, book)).distinct().toList()) + ".");
    }

    private static String titleOf(Finding f, RuleBook book) {
        return book.rule(f.ruleId()).map(r -> lowerFirst(r.title())).orElse(f.ruleId());
    }

    /** "Operational management" as "operational management", leaving "CTO in the weeds" as it is. */
    private static String lowerFirst(String title) {
        return title.length() > 1 && Character.isLowerCase(title.charAt(1))
                ? Character.toLowerCase(title.charAt(0)) + title.substring(1) : title;
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static long assessedAreas(Assessment a) {
        return a.scorecard().areas().stream().filter(Score::isAssessed).count();
    }

    private static String messages(List<Finding> findings, int most) {
        List<String> shown = findings.stream().limit(most).map(Finding::message).toList();
        String text = String.join("; ", shown);
        return findings.size() > most ? text + "; and " + (findings.size() - most) + " more" : text;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
