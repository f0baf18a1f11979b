package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Citations name real places in the articles: every heading {@link Article} lists is a heading of
 * the article (checked against the fingerprint of its short lines, see {@link ArticleFingerprint}),
 * and every source of the catalogue names one of those headings, optionally with a note after a
 * comma ({@code "§4.2 Engineering/Product, item 6"}).
 */
class ArticleHeadingsTest {
    private static final ArticleFingerprint FINGERPRINT = ArticleFingerprint.load();

    @Test
    void everyListedHeadingIsAHeadingOfItsArticle() {
        List<String> unknown = new ArrayList<>();
        for (Article article : Article.values()) {
            if (!FINGERPRINT.articles().contains(article.key())) {
                continue;
            }
            for (String heading : article.headings()) {
                if (!FINGERPRINT.hasHeading(article.key(), heading)) {
                    unknown.add(article.key() + ": " + heading);
                }
            }
        }
        assertThat(unknown).as("headings that are no line of their article").isEmpty();
    }

    @Test
    void theTitleOfEachArticleIsOneOfItsLines() {
        for (Article article : Article.values()) {
            if (FINGERPRINT.articles().contains(article.key())) {
                assertThat(FINGERPRINT.hasHeading(article.key(), article.title())).as(article.key()).isTrue();
            }
        }
    }

    @Test
    void theTruckFactorPaperIsCitedOnlyWhereCheckedItsAbstract() {
        // Its full text is not at hand; the abstract (title, authors, venue, definition) is what was checked.
        assertThat(Article.AVELINO_2016.headings()).containsExactly("Abstract");
    }

    @Test
    void aMadeUpHeadingIsNotFound() {
        assertThat(FINGERPRINT.hasHeading("what-is-a-cto", "What Is A CTO Really Like On Mondays?")).isFalse();
        assertThat(FINGERPRINT.hasHeading("mission-of-a-cto", "§3.2 Technical: 60% of time")).isTrue();
        assertThat(FINGERPRINT.hasHeading("mission-of-a-cto", "§3.2 Technical: 70% of time")).isFalse();
    }

    @Test
    void everySourceOfTheCatalogueNamesAHeadingOfAnArticle() {
        List<String> wrong = new ArrayList<>();
        for (CatalogueEntry entry : RoleCatalogue.standard().entries()) {
            assertThat(entry.sources()).as(entry.id()).isNotEmpty().startsWith(entry.source());
            for (Source source : entry.sources()) {
                boolean known = Article.cited(source).map(a -> a.hasHeading(source.section())).orElse(false);
                if (!known) {
                    wrong.add(entry.id() + ": " + source);
                }
            }
        }
        if (!Article.cited(TimeGuideline.STANDARD.source()).map(a -> a.hasHeading(
                TimeGuideline.STANDARD.source().section())).orElse(false)) {
            wrong.add("TimeGuideline: " + TimeGuideline.STANDARD.source());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theFiveTimelineRowsAreCitedAsRowsOfTheTableUnderReadyToRampUp() {
        assertThat(RoleCatalogue.standard().timeline()).extracting(s -> s.source().section()).containsExactly(
                "Ready to ramp up?, timeline, week one", "Ready to ramp up?, timeline, month one",
                "Ready to ramp up?, timeline, month two", "Ready to ramp up?, timeline, month three",
                "Ready to ramp up?, timeline, month six");
    }

    @Test
    void areasCiteTheirItemOfTheListOfNineFirst() {
        for (ResponsibilityArea area : ResponsibilityArea.values()) {
            assertThat(area.source()).isEqualTo(Article.WHAT_IS_A_CTO.at(
                    "9 Key Responsibilities of the CTO, item " + (area.ordinal() + 1)));
            assertThat(area.sources()).as(area.id()).hasSizeGreaterThan(1);
        }
        assertThat(RoleCatalogue.standard().areas().stream().flatMap(a -> a.sources().stream())
                .map(s -> Article.cited(s).orElseThrow()).distinct())
                .contains(Article.WHAT_DOES_A_CTO_DO, Article.MISSION_OF_A_CTO, Article.TECH_LEADERS_LIKE_CEOS);
    }
}
