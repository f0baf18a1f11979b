package org.ctorole.git;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.ctorole.importer.BackstageCatalog;
import org.ctorole.importer.CodeownersFile;
import org.ctorole.importer.ImportSource;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.validation.Problem;

/**
 * Knowledge areas from what an organisation already writes down, as {@link AreaGrouping}s: the rules of a
 * {@code CODEOWNERS} file (GitHub's meaning: the last matching pattern wins; a rule without owners leaves its
 * files in no area; GitLab sections are read in the order of the file) and the directories of Backstage
 * components (the deepest directory wins, so a component nested in another keeps its own files). Areas are
 * named as {@code cto import codeowners} and {@code cto import backstage} name them.
 *
 * <pre>{@code
 * Optional<ImportSource> own = AreaSources.codeownersAt(Path.of("."), AuthorshipAnalysis.defaults());
 * AreaGrouping areas = AreaSources.codeowners(CodeownersFile.read(own.orElseThrow(), ImportMapping.none()));
 * RepositoryAuthorship r = AuthorshipAnalysis.defaults().withAreas(areas).analyse(Path.of("."));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AreaSources {

    /** Where a repository's own {@code CODEOWNERS} may be, in the order looked at (GitHub's, then GitLab's). */
    public static final List<String> CODEOWNERS_LOCATIONS = List.of(".github/CODEOWNERS", "CODEOWNERS",
            "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

    private AreaSources() {
    }

    /**
     * The areas of a {@code CODEOWNERS} file's rules, the last matching rule winning.
     *
     * @throws InvalidInputException listing every problem of the file and every pattern that is no glob, with
     *                               its line
     */
    public static AreaGrouping codeowners(CodeownersFile file) {
        List<Problem> problems = new ArrayList<>(file.problems());
        List<AreaGrouping.AreaRule> rules = new ArrayList<>(file.rules().size());
        for (CodeownersFile.Rule rule : file.rules()) {
            try {
                PathPattern pattern = PathPattern.ofCodeowners(rule.pattern());
                rules.add(new AreaGrouping.AreaRule(pattern, rule.owned() ? Optional.of(rule.area()) : Optional.empty()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("", e.getMessage(), Optional.of(new Problem.Location(rule.at().source(),
                        Math.max(rule.at().line(), 1), 1))));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt((Problem p) -> p.location().map(Problem.Location::line).orElse(0))
                    .thenComparingInt(p -> p.location().map(Problem.Location::column).orElse(0)));
            throw new InvalidInputException("CODEOWNERS " + file.source(), problems);
        }
        return AreaGrouping.byLastMatch(rules);
    }

    /**
     * The repository's own {@code CODEOWNERS} at the analysis's revision: the first of
     * {@link #CODEOWNERS_LOCATIONS} there, as a source named {@code REVISION:PATH}; empty when it has none.
     *
     * @throws GitAnalysisException when it is not a repository, is empty or the revision is unknown
     */
    public static Optional<ImportSource> codeownersAt(Path repository, AuthorshipAnalysis analysis) {
        return analysis.firstFile(repository, CODEOWNERS_LOCATIONS).map(blob -> ImportSource.of(
                analysis.revision() + ":" + blob.path(), () -> new ByteArrayInputStream(blob.content())));
    }

    /**
     * The areas of Backstage components, one per component named after it, the deepest directory winning.
     * Components of one directory share it with the first of them; each later one is a warning.
     */
    public static AreaGrouping backstage(List<BackstageCatalog.ComponentDirectory> components,
                                         Consumer<String> warnings) {
        Map<String, BackstageCatalog.ComponentDirectory> byDirectory = new LinkedHashMap<>();
        for (BackstageCatalog.ComponentDirectory c : components) {
            BackstageCatalog.ComponentDirectory first = byDirectory.putIfAbsent(c.directory(), c);
            if (first != null && !first.component().equals(c.component())) {
                warnings.accept(c.at() + ": Component '" + c.component() + "' has the directory of Component '"
                        + first.component() + "' (" + first.at() + "), " + (c.directory().isEmpty()
                        ? "the repository's root" : c.directory() + "/") + ": its files count for '"
                        + first.component() + "'; give each a backstage.io/source-location of its own");
            }
        }
        Map<String, String> areas = new LinkedHashMap<>();
        byDirectory.forEach((dir, c) -> areas.put(dir, c.component()));
        return AreaGrouping.byDeepestDirectory(areas);
    }
}
