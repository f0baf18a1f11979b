package org.ctorole.git;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the counted files are grouped into knowledge areas, each with its own truck factor and authors.
 * Any function of the path will do, so groupings from elsewhere (CODEOWNERS rules, Backstage component
 * paths) plug in as a lambda or as a list of {@link AreaPatterns}.
 *
 * <pre>{@code
 * AreaGrouping.byTopLevelDirectory();                              // "cto-model/src/A.java" -> cto-model
 * AreaGrouping.byPatterns(List.of(new AreaPatterns("billing", List.of("services/billing/"))));
 * AreaGrouping.byLastMatch(List.of(AreaRule.of("*", "all"), AreaRule.of("/db/", "database")));  // CODEOWNERS
 * AreaGrouping.byDeepestDirectory(Map.of("services", "platform", "services/billing", "billing")); // Backstage
 * AreaGrouping custom = path -> Optional.of(path.endsWith(".sql") ? "database" : "application");
 * }</pre>
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AreaGrouping {

    /** The area the file at {@code path} (repository-relative) belongs to, or empty for none. */
    Optional<String> areaOf(String path);

    /** The name of the area of files at the repository root under {@link #byTopLevelDirectory()}. */
    String ROOT_AREA = "(root)";

    /** One area per top-level directory; files at the root form {@link #ROOT_AREA}. */
    static AreaGrouping byTopLevelDirectory() {
        return byDirectoryUnder("");
    }

    /**
     * One area per directory directly under {@code directory} (repository-relative; empty for the root),
     * named by its path from the repository root; files directly in {@code directory} form an area named
     * by {@code directory} itself ({@link #ROOT_AREA} at the root). Files elsewhere belong to no area.
     */
    static AreaGrouping byDirectoryUnder(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        return path -> {
            if (!path.startsWith(prefix)) {
                return Optional.empty();
            }
            int slash = path.indexOf('/', prefix.length());
            if (slash < 0) {
                return Optional.of(directory.isEmpty() ? ROOT_AREA : directory);
            }
            return Optional.of(path.substring(0, slash));
        };
    }

    /** The first area, in the order given, with a pattern that matches the path; none when no pattern does. */
    static AreaGrouping byPatterns(List<AreaPatterns> areas) {
        List<AreaPatterns> copy = List.copyOf(areas);
        return path -> {
            for (AreaPatterns area : copy) {
                for (PathPattern p : area.patterns()) {
                    if (p.matches(path)) {
                        return Optional.of(area.area());
                    }
                }
            }
            return Optional.empty();
        };
    }

    /**
     * The area of the last rule, in the order given, whose pattern matches the path, as in GitHub's
     * {@code CODEOWNERS}: a later, broader pattern overrides an earlier, narrower one. A path the last matching
     * rule gives no area ({@link AreaRule#unowned}), or no rule matches, belongs to no area.
     */
    static AreaGrouping byLastMatch(List<AreaRule> rules) {
        List<AreaRule> copy = List.copyOf(rules);
        return path -> {
            for (int i = copy.size() - 1; i >= 0; i--) {
                if (copy.get(i).pattern().matches(path)) {
                    return copy.get(i).area();
                }
            }
            return Optional.empty();
        };
    }

    /**
     * The area of the deepest of the directories that holds the path (an empty directory is the repository's
     * root): nested components each keep their own files.
     *
     * @param areaByDirectory area per repository-relative directory, without a trailing {@code /}
     */
    static AreaGrouping byDeepestDirectory(Map<String, String> areaByDirectory) {
        Map<String, String> copy = Map.copyOf(areaByDirectory);
        return path -> {
            for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
                String area = copy.get(path.substring(0, slash));
                if (area != null) {
                    return Optional.of(area);
                }
            }
            return Optional.ofNullable(copy.get(""));
        };
    }

    /**
     * One rule of {@link #byLastMatch}: a pattern and the area of the files it matches, or none.
     *
     * <pre>{@code AreaRule.of("/services/billing/", "billing"); AreaRule.unowned("/services/billing/legacy/")}</pre>
     *
     * @param pattern the files' glob
     * @param area    their area; empty when the rule leaves them in no area (a CODEOWNERS rule without owners)
     */
    record AreaRule(PathPattern pattern, Optional<String> area) {
        public AreaRule {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(area, "area");
            if (area.isPresent() && area.get().isBlank()) {
                throw new IllegalArgumentException("an area needs a name");
            }
        }

        /**
         * Files matching {@code glob} are in {@code area}.
         *
         * @throws IllegalArgumentException for a blank pattern or an unclosed {@code [}
         */
        public static AreaRule of(String glob, String area) {
            return new AreaRule(PathPattern.of(glob), Optional.of(area));
        }

        /** Files matching {@code glob} are in no area. */
        public static AreaRule unowned(String glob) {
            return new AreaRule(PathPattern.of(glob), Optional.empty());
        }
    }

    /**
     * An area and the globs ({@link PathPattern}) of its files.
     *
     * <pre>{@code AreaPatterns.parse("billing=services/billing/,libs/money/")}</pre>
     *
     * @param area     the area's name
     * @param patterns its files' globs
     */
    record AreaPatterns(String area, List<PathPattern> patterns) {
        public AreaPatterns {
            Objects.requireNonNull(area, "area");
            patterns = List.copyOf(patterns);
            if (area.isBlank() || patterns.isEmpty()) {
                throw new IllegalArgumentException("an area needs a name and at least one pattern");
            }
        }

        /** An area from globs, matched with case. */
        public static AreaPatterns of(String area, List<String> globs) {
            return new AreaPatterns(area, globs.stream().map(PathPattern::of).toList());
        }

        /**
         * An area written {@code NAME=GLOB[,GLOB...]}.
         *
         * @throws IllegalArgumentException naming the expected form
         */
        public static AreaPatterns parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("area '" + spec + "': expected NAME=GLOB[,GLOB...]");
            }
            List<String> globs = List.of(spec.substring(eq + 1).split(",")).stream()
                    .map(String::strip).filter(g -> !g.isEmpty()).toList();
            if (globs.isEmpty()) {
                throw new IllegalArgumentException("area '" + spec + "': expected NAME=GLOB[,GLOB...]");
            }
            return of(spec.substring(0, eq).strip(), globs);
        }
    }
}
