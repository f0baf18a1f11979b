package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
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
        assertThat(f.evidenceValues()).containsExactly(entry("lastMeasuredOn", null), entry("indicatorMaxAgeDays", 90L));
        assertThat(f.message()).contains("never");
    }

    @Test
    void staleIndicatorLastMeasured91DaysAgo() {
        Assessment a = assess(satisfaction(reading(EMPLOYEE_SATISFACTION, 4.0, 91)));

        assertThat(keys(a)).containsExactlyInAnyOrder("stale-indicator EMPLOYEE_SATISFACTION MEDIUM");
        Finding f = reported(a, "stale-indicator", "EMPLOYEE_SATISFACTION");
        assertThat(f.evidenceValues()).containsExactly(entry("lastMeasuredOn", daysAgo(91)), entry("ageDays", 91L),
                entry("indicatorMaxAgeDays", 90L));
        assertThat(f.message()).contains("91");
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
                entry("indicatorTarget", 3.0));
        assertThat(f.message()).contains("2.9");
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
