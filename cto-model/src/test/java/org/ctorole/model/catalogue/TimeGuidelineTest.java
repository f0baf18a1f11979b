package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.model.catalogue.Constituent.BUSINESS_DEVELOPMENT;
import static org.ctorole.model.catalogue.Constituent.CEO_STRATEGY;
import static org.ctorole.model.catalogue.Constituent.ENGINEERING_PRODUCT;
import static org.ctorole.model.catalogue.Constituent.MARKETING;
import static org.ctorole.model.catalogue.Constituent.SALES;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimeGuidelineTest {

    private static final Source SOURCE = Article.MISSION_OF_A_CTO.at("§3 CTO's time management");

    @Test
    void standard_is_forty_business_sixty_technical() {
        TimeGuideline standard = TimeGuideline.STANDARD;

        assertThat(standard.businessPercent()).isEqualTo(40);
        assertThat(standard.technicalPercent()).isEqualTo(60);
        assertThat(standard.businessConstituents())
                .containsExactly(SALES, BUSINESS_DEVELOPMENT, MARKETING);
        assertThat(standard.technicalConstituents()).containsExactly(CEO_STRATEGY, ENGINEERING_PRODUCT);
        assertThat(Article.cited(standard.source())).contains(Article.MISSION_OF_A_CTO);
        assertThat(standard.source().section()).startsWith("§3");
    }

    @Test
    void standard_business_constituents_are_those_marked_business() {
        assertThat(TimeGuideline.STANDARD.businessConstituents())
                .containsExactlyInAnyOrderElementsOf(
                        EnumSet.copyOf(RoleCatalogue.standard().constituents().stream()
                                .filter(Constituent::isBusiness).toList()));
        for (Constituent c : Constituent.values()) {
            assertThat(TimeGuideline.STANDARD.isBusiness(c)).as(c.id()).isEqualTo(c.isBusiness());
        }
    }

    @Test
    void constituents_set_is_immutable_and_copied() {
        Set<Constituent> given = new HashSet<>(Set.of(SALES));
        TimeGuideline guideline = new TimeGuideline(30, 70, given, SOURCE);
        given.add(MARKETING);

        assertThat(guideline.businessConstituents()).containsExactly(SALES);
        assertThatThrownBy(() -> guideline.businessConstituents().add(MARKETING))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TimeGuideline.STANDARD.businessConstituents().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void percentages_must_add_up_to_one_hundred() {
        assertThatThrownBy(() -> new TimeGuideline(40, 50, Set.of(SALES), SOURCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeGuideline(-10, 110, Set.of(SALES), SOURCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimeGuideline(0, 100, Set.of(), SOURCE).technicalConstituents())
                .containsExactly(Constituent.values());
    }

    @Test
    void rejects_missing_parts() {
        assertThatThrownBy(() -> new TimeGuideline(40, 60, null, SOURCE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TimeGuideline(40, 60, Set.of(SALES), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void catalogue_exposes_the_standard_guideline() {
        assertThat(RoleCatalogue.standard().timeGuideline()).isSameAs(TimeGuideline.STANDARD);
    }
}
