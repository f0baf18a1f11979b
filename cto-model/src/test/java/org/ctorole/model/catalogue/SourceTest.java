package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void prints_the_work_then_the_section() {
        Source source = new Source("\u201cA work\u201d (2016)", "§1.2 Technical Evangelist");

        assertThat(source).hasToString("\u201cA work\u201d (2016), §1.2 Technical Evangelist");
    }

    @Test
    void an_article_cites_its_title_author_publisher_and_year_where_known() {
        assertThat(Article.MISSION_OF_A_CTO.at("§3 CTO's time management"))
                .hasToString("\u201cWhat is a the mission of a CTO\u201d (blog post, 2016), §3 CTO's time management");
        assertThat(Article.WHAT_DOES_A_CTO_DO.citation())
                .isEqualTo("\u201cWhat Does a CTO Really Do? Examining the Evolving Role\u201d by Django Beatty (Fluxus)");
        assertThat(Article.TECH_LEADERS_LIKE_CEOS.citation())
                .isEqualTo("\u201cBuilding tech leaders who think like CEOs (and deliver like operators)\u201d");
    }

    @Test
    void a_source_names_its_article_back() {
        assertThat(Article.cited(Article.WHAT_IS_A_CTO.at("Over Reliance On Individuals"))).contains(Article.WHAT_IS_A_CTO);
        assertThat(Article.cited(new Source("house rules", "backups"))).isEmpty();
        assertThat(Article.byKey("Mission-Of-A-CTO")).contains(Article.MISSION_OF_A_CTO);
    }

    @Test
    void headings_are_matched_whole_or_with_an_added_note() {
        assertThat(Article.MISSION_OF_A_CTO.hasHeading("§4.3 Sales")).isTrue();
        assertThat(Article.MISSION_OF_A_CTO.hasHeading("§4.3 Sales, item 2")).isTrue();
        assertThat(Article.MISSION_OF_A_CTO.hasHeading("§4.3 Sal")).isFalse();
    }

    @Test
    void rejects_blank_work() {
        assertThatThrownBy(() -> new Source(" ", "§1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("work");
    }

    @Test
    void rejects_blank_section() {
        assertThatThrownBy(() -> new Source("a work", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section");
    }

    @Test
    void rejects_null_values() {
        assertThatThrownBy(() -> new Source(null, "§1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Source("a work", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equal_by_value() {
        assertThat(new Source("a", "§1")).isEqualTo(new Source("a", "§1"));
    }
}
