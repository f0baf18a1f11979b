package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.model.catalogue.MissionAxis.ENGINEERING_CULTURE;
import static org.ctorole.model.catalogue.MissionAxis.TECHNICAL_EVANGELISM;
import static org.ctorole.model.catalogue.MissionAxis.TECHNICAL_STRATEGY;
import static org.ctorole.model.catalogue.ResponsibilityArea.C_SUITE_REPRESENTATION;
import static org.ctorole.model.catalogue.ResponsibilityArea.CUSTOMER_RELATIONS;
import static org.ctorole.model.catalogue.ResponsibilityArea.MARKETING_AND_SALES;
import static org.ctorole.model.catalogue.ResponsibilityArea.OPERATIONAL_MANAGEMENT;
import static org.ctorole.model.catalogue.ResponsibilityArea.TEAM_BUILDING;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNICAL_LEADERSHIP;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_LED_GROWTH;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_TRENDS;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECH_STRATEGY;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RoleCatalogueTest {

    private final RoleCatalogue catalogue = RoleCatalogue.standard();

    @Test
    void one_shared_instance() {
        assertThat(RoleCatalogue.standard()).isSameAs(catalogue);
    }

    @Test
    void has_the_counts_of_the_articles() {
        assertThat(catalogue.axes()).hasSize(3);
        assertThat(catalogue.constituents()).hasSize(5);
        assertThat(catalogue.areas()).hasSize(9);
        assertThat(catalogue.responsibilities()).hasSize(27);
        assertThat(catalogue.indicators()).hasSize(3);
        assertThat(catalogue.pillars()).hasSize(4);
        assertThat(catalogue.timeline()).hasSize(5);
        assertThat(catalogue.skills()).hasSize(10);
        assertThat(catalogue.entries()).hasSize(3 + 5 + 9 + 27 + 3 + 4 + 5 + 10);
    }

    @Test
    void duties_per_constituent_follow_section_4_of_the_mission() {
        assertThat(catalogue.responsibilitiesOf(Constituent.CEO_STRATEGY)).hasSize(4);
        assertThat(catalogue.responsibilitiesOf(Constituent.ENGINEERING_PRODUCT)).hasSize(9);
        assertThat(catalogue.responsibilitiesOf(Constituent.SALES)).hasSize(3);
        assertThat(catalogue.responsibilitiesOf(Constituent.BUSINESS_DEVELOPMENT)).hasSize(6);
        assertThat(catalogue.responsibilitiesOf(Constituent.MARKETING)).hasSize(5);
    }

    @Test
    void responsibility_sources_number_the_items_of_their_constituent_section() {
        for (Constituent constituent : catalogue.constituents()) {
            List<Responsibility> duties = catalogue.responsibilitiesOf(constituent);
            for (int i = 0; i < duties.size(); i++) {
                assertThat(duties.get(i).source()).isEqualTo(new Source(
                        constituent.source().work(),
                        constituent.source().section() + ", item " + (i + 1)));
            }
        }
    }

    @Test
    void areas_are_the_nine_of_the_list_in_order() {
        assertThat(catalogue.areas()).extracting(CatalogueEntry::id).containsExactly(
                "TECH_STRATEGY", "TECHNOLOGY_TRENDS", "TEAM_BUILDING", "TECHNICAL_LEADERSHIP",
                "OPERATIONAL_MANAGEMENT", "CUSTOMER_RELATIONS", "C_SUITE_REPRESENTATION",
                "MARKETING_AND_SALES", "TECHNOLOGY_LED_GROWTH");
    }

    @Test
    void areas_roll_up_to_axes() {
        assertThat(catalogue.areasOf(TECHNICAL_STRATEGY)).containsExactly(
                TECH_STRATEGY, TECHNOLOGY_TRENDS, C_SUITE_REPRESENTATION, TECHNOLOGY_LED_GROWTH);
        assertThat(catalogue.areasOf(TECHNICAL_EVANGELISM))
                .containsExactly(CUSTOMER_RELATIONS, MARKETING_AND_SALES);
        assertThat(catalogue.areasOf(ENGINEERING_CULTURE))
                .containsExactly(TEAM_BUILDING, TECHNICAL_LEADERSHIP, OPERATIONAL_MANAGEMENT);
    }

    @Test
    void every_area_has_a_responsibility_and_every_axis_an_area() {
        for (ResponsibilityArea area : catalogue.areas()) {
            assertThat(catalogue.responsibilitiesOf(area)).as(area.id()).isNotEmpty();
        }
        for (MissionAxis axis : catalogue.axes()) {
            assertThat(catalogue.areasOf(axis)).as(axis.id()).isNotEmpty();
            assertThat(catalogue.responsibilitiesOf(axis)).as(axis.id()).isNotEmpty();
        }
    }

    @Test
    void responsibilities_per_area_and_axis() {
        assertThat(catalogue.areas()).extracting(a -> catalogue.responsibilitiesOf(a).size())
                .containsExactly(3, 3, 2, 4, 2, 3, 2, 6, 2);
        assertThat(catalogue.responsibilitiesOf(TECHNICAL_STRATEGY)).hasSize(10);
        assertThat(catalogue.responsibilitiesOf(TECHNICAL_EVANGELISM)).hasSize(9);
        assertThat(catalogue.responsibilitiesOf(ENGINEERING_CULTURE)).hasSize(8);
    }

    @Test
    void a_responsibility_serves_the_axis_of_its_area() {
        for (Responsibility r : catalogue.responsibilities()) {
            assertThat(r.axis()).as(r.id()).isEqualTo(r.area().axis());
        }
    }

    @Test
    void business_constituents_are_sales_business_development_and_marketing() {
        assertThat(catalogue.constituents()).filteredOn(Constituent::isBusiness).containsExactly(
                Constituent.SALES, Constituent.BUSINESS_DEVELOPMENT, Constituent.MARKETING);
    }

    @Test
    void every_entry_has_title_summary_and_cites_a_heading_of_an_article() {
        assertThat(catalogue.entries()).allSatisfy(entry -> {
            assertThat(entry.id()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(entry.title()).as(entry.id()).isNotBlank();
            assertThat(entry.summary()).as(entry.id()).isNotBlank();
            assertThat(entry.source()).as(entry.id()).isNotNull();
            Article article = Article.cited(entry.source()).orElseThrow(() -> new AssertionError(entry.id()
                    + " cites no known article: " + entry.source()));
            assertThat(article.hasHeading(entry.source().section())).as(entry.id() + ": " + entry.source()).isTrue();
            assertThat(entry.sources()).as(entry.id()).startsWith(entry.source());
        });
    }

    @Test
    void entries_come_in_a_fixed_order_by_kind() {
        List<CatalogueEntry> entries = catalogue.entries();

        assertThat(entries.get(0)).isEqualTo(MissionAxis.TECHNICAL_STRATEGY);
        assertThat(entries.get(3)).isEqualTo(Constituent.CEO_STRATEGY);
        assertThat(entries.get(8)).isEqualTo(ResponsibilityArea.TECH_STRATEGY);
        assertThat(entries.get(17)).isEqualTo(Responsibility.ANTICIPATE_TECHNICAL_INFLECTION_POINTS);
        assertThat(entries.get(entries.size() - 1)).isEqualTo(Skill.LEADERSHIP_DEVELOPMENT);
        assertThat(RoleCatalogue.standard().entries()).isEqualTo(entries);
    }

    @Test
    void entry_finds_any_kind_by_id() {
        assertThat(catalogue.entry("SALES")).contains(Constituent.SALES);
        assertThat(catalogue.entry("TECH_STRATEGY")).contains(ResponsibilityArea.TECH_STRATEGY);
        assertThat(catalogue.entry("TECHNICAL_STRATEGY")).contains(MissionAxis.TECHNICAL_STRATEGY);
        assertThat(catalogue.entry("MONTH_6")).contains(TimelineStage.MONTH_6);
        assertThat(catalogue.entry("DELEGATION")).contains(Skill.DELEGATION);
    }

    @Test
    void entry_is_empty_for_unknown_lower_case_or_null_ids() {
        assertThat(catalogue.entry("NO_SUCH_ENTRY")).isEmpty();
        assertThat(catalogue.entry("sales")).isEmpty();
        assertThat(catalogue.entry("")).isEmpty();
        assertThat(catalogue.entry(null)).isEmpty();
    }

    @Test
    void queries_reject_null_keys() {
        assertThatThrownBy(() -> catalogue.responsibilitiesOf((Constituent) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> catalogue.areasOf(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void every_returned_list_is_unmodifiable() {
        List<Supplier<List<?>>> lists = List.of(
                catalogue::entries, catalogue::axes, catalogue::constituents, catalogue::areas,
                catalogue::responsibilities, catalogue::indicators, catalogue::pillars,
                catalogue::timeline, catalogue::skills,
                () -> catalogue.responsibilitiesOf(Constituent.SALES),
                () -> catalogue.responsibilitiesOf(TECHNICAL_STRATEGY),
                () -> catalogue.responsibilitiesOf(TEAM_BUILDING),
                () -> catalogue.areasOf(ENGINEERING_CULTURE));
        for (Supplier<List<?>> list : lists) {
            assertThatThrownBy(() -> list.get().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
