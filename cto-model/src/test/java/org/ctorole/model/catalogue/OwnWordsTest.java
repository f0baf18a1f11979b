package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ctorole.model.catalogue.ArticleFingerprint.Word;
import org.junit.jupiter.api.Test;

/**
 * The project says things in its own words: no run of {@value ArticleFingerprint#RUN} or more
 * consecutive words of Java code and comments, DRL, documentation or example profiles is shared
 * with one of the source articles. Words are compared normalised (see {@link ArticleFingerprint}),
 * across line breaks and string concatenations. Headings and titles of the articles (short titles,
 * and headings without their section numbers, included), which citations quote on purpose, are left
 * out before comparing.
 *
 * <p>The articles are not in the repository: the test compares against a fingerprint of them
 * (hashes of their word runs, {@code src/test/resources/org/ctorole/model/catalogue/article-fingerprint.txt}).
 * To remake it when the articles are at hand, save each as plain text in one folder, named by its
 * key ({@code what-is-a-cto.txt}, {@code mission-of-a-cto.txt}, {@code what-does-a-cto-do.txt},
 * {@code tech-leaders-like-ceos.txt}; see {@link Article#key()}), and run from the repository root:
 *
 * <pre>
 * mvn -pl cto-model test -Dtest=OwnWordsTest -Dsurefire.failIfNoSpecifiedTests=false -Dctorole.articles=FOLDER
 * </pre>
 *
 * which rewrites the fingerprint before the tests read it (commit the result, never the articles).
 */
class OwnWordsTest {
    /** The repository, seen from the cto-model module. */
    static final Path ROOT = Path.of("..");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", ".idea", ".mvn", "node_modules");
    private static final Set<String> TEXT_FILES = Set.of("java", "drl", "md", "yaml", "yml", "json", "xml",
            "properties", "sh", "tsv", "csv");

    @Test
    void theFingerprintCoversTheFourArticles() {
        assertThat(fingerprint().articles()).containsExactlyInAnyOrder("what-is-a-cto", "mission-of-a-cto",
                "what-does-a-cto-do", "tech-leaders-like-ceos");
    }

    @Test
    void noTextOfTheProjectSharesARunOfEightWordsWithAnArticle() throws IOException {
        List<String> shared = new ArrayList<>();
        for (Path file : projectTexts()) {
            shared.addAll(sharedRuns(fingerprint(), ROOT.relativize(file).toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }

        assertThat(shared).as("runs of %d words shared with a source article: say it in the project's own words",
                ArticleFingerprint.RUN).isEmpty();
    }

    @Test
    void aCopiedSentenceIsFoundAcrossLinesAndConcatenationsAndAQuotedHeadingIsNot() {
        // A made-up article stands in for a real one: the same checks run against its fingerprint.
        ArticleFingerprint madeUp = ArticleFingerprint.of(java.util.Map.of("what-is-a-cto",
                "Over Reliance On Individuals\nThe quick brown fox jumps over the lazy dog every single morning.\n"));
        String java = "String s = \"The quick brown fox\"\n        + \" jumps over the lazy dog\";";

        assertThat(sharedRuns(madeUp, "A.java", java))
                .containsExactly("A.java:1: \"the quick brown fox jumps over the lazy\" is in what-is-a-cto");
        assertThat(sharedRuns(madeUp, "B.java", "the quick brown fox jumps over a lazy dog")).isEmpty();
        // Quoting every heading and title of every article, as citations do, shares nothing.
        StringBuilder citations = new StringBuilder();
        for (Article a : Article.values()) {
            citations.append(a.title()).append(": ").append(String.join(", ", a.headings())).append('\n');
        }
        assertThat(sharedRuns(fingerprint(), "citations", citations.toString())).isEmpty();
    }

    @Test
    void wordsAreComparedNormalised() {
        assertThat(ArticleFingerprint.plainWords("The CTO\u2019s \"Get StartedFour\" + \"day-2-day\" §4.2"))
                .containsExactly("the", "ctos", "get", "started", "four", "day", "2", "day", "4", "2");
    }

    private static ArticleFingerprint fingerprint() {
        return ArticleFingerprint.load();
    }

    /** Every text file of the repository but the fingerprint itself, build output and version control left out. */
    static List<Path> projectTexts() throws IOException {
        Path fingerprint = ArticleFingerprint.SOURCE_FILE.toAbsolutePath().normalize();
        List<Path> texts = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                Path name = dir.getFileName();
                return name != null && SKIPPED_FOLDERS.contains(name.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (attributes.isRegularFile() && dot > 0 && TEXT_FILES.contains(name.substring(dot + 1))
                        && !file.toAbsolutePath().normalize().equals(fingerprint)) {
                    texts.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        texts.sort(null);
        return texts;
    }

    /** The runs of a text (without its citations of headings and titles) that an article shares, as messages. */
    static List<String> sharedRuns(ArticleFingerprint fingerprint, String name, String text) {
        List<Word> words = ArticleFingerprint.words(text);
        boolean[] cited = citations(words);
        List<String> shared = new ArrayList<>();
        int lastReported = -1;
        for (int i = 0; i + ArticleFingerprint.RUN <= words.size(); i++) {
            if (anyCited(cited, i)) {
                continue;
            }
            List<String> run = words.subList(i, i + ArticleFingerprint.RUN).stream().map(Word::text).toList();
            List<String> articles = fingerprint.articlesSharing(run);
            if (!articles.isEmpty() && i > lastReported) {
                shared.add(name + ":" + line(text, words.get(i).offset()) + ": \"" + String.join(" ", run)
                        + "\" is in " + String.join(", ", articles));
                lastReported = i + ArticleFingerprint.RUN - 1; // one message per stretch of shared words
            }
        }
        return shared;
    }

    private static boolean anyCited(boolean[] cited, int from) {
        for (int k = from; k < from + ArticleFingerprint.RUN; k++) {
            if (cited[k]) {
                return true;
            }
        }
        return false;
    }

    /** Marks the words that quote a heading or a title of an article: citations are left out. */
    private static boolean[] citations(List<Word> words) {
        boolean[] cited = new boolean[words.size()];
        List<List<String>> quoted = new ArrayList<>();
        for (Article a : Article.values()) {
            quoted.add(ArticleFingerprint.plainWords(a.title()));
            // A short title is a citation too: up to a parenthesis or the first question mark.
            for (String end : List.of(" (", "?")) {
                int cut = a.title().indexOf(end);
                if (cut > 0) {
                    quoted.add(ArticleFingerprint.plainWords(a.title().substring(0, cut)));
                }
            }
            for (String heading : a.headings()) {
                List<String> headingWords = ArticleFingerprint.plainWords(heading);
                quoted.add(headingWords);
                // "§4.1 CEO/Strategy" is also quoted without its number, as a name: "CEO_STRATEGY".
                int number = 0;
                while (number < headingWords.size() && headingWords.get(number).chars().allMatch(Character::isDigit)) {
                    number++;
                }
                if (number > 0) {
                    quoted.add(headingWords.subList(number, headingWords.size()));
                }
            }
        }
        for (List<String> q : quoted) {
            if (q.size() < 2) {
                continue; // a one-word heading cannot make a run on its own
            }
            for (int i = 0; i + q.size() <= words.size(); i++) {
                boolean match = true;
                for (int k = 0; k < q.size() && match; k++) {
                    match = words.get(i + k).text().equals(q.get(k));
                }
                if (match) {
                    for (int k = 0; k < q.size(); k++) {
                        cited[i + k] = true;
                    }
                }
            }
        }
        return cited;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
