package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.daysAgo;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyReadingsExcept;
import static org.ctorole.rules.Profiles.reading;
import static org.ctorole.model.catalogue.PerformanceIndicator.EMPLOYEE_SATISFACTION;

import java.util.ArrayList;
import java.util.List;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.OrganisationProfile;
import org.junit.jupiter.api.Test;

/** Mirrors indicators.drl: stale-indicator (never measured; latest reading too old), low-indicator. */
class IndicatorRulesTest {

    /** The healthy readings with EMPLOYEE_SATISFACTION read as given, in the order given. */
    private static OrganisationProfile.Builder satisfaction(IndicatorReading... readings) {
        List<IndicatorReading> all = new ArrayList<>(List.of(readings));
        all.addAll(healthyReadingsExcept(EMPLOYEE_SATISFACTION));
        return healthy().indicators(all);
    }

    // ---- stale-indicator

    @Test
    void staleIndicatorNeverMeasured() {
        Assessment a = assess(satisfaction());

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
        Finding f = reported(a, "stale-indicator", "EMPLOYEE_SATISFACTION");
        assertThat(f.evidenceValues()).containsExactly(entry("lastMeasuredOn", null),
                entry("ratedBy", "the heads of the other departments"), entry("indicatorMaxAgeDays", 90L),
                entry("policy", SCALEUP));
        assertThat(f.message()).contains("never");
        // A first reading, not "again": who gives it, and how often.
        assertThat(f.recommendation()).isEqualTo("Take a first reading of Employee satisfaction on the 1 to 5 scale,"
                + " from the heads of the other departments, and repeat it at least every 90 days (each quarter suits"
                + " all three indicators).");
    }

    @Test
    void staleIndicatorLastMeasured91DaysAgo() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.0, 91)));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
        Finding f = reported(a, "stale-indicator", "EMPLOYEE_SATISFACTION");
        assertThat(f.evidenceValues()).containsExactly(entry("lastMeasuredOn", daysAgo(91)), entry("ageDays", 91L),
                entry("ratedBy", "the heads of the other departments"), entry("indicatorMaxAgeDays", 90L),
                entry("policy", SCALEUP));
        assertThat(f.message()).contains("91");
        assertThat(f.recommendation()).startsWith("Take a new reading of Employee satisfaction now, from the heads of"
                + " the other departments");
    }

    @Test
    void staleIndicatorDoesNotFireWhenLastMeasured90DaysAgo() {
        assertThat(keys(assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.0, 90))))).isEmpty();
    }

    @Test
    void staleIndicatorReadsTheLatestReading() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.0, 400),
                reading(EMPLOYEE_SATISFACTION, 4.0, 20), reading(EMPLOYEE_SATISFACTION, 4.0, 200)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void staleIndicatorReportsTheLatestOfSeveralOldReadings() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.0, 400),
                reading(EMPLOYEE_SATISFACTION, 4.0, 120), reading(EMPLOYEE_SATISFACTION, 4.0, 200)));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
        assertThat(reported(a, "stale-indicator", "EMPLOYEE_SATISFACTION").evidenceValues()).containsEntry("ageDays", 120L);
    }

    // ---- low-indicator

    @Test
    void lowIndicatorAt29() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 2.9, 5)));

        assertThat(keys(a)).containsExactlyInAnyOrder("low-indicator EMPLOYEE_SATISFACTION MEDIUM");
        Finding f = reported(a, "low-indicator", "EMPLOYEE_SATISFACTION");
        assertThat(f.evidenceValues()).containsExactly(entry("value", 2.9), entry("measuredOn", daysAgo(5)),
                entry("ratedBy", "the heads of the other departments"), entry("axis", "Technical evangelist"),
                entry("pillar", "Translation excellence"), entry("indicatorTarget", 3.0), entry("policy", SCALEUP));
        assertThat(f.message()).contains("2.9");
        // Where to look: the findings of the indicator's axis, and the pillar whose practices raise it.
        assertThat(f.recommendation()).isEqualTo("Find out from the heads of the other departments what lowers"
                + " Employee satisfaction. Look first at the findings that harm the areas of the axis \"Technical"
                + " evangelist\" in the scorecard, and at the practices of the pillar \"Translation excellence\";"
                + " agree one change to make before the next reading.");
    }

    @Test
    void lowIndicatorDoesNotFireAt30() {
        assertThat(keys(assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 3.0, 5))))).isEmpty();
    }

    @Test
    void lowIndicatorReadsTheLatestReadingByMeasuredOn() {
        // the latest (5 days ago) is low; it is listed after an older good one
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.5, 30), reading(EMPLOYEE_SATISFACTION, 2.0, 5),
                reading(EMPLOYEE_SATISFACTION, 4.0, 60)));

        assertThat(keys(a)).containsExactlyInAnyOrder("low-indicator EMPLOYEE_SATISFACTION MEDIUM");
        assertThat(reported(a, "low-indicator", "EMPLOYEE_SATISFACTION").evidenceValues()).containsEntry("value", 2.0)
                .containsEntry("measuredOn", daysAgo(5));
    }

    @Test
    void lowIndicatorDoesNotFireForAnOlderLowReading() {
        // the low reading is listed first, but a later good one supersedes it
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 1.0, 30), reading(EMPLOYEE_SATISFACTION, 4.0, 5)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void lowIndicatorAndStaleIndicatorBothFireOnAnOldLowReading() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 1.5, 100)));

        assertThat(keys(a)).containsExactlyInAnyOrder("low-indicator EMPLOYEE_SATISFACTION MEDIUM",
                "stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
    }

    @Test
    void lowIndicatorGivesOneFindingWhenTwoReadingsShareTheLatestDate() {
        Assessment forward = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 2.0, 5),
                reading(EMPLOYEE_SATISFACTION, 2.5, 5)));
        Assessment backward = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 2.5, 5),
                reading(EMPLOYEE_SATISFACTION, 2.0, 5)));

        assertThat(keys(forward)).containsExactly("low-indicator EMPLOYEE_SATISFACTION MEDIUM");
        assertThat(backward).isEqualTo(forward);
    }
}
