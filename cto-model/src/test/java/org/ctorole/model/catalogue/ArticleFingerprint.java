package org.ctorole.model.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the build knows of the source articles without holding their text: for each article, the
 * hashes of every run of {@value #RUN} consecutive words (to find sentences of ours that follow
 * an article too closely) and the hashes of its short lines and their endings (to check that a
 * heading we cite is a heading of the article). Words are compared normalised: lower case, letters
 * and digits only, apostrophes dropped, camel case split. A hash is the first 64 bits of the
 * SHA-256 of the words joined by single spaces, so the fingerprint cannot be read back into text.
 *
 * <p>The fingerprint is kept in {@value #RESOURCE}; {@link #write} makes it from the articles'
 * text (see {@link OwnWordsTest} for how to run it).
 *
 * <pre>{@code
 * ArticleFingerprint f = ArticleFingerprint.load();
 * f.articlesSharing(List.of("a", "b", "c", "d", "e", "f", "g", "h")); // [] when no article has this run
 * }</pre>
 */
final class ArticleFingerprint {
    /** The number of consecutive words a shared run must reach to count. */
    static final int RUN = 8;
    /** Lines of at most this many words may be headings. */
    static final int HEADING_WORDS = 16;
    static final String RESOURCE = "/org/ctorole/model/catalogue/article-fingerprint.txt";
    /** The file in the source tree, relative to the cto-model module. */
    static final Path SOURCE_FILE = Path.of("src", "test", "resources", "org", "ctorole", "model", "catalogue",
            "article-fingerprint.txt");

    /** A token of the text: letters and digits, with apostrophes inside ("it's", "CTO's"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019]");
    /** Camel case is two words: "StartedFour", "getStarted". */
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private final Map<String, Set<String>> runs;
    private final Map<String, Set<String>> headings;

    private ArticleFingerprint(Map<String, Set<String>> runs, Map<String, Set<String>> headings) {
        this.runs = runs;
        this.headings = headings;
    }

    /** A word of a text as it is compared, with where it starts. */
    record Word(String text, int offset) {
    }

    /** The words of a text, normalised, each with the offset of the token it comes from. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            String t = APOSTROPHE.matcher(token.group()).replaceAll("");
            for (String part : CAMEL.split(t)) {
                Matcher w = WORD.matcher(part.toLowerCase(Locale.ROOT));
                while (w.find()) {
                    words.add(new Word(w.group(), token.start()));
                }
            }
        }
        return words;
    }

    /** The normalised words of a text, without offsets. */
    static List<String> plainWords(String text) {
        return words(text).stream().map(Word::text).toList();
    }

    /** The hash of a run of words. */
    static String hash(List<String> words) {
        byte[] digest = SHA_256.get().digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    /**
     * The fingerprint kept with the tests; made again first from the articles in the folder named
     * by the system property {@code ctorole.articles}, when it is set (see {@link OwnWordsTest}).
     */
    static ArticleFingerprint load() {
        return Shared.FINGERPRINT;
    }

    private static final class Shared {
        static final ArticleFingerprint FINGERPRINT = read();
    }

    private static ArticleFingerprint read() {
        try {
            String articles = System.getProperty("ctorole.articles");
            if (articles != null && !articles.isBlank()) {
                write(Path.of(articles), SOURCE_FILE);
                return parse(Files.readString(SOURCE_FILE, StandardCharsets.UTF_8));
            }
            try (var in = ArticleFingerprint.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no " + RESOURCE + " on the test class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleFingerprint parse(String text) {
        Map<String, Set<String>> runs = new LinkedHashMap<>();
        Map<String, Set<String>> headings = new LinkedHashMap<>();
        Set<String> into = null;
        Matcher block = Pattern.compile("\\[(runs|headings) ([a-z0-9-]+)]").matcher("");
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (block.reset(l).matches()) {
                into = new TreeSet<>();
                (block.group(1).equals("runs") ? runs : headings).put(block.group(2), into);
            } else if (into != null) {
                into.add(l);
            } else {
                throw new IllegalStateException("fingerprint line outside a block: " + l);
            }
        }
        return new ArticleFingerprint(runs, headings);
    }

    /** The keys of the articles the fingerprint covers. */
    Set<String> articles() {
        return runs.keySet();
    }

    /** The articles that have this run of {@value #RUN} normalised words. */
    List<String> articlesSharing(List<String> run) {
        String h = hash(run);
        return runs.entrySet().stream().filter(e -> e.getValue().contains(h)).map(Map.Entry::getKey).toList();
    }

    /** Whether the text, normalised, is a short line of the article or the end of one. */
    boolean hasHeading(String articleKey, String heading) {
        Set<String> known = headings.get(articleKey);
        return known != null && known.contains(hash(plainWords(heading)));
    }

    /** The fingerprint of texts in memory, by article key: for tests of the checks themselves. */
    static ArticleFingerprint of(Map<String, String> texts) {
        return parse(render(texts));
    }

    /**
     * Writes the fingerprint of the articles in {@code directory}, each in a file named by its
     * key ({@code what-is-a-cto.txt}), to {@code target}. Articles without a file are left out.
     */
    static void write(Path directory, Path target) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : Article.values()) {
            Path file = directory.resolve(article.key() + ".txt");
            if (Files.isRegularFile(file)) {
                texts.put(article.key(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no article in " + directory + " (expected files such as what-is-a-cto.txt)");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, render(texts), StandardCharsets.UTF_8);
    }

    private static String render(Map<String, String> texts) {
        StringBuilder out = new StringBuilder();
        out.append("# Fingerprint of the source articles: hashes of their runs of ").append(RUN)
                .append(" words and of their short lines,\n# never their text. Made by ArticleFingerprint.write;")
                .append(" see OwnWordsTest to remake it.\n");
        texts.forEach((key, text) -> {
            List<String> words = plainWords(text);
            Set<String> runHashes = new TreeSet<>();
            for (int i = 0; i + RUN <= words.size(); i++) {
                runHashes.add(hash(words.subList(i, i + RUN)));
            }
            Set<String> headingHashes = new TreeSet<>();
            for (String line : text.split("\\R")) {
                List<String> lineWords = plainWords(line);
                if (lineWords.isEmpty() || lineWords.size() > HEADING_WORDS) {
                    continue;
                }
                for (int from = 0; from < lineWords.size(); from++) {
                    headingHashes.add(hash(lineWords.subList(from, lineWords.size())));
                }
            }
            out.append("[runs ").append(key).append("]\n");
            runHashes.forEach(h -> out.append(h).append('\n'));
            out.append("[headings ").append(key).append("]\n");
            headingHashes.forEach(h -> out.append(h).append('\n'));
        });
        return out.toString();
    }
}
