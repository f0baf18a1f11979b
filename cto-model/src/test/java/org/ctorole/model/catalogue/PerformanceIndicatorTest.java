package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.model.catalogue.PerformanceIndicator.EMPLOYEE_SATISFACTION;
import static org.ctorole.model.catalogue.PerformanceIndicator.ENGINEERING_CULTURE_HEALTH;
import static org.ctorole.model.catalogue.PerformanceIndicator.TECH_STRATEGY_ALIGNMENT;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PerformanceIndicatorTest {

    @Test
    void every_indicator_is_scored_one_to_five_with_target_three() {
        for (PerformanceIndicator indicator : PerformanceIndicator.values()) {
            assertThat(indicator.scaleMin()).as(indicator.id()).isEqualTo(1.0);
            assertThat(indicator.scaleMax()).as(indicator.id()).isEqualTo(5.0);
            assertThat(indicator.target()).as(indicator.id()).isEqualTo(3.0);
            assertThat(indicator.staleAfterDays()).as(indicator.id()).isEqualTo(90);
        }
    }

    @Test
    void each_indicator_measures_its_own_axis() {
        assertThat(TECH_STRATEGY_ALIGNMENT.axis()).isEqualTo(MissionAxis.TECHNICAL_STRATEGY);
        assertThat(ENGINEERING_CULTURE_HEALTH.axis()).isEqualTo(MissionAxis.ENGINEERING_CULTURE);
        assertThat(EMPLOYEE_SATISFACTION.axis()).isEqualTo(MissionAxis.TECHNICAL_EVANGELISM);
    }

    @Test
    void each_indicator_says_who_rates_it_and_which_pillar_raises_it() {
        assertThat(TECH_STRATEGY_ALIGNMENT.ratedBy()).isEqualTo("the CEO and the executive team");
        assertThat(ENGINEERING_CULTURE_HEALTH.ratedBy()).contains("engineers").contains("VP of Engineering");
        assertThat(EMPLOYEE_SATISFACTION.ratedBy()).isEqualTo("the heads of the other departments");
        assertThat(TECH_STRATEGY_ALIGNMENT.pillar()).isEqualTo(IntegrationPillar.STRATEGIC_CO_CREATION);
        assertThat(ENGINEERING_CULTURE_HEALTH.pillar()).isEqualTo(IntegrationPillar.INFORMATION_ALIGNMENT);
        assertThat(EMPLOYEE_SATISFACTION.pillar()).isEqualTo(IntegrationPillar.TRANSLATION_EXCELLENCE);
    }

    @Test
    void cites_section_2_of_the_mission() {
        assertThat(TECH_STRATEGY_ALIGNMENT.source().section()).startsWith("§2.1");
        assertThat(ENGINEERING_CULTURE_HEALTH.source().section()).startsWith("§2.2");
        assertThat(EMPLOYEE_SATISFACTION.source().section()).startsWith("§2.3");
    }

    @Test
    void scale_bounds_are_inclusive() {
        assertThat(TECH_STRATEGY_ALIGNMENT.isOnScale(1.0)).isTrue();
        assertThat(TECH_STRATEGY_ALIGNMENT.isOnScale(5.0)).isTrue();
        assertThat(TECH_STRATEGY_ALIGNMENT.isOnScale(0.99)).isFalse();
        assertThat(TECH_STRATEGY_ALIGNMENT.isOnScale(5.01)).isFalse();
        assertThat(TECH_STRATEGY_ALIGNMENT.isOnScale(Double.NaN)).isFalse();
    }

    @Test
    void a_reading_ninety_days_old_is_current_and_ninety_one_is_stale() {
        LocalDate asOf = LocalDate.of(2026, 4, 1);

        assertThat(EMPLOYEE_SATISFACTION.isStale(asOf.minusDays(90), asOf)).isFalse();
        assertThat(EMPLOYEE_SATISFACTION.isStale(asOf.minusDays(91), asOf)).isTrue();
        assertThat(EMPLOYEE_SATISFACTION.isStale(asOf, asOf)).isFalse();
        assertThat(EMPLOYEE_SATISFACTION.isStale(asOf.plusDays(1), asOf)).isFalse();
    }
}
