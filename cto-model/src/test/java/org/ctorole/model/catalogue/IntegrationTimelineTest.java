package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntegrationTimelineTest {

    @Test
    void pillars_have_the_practices_the_article_lists() {
        assertThat(IntegrationPillar.STRATEGIC_CO_CREATION.practices()).hasSize(2);
        assertThat(IntegrationPillar.OUTCOME_ACCOUNTABILITY.practices()).hasSize(4);
        assertThat(IntegrationPillar.INFORMATION_ALIGNMENT.practices()).hasSize(2);
        assertThat(IntegrationPillar.TRANSLATION_EXCELLENCE.practices()).hasSize(4);
    }

    @Test
    void pillars_contrast_two_non_blank_approaches_and_cite_their_pillar() {
        List<String> ordinals = List.of("one", "two", "three", "four");
        for (IntegrationPillar pillar : IntegrationPillar.values()) {
            assertThat(pillar.traditionalApproach()).as(pillar.id()).isNotBlank();
            assertThat(pillar.integratedApproach()).as(pillar.id()).isNotBlank()
                    .isNotEqualTo(pillar.traditionalApproach());
            assertThat(pillar.practices()).as(pillar.id()).allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(Article.cited(pillar.source())).contains(Article.TECH_LEADERS_LIKE_CEOS);
            assertThat(pillar.source().section())
                    .startsWith("Pillar " + ordinals.get(pillar.ordinal()) + ":");
        }
    }

    @Test
    void timeline_starts_after_zero_30_60_90_180_days() {
        assertThat(RoleCatalogue.standard().timeline())
                .extracting(TimelineStage::startsAfterDays)
                .containsExactly(0, 30, 60, 90, 180);
    }

    @Test
    void timeline_stages_put_in_place_their_pillar() {
        assertThat(TimelineStage.WEEK_1.pillar()).isEmpty();
        assertThat(TimelineStage.MONTH_1.pillar()).contains(IntegrationPillar.STRATEGIC_CO_CREATION);
        assertThat(TimelineStage.MONTH_2.pillar()).contains(IntegrationPillar.OUTCOME_ACCOUNTABILITY);
        assertThat(TimelineStage.MONTH_3.pillar()).contains(IntegrationPillar.TRANSLATION_EXCELLENCE);
        assertThat(TimelineStage.MONTH_6.pillar()).isEqualTo(Optional.empty());
    }

    @Test
    void every_stage_has_actions_and_an_expected_outcome() {
        for (TimelineStage stage : TimelineStage.values()) {
            assertThat(stage.actions()).as(stage.id()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a).isNotBlank());
            assertThat(stage.expectedOutcome()).as(stage.id()).isNotBlank();
            assertThat(Article.cited(stage.source())).contains(Article.TECH_LEADERS_LIKE_CEOS);
        }
    }

    @Test
    void practices_and_actions_are_unmodifiable() {
        assertThatThrownBy(() -> IntegrationPillar.STRATEGIC_CO_CREATION.practices().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TimelineStage.WEEK_1.actions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
