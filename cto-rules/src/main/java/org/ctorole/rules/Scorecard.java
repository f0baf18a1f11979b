package org.ctorole.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.MissionAxis;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.catalogue.Responsibility;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.RoleCatalogue;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.OrganisationProfile;

/**
 * Scores per responsibility area, rolled up per mission axis, per constituent and overall, as
 * {@link ScoringWeights} defines them, each with its {@link Coverage}; indicator readings beside
 * them. An area none of whose rules was assessed is not assessed; roll-ups are means over the
 * assessed areas only, so what was not looked at neither raises nor lowers them.
 *
 * <pre>{@code assessment.scorecard().area(ResponsibilityArea.OPERATIONAL_MANAGEMENT).value()}</pre>
 *
 * @param areas        the 9 areas, in catalogue order
 * @param axes         the 3 mission axes
 * @param constituents the 5 constituents
 * @param overall      the mean of the assessed areas
 * @param indicators   the latest reading of each indicator; empty when the section is omitted
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Scorecard(List<Score> areas, List<Score> axes, List<Score> constituents, Score overall,
                        List<IndicatorStatus> indicators) {

    public Scorecard {
        areas = List.copyOf(areas);
        axes = List.copyOf(axes);
        constituents = List.copyOf(constituents);
        indicators = List.copyOf(indicators);
    }

    public Score area(ResponsibilityArea area) {
        return find(areas, area.name());
    }

    public Score axis(MissionAxis axis) {
        return find(axes, axis.name());
    }

    public Score constituent(Constituent constituent) {
        return find(constituents, constituent.name());
    }

    /** Every score: areas, axes, constituents and overall. */
    public List<Score> all() {
        List<Score> all = new ArrayList<>(areas);
        all.addAll(axes);
        all.addAll(constituents);
        all.add(overall);
        return all;
    }

    private static Score find(List<Score> scores, String id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Scores the findings (waived ones ignored) with what each score covers: the rules of
     * {@code book} that could lower it, and which of them were assessed (those not in
     * {@code notAssessed}). Indicators from the profile, judged by the policy.
     */
    public static Scorecard of(List<Finding> findings, RuleBook book, Set<String> notAssessed,
                               OrganisationProfile profile, AssessmentPolicy policy) {
        return compose(findings, book, notAssessed, indicators(profile, policy));
    }

    /** Scores of findings alone, every built-in rule counted as assessed, without indicators (tests, comparisons). */
    public static Scorecard of(List<Finding> findings) {
        return compose(findings, RuleBook.builtIn(), Set.of(), List.of());
    }

    /** An open finding that harms some area: its key and the areas. */
    private record Harm(String key, Set<ResponsibilityArea> areas) {
        boolean harmsAny(Set<ResponsibilityArea> parts) {
            for (ResponsibilityArea a : areas) {
                if (parts.contains(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The rules that could lower each area, and which of them were assessed. */
    private record Reach(RuleBook book, Set<String> notAssessed) {
        /** {@code parts} becomes a key of the book's cache: it must not change afterwards. */
        Coverage coverage(Set<ResponsibilityArea> parts) {
            Set<String> rules = book.rulesReachingAny(parts);
            int silent = 0;
            for (String rule : notAssessed) {
                if (rules.contains(rule)) {
                    silent++;
                }
            }
            return new Coverage(rules.size() - silent, rules.size());
        }
    }

    /** The areas a rule's findings could harm: its own, and for a rule about constituents those of every duty. */
    static Set<ResponsibilityArea> areasReachedBy(RuleDescriptor rule) {
        Set<ResponsibilityArea> areas = EnumSet.noneOf(ResponsibilityArea.class);
        areas.addAll(rule.harms());
        if (rule.subjectKind() == SubjectKind.CONSTITUENT) {
            for (Constituent c : Constituent.values()) {
                areas.addAll(rule.harmsFor(c.name()));
            }
        }
        return areas;
    }

    private static Scorecard compose(List<Finding> findings, RuleBook book, Set<String> notAssessed,
                                     List<IndicatorStatus> indicatorStatuses) {
        // Keys sorted once; each score's "lowered by" is a filter of this list, in key order.
        Map<String, Set<ResponsibilityArea>> byKey = new java.util.TreeMap<>();
        for (Finding f : findings) {
            if (!f.waived() && !f.harms().isEmpty()) {
                byKey.computeIfAbsent(f.key(), k -> EnumSet.noneOf(ResponsibilityArea.class)).addAll(f.harms());
            }
        }
        List<Harm> harms = new ArrayList<>(byKey.size());
        byKey.forEach((key, areas) -> harms.add(new Harm(key, areas)));
        Reach reach = new Reach(book, notAssessed);
        RoleCatalogue catalogue = RoleCatalogue.standard();
        List<Score> areas = scoreAreas(findings, harms, reach);
        Map<ResponsibilityArea, Score> byArea = new EnumMap<>(ResponsibilityArea.class);
        areas.forEach(s -> byArea.put(ResponsibilityArea.valueOf(s.id()), s));
        List<Score> axisScores = new ArrayList<>();
        for (MissionAxis axis : MissionAxis.values()) {
            axisScores.add(mean(axis.name(), axis.title(), catalogue.areasOf(axis), byArea, harms, reach));
        }
        List<Score> constituentScores = new ArrayList<>();
        for (Constituent c : Constituent.values()) {
            List<ResponsibilityArea> duties = catalogue.responsibilitiesOf(c).stream().map(Responsibility::area)
                    .toList();
            constituentScores.add(mean(c.name(), c.title(), duties, byArea, harms, reach));
        }
        Score overall = mean("OVERALL", "Overall", List.of(ResponsibilityArea.values()), byArea, harms, reach);
        return new Scorecard(areas, axisScores, constituentScores, overall, indicatorStatuses);
    }

    private static List<Score> scoreAreas(List<Finding> findings, List<Harm> harms, Reach reach) {
        int[][] counts = new int[ResponsibilityArea.values().length][Severity.values().length];
        for (Finding f : findings) {
            if (!f.waived()) {
                for (ResponsibilityArea area : f.harms()) {
                    counts[area.ordinal()][f.severity().ordinal()]++;
                }
            }
        }
        List<Score> scores = new ArrayList<>();
        for (ResponsibilityArea area : ResponsibilityArea.values()) {
            Set<ResponsibilityArea> only = EnumSet.of(area);
            Coverage coverage = reach.coverage(only);
            OptionalDouble value = OptionalDouble.empty();
            if (coverage.any()) {
                // Exact decimal powers of the per-severity factors: depends only on the counts, so on
                // no order, and rounding does not depend on binary fractions like 0.85.
                BigDecimal score = BigDecimal.valueOf(ScoringWeights.FULL_SCORE);
                for (Severity severity : Severity.values()) {
                    int n = counts[area.ordinal()][severity.ordinal()];
                    if (n > 0) {
                        score = score.multiply(BigDecimal.valueOf(100 - ScoringWeights.weight(severity), 2).pow(n));
                    }
                }
                value = OptionalDouble.of(score.setScale(1, RoundingMode.HALF_UP).doubleValue());
            }
            scores.add(new Score(area.name(), area.title(), value, loweredBy(harms, only), coverage));
        }
        return scores;
    }

    /**
     * The mean of the scores of the assessed areas among {@code parts} (an area counts once per
     * time it is listed); not assessed when none of them is.
     */
    private static Score mean(String id, String title, List<ResponsibilityArea> parts,
                              Map<ResponsibilityArea, Score> byArea, List<Harm> harms, Reach reach) {
        double sum = 0;
        int counted = 0;
        for (ResponsibilityArea a : parts) {
            OptionalDouble v = byArea.get(a).value();
            if (v.isPresent()) {
                sum += v.getAsDouble();
                counted++;
            }
        }
        // One set of the parts for both: the rules that reach them and the findings that lower them.
        Set<ResponsibilityArea> areas = parts.isEmpty() ? EnumSet.noneOf(ResponsibilityArea.class)
                : EnumSet.copyOf(parts);
        Coverage coverage = reach.coverage(areas);
        OptionalDouble value = counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(sum / counted));
        if (counted == 0 && coverage.any()) {
            throw new IllegalStateException(id + ": rules assessed but no area assessed");
        }
        return new Score(id, title, value,
                loweredBy(harms, areas),
                coverage);
    }

    private static List<String> loweredBy(List<Harm> harms, Set<ResponsibilityArea> parts) {
        List<String> keys = new ArrayList<>();
        for (Harm h : harms) {
            if (h.harmsAny(parts)) {
                keys.add(h.key());
            }
        }
        return keys;
    }

    /** One decimal, half up: a monotone rounding, so roll-ups stay monotone. */
    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static List<IndicatorStatus> indicators(OrganisationProfile profile, AssessmentPolicy policy) {
        if (profile.indicators().isEmpty()) {
            return List.of();
        }
        List<IndicatorStatus> statuses = new ArrayList<>();
        for (PerformanceIndicator indicator : PerformanceIndicator.values()) {
            Optional<IndicatorReading> latest = profile.indicators().get().stream()
                    .filter(r -> r.indicator() == indicator)
                    .max(Comparator.comparing(IndicatorReading::measuredOn).thenComparing(IndicatorReading::value));
            boolean stale = latest.map(r -> ChronoUnit.DAYS.between(r.measuredOn(),
                    profile.organisation().assessedOn()) > policy.indicatorMaxAgeDays()).orElse(true);
            statuses.add(new IndicatorStatus(indicator, latest.map(IndicatorReading::value),
                    latest.map(IndicatorReading::measuredOn), policy.indicatorTarget(), stale));
        }
        return statuses;
    }
}
