package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctorole.model.catalogue.Article;
import org.ctorole.model.catalogue.Source;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule cites places a reader can find: a heading of one of the articles (checked
 * against the articles themselves by cto-model's ArticleHeadingsTest), a section of this project's
 * rules reference, or one of the few other works listed here with the section that supports it.
 */
class RuleSourcesTest {
    private static final Path RULES_REFERENCE = Path.of("..", "docs", "rules.md");
    private static final String OWN_REFERENCE = "ctorole rules reference (docs/rules.md)";
    /** Works cited beyond the articles, each for what the articles do not say. */
    private static final Map<String, List<String>> OTHER_WORKS = Map.of(
            "NIST SP 800-53 Rev. 4, Security and Privacy Controls for Federal Information Systems and Organizations"
                    + " (NIST, 2013)", List.of("CP-6 Alternate Storage Site"));

    @Test
    void everySourceNamesAHeadingOfItsArticleOrAKnownPlace() throws IOException {
        String reference = Files.readString(RULES_REFERENCE);
        List<String> wrong = new ArrayList<>();
        for (RuleDescriptor rule : RuleBook.builtIn().rules()) {
            for (Source s : rule.sources()) {
                boolean ok = Article.cited(s).map(a -> a.hasHeading(s.section()))
                        .orElseGet(() -> s.work().equals(OWN_REFERENCE) ? reference.contains("\n## " + s.section() + "\n")
                                : OTHER_WORKS.getOrDefault(s.work(), List.of()).contains(s.section()));
                if (!ok) {
                    wrong.add(rule.id() + ": " + s);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCitationsTheIssueFoundWrongNowPointElsewhere() {
        // Waivers are this project's mechanism; an offsite copy is not in the articles' backup lines.
        assertThat(sections("expired-waiver")).containsExactly(OWN_REFERENCE + ", Waivers");
        assertThat(sections("no-offsite-copy")).first().asString().startsWith("NIST SP 800-53 Rev. 4");
        // The over-reliance section is about experts hoarding knowledge, not about deputies or nobody knowing.
        assertThat(sections("no-deputy")).noneMatch(s -> s.contains("Over Reliance"));
        assertThat(sections("orphaned-knowledge")).noneMatch(s -> s.contains("Over Reliance"));
        assertThat(sections("low-truck-factor")).anyMatch(s -> s.contains("Avelino"));
        // The reporting line is not the "close relationship" of the CEO section: that is infrequent-ceo-contact's.
        assertThat(sections("distant-from-ceo")).noneMatch(s -> s.contains("relationship like between CEO"));
        assertThat(sections("infrequent-ceo-contact")).anyMatch(s -> s.contains("relationship like between CEO"));
    }

    private static List<String> sections(String ruleId) {
        return RuleBook.builtIn().rule(ruleId).orElseThrow().sources().stream().map(Source::toString).toList();
    }
}
