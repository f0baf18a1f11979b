package org.ctorole.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Which files of the analysed revision are counted. Selection never changes how the history is read:
 * every path is followed through renames, so leaving a file out never changes who authored another.
 *
 * <p>The default exclusions leave out what the paper also discards before estimating a truck factor
 * (Avelino et al., ICPC 2016, section II.A, done there with GitHub's Linguist): vendored and generated
 * code, minified files, documentation, and binary files; see {@link #DEFAULT_EXCLUSIONS}. They are matched
 * without regard to case.
 *
 * <pre>{@code FileSelection.defaults().withExclude(List.of("legacy/**")).withPath("services/billing")}</pre>
 *
 * @param path              the directory to analyse (repository-relative, no leading or trailing
 *                          {@code /}), or empty for the whole repository
 * @param includes          when not empty, only files matching one of these are counted
 * @param excludes          files matching one of these are not counted
 * @param defaultExclusions whether {@link #DEFAULT_EXCLUSIONS} and the binary test apply
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FileSelection(Optional<String> path, List<PathPattern> includes, List<PathPattern> excludes,
                            boolean defaultExclusions) {

    /** The built-in exclusions by reason, in the order they are tried. */
    public static final Map<ExclusionReason, List<PathPattern>> DEFAULT_EXCLUSIONS = Map.of(
            ExclusionReason.VENDORED, patterns(
                    "vendor/", "vendors/", "third_party/", "third-party/", "thirdparty/", "3rdparty/",
                    "external/", "extern/", "deps/", "node_modules/", "bower_components/", "jspm_packages/",
                    "Godeps/", "Pods/", "Carthage/", ".yarn/", "site-packages/", "gradlew", "gradlew.bat",
                    "gradle/wrapper/", "mvnw", "mvnw.cmd", ".mvn/wrapper/"),
            ExclusionReason.GENERATED, patterns(
                    "generated/", "*.generated.*", "*_generated.*", "*.pb.go", "*.pb.cc", "*.pb.h",
                    "*_pb2.py", "*_pb2_grpc.py", "*.pb.swift", "*_pb.js", "*_pb.d.ts", "*.designer.cs",
                    "*.g.dart", "*.freezed.dart", "*.js.map", "*.css.map", "package-lock.json",
                    "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "Cargo.lock", "Gemfile.lock",
                    "poetry.lock", "Pipfile.lock", "composer.lock", "go.sum", "mix.lock", "pubspec.lock",
                    "Podfile.lock", "flake.lock", "packages.lock.json"),
            ExclusionReason.MINIFIED, patterns("*.min.js", "*.min.mjs", "*.min.css", "*-min.js", "*-min.css"),
            ExclusionReason.DOCUMENTATION, patterns(
                    "/doc/", "/docs/", "Documentation/", "*.md", "*.markdown", "*.mdx", "*.rst", "*.adoc",
                    "*.asciidoc", "*.rdoc", "README", "README.*", "CHANGELOG", "CHANGELOG.*", "CHANGES",
                    "CHANGES.*", "HISTORY", "HISTORY.*", "NEWS", "LICENSE", "LICENSE.*", "LICENCE", "LICENCE.*",
                    "COPYING", "COPYING.*", "NOTICE", "NOTICE.*", "AUTHORS", "AUTHORS.*", "CONTRIBUTORS",
                    "CONTRIBUTORS.*", "CONTRIBUTING", "CONTRIBUTING.*", "CODE_OF_CONDUCT", "CODE_OF_CONDUCT.*"));

    private static final List<ExclusionReason> DEFAULT_ORDER = List.of(ExclusionReason.VENDORED,
            ExclusionReason.GENERATED, ExclusionReason.MINIFIED, ExclusionReason.DOCUMENTATION);

    public FileSelection {
        path = path == null ? Optional.empty() : path.map(FileSelection::normalisePath).filter(p -> !p.isEmpty());
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Every file but those of the default exclusions. */
    public static FileSelection defaults() {
        return new FileSelection(Optional.empty(), List.of(), List.of(), true);
    }

    /** Every file, binary ones included. */
    public static FileSelection everything() {
        return new FileSelection(Optional.empty(), List.of(), List.of(), false);
    }

    /** Only files under {@code directory} (repository-relative). */
    public FileSelection withPath(String directory) {
        return new FileSelection(Optional.of(directory), includes, excludes, defaultExclusions);
    }

    /** Also leaves out files matching these globs ({@link PathPattern}). */
    public FileSelection withExclude(List<String> globs) {
        List<PathPattern> all = new ArrayList<>(excludes);
        globs.forEach(g -> all.add(PathPattern.of(g)));
        return new FileSelection(path, includes, all, defaultExclusions);
    }

    /** Counts only files matching one of the include globs given so far and these. */
    public FileSelection withInclude(List<String> globs) {
        List<PathPattern> all = new ArrayList<>(includes);
        globs.forEach(g -> all.add(PathPattern.of(g)));
        return new FileSelection(path, all, excludes, defaultExclusions);
    }

    /** The same selection with the default exclusions on or off. */
    public FileSelection withDefaultExclusions(boolean on) {
        return new FileSelection(path, includes, excludes, on);
    }

    /**
     * The patterns of a file with one path or glob per line ({@code --exclude-from}); blank lines and lines
     * starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException when the file cannot be read, or naming {@code file:line} for each bad
     *                                  pattern
     */
    public static List<String> patternsIn(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the pattern file " + file + ": " + e.getMessage(), e);
        }
        List<String> globs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                PathPattern.of(line);
                globs.add(line);
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return globs;
    }

    /**
     * Why the file at {@code path} is not counted, judged by its path alone (the binary test and the
     * history come later), or empty when it is counted so far.
     */
    public Optional<ExclusionReason> exclusionOf(String filePath) {
        if (path.isPresent() && !filePath.startsWith(path.get() + "/")) {
            return Optional.of(ExclusionReason.OUTSIDE_PATH);
        }
        if (anyMatches(excludes, filePath)) {
            return Optional.of(ExclusionReason.EXCLUDED_BY_PATTERN);
        }
        if (!includes.isEmpty() && !anyMatches(includes, filePath)) {
            return Optional.of(ExclusionReason.NOT_INCLUDED);
        }
        if (defaultExclusions) {
            for (ExclusionReason reason : DEFAULT_ORDER) {
                if (anyMatches(DEFAULT_EXCLUSIONS.get(reason), filePath)) {
                    return Optional.of(reason);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean anyMatches(List<PathPattern> patterns, String filePath) {
        for (PathPattern p : patterns) {
            if (p.matches(filePath)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> patterns(String... globs) {
        List<PathPattern> list = new ArrayList<>(globs.length);
        for (String g : globs) {
            list.add(PathPattern.ignoringCase(g));
        }
        return List.copyOf(list);
    }

    private static String normalisePath(String p) {
        String s = Objects.requireNonNull(p).strip().replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(".") ? "" : s;
    }
}
