package org.ctorole.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ctorole.git.AreaGrouping;
import org.ctorole.git.AreaSources;
import org.ctorole.git.AuthorFilter;
import org.ctorole.git.AuthorshipAnalysis;
import org.ctorole.git.FileSelection;
import org.ctorole.importer.BackstageCatalog;
import org.ctorole.importer.CodeownersFile;
import org.ctorole.importer.ImportMapping;
import org.ctorole.importer.ImportSource;
import picocli.CommandLine.Option;

/**
 * What {@code cto truck-factor} and {@code cto import git} analyse: the revision, whose commits count, which
 * files, and how they group into areas ({@code --area}, {@code --codeowners}, {@code --backstage}).
 */
final class AnalysisOptions {

    @Option(names = "--at", paramLabel = "REV", defaultValue = "HEAD",
            description = "The revision analysed: branch, tag or commit (default: ${DEFAULT-VALUE}).")
    String revision;

    @Option(names = "--mailmap", paramLabel = "FILE",
            description = "A mailmap (git's format) read after the .mailmap of the revision.")
    Path mailmap;

    @Option(names = "--exclude-author", paramLabel = "PATTERN",
            description = "Leave out authors whose name, e-mail or 'Name <email>' matches (* and ?, any case).")
    List<String> excludeAuthors = new ArrayList<>();

    @Option(names = "--keep-bots", description = "Count bots too ([bot] authors, noreply@ and bot@ addresses).")
    boolean keepBots;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching (.gitignore-style glob).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--exclude-from", paramLabel = "FILE", description = "One path or glob per line to leave out.")
    Path excludeFrom;

    @Option(names = "--include", paramLabel = "GLOB", description = "Count only files matching one of these globs.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "Count vendored, generated, minified, documentation and binary files too.")
    boolean noDefaultExcludes;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Count only commits from this date (YYYY-MM-DD, UTC) or instant (2024-01-31T09:00:00+01:00).")
    String since;

    @Option(names = "--path", paramLabel = "DIR", description = "Analyse only the files under this directory.")
    String path;

    @Option(names = "--area", paramLabel = "NAME=GLOB[,GLOB...]",
            description = "An area and its files; the first matching area wins (default: one per top-level directory).")
    List<String> areas = new ArrayList<>();

    @Option(names = "--codeowners", paramLabel = "FILE", arity = "0..1", fallbackValue = "",
            description = {"Areas from CODEOWNERS rules, the last matching pattern winning; without FILE the",
                    "repository's own at the revision (.github/, the root, docs/, .gitlab/)."})
    String codeowners;

    @Option(names = "--backstage", paramLabel = "FILE", arity = "1..*",
            description = "Areas from the Backstage components of these catalog files, the deepest directory winning.")
    List<Path> backstage = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Mapping file: its areas: group CODEOWNERS patterns into areas, its critical: marks areas.")
    Path mapping;

    /** The files these options read, which {@code -o} must never overwrite. */
    List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(Arrays.asList(mailmap, excludeFrom, mapping));
        if (codeowners != null && !codeowners.isEmpty()) {
            inputs.add(Path.of(codeowners));
        }
        inputs.addAll(backstage);
        return inputs;
    }

    ImportMapping mapping() {
        return mapping == null ? ImportMapping.none() : ImportMapping.read(mapping);
    }

    /**
     * The analysis of {@code repository} these options ask for; problems of the area files stop it with their
     * places, things worth knowing about them go to {@code warnings}.
     */
    AuthorshipAnalysis analysis(Path repository, Consumer<String> warnings) {
        int sources = (areas.isEmpty() ? 0 : 1) + (codeowners == null ? 0 : 1) + (backstage.isEmpty() ? 0 : 1);
        if (sources > 1) {
            throw new UserException("--area, --codeowners and --backstage each set the areas: give one of them");
        }
        List<String> excluded = new ArrayList<>(excludes);
        if (excludeFrom != null) {
            excluded.addAll(FileSelection.patternsIn(excludeFrom));
        }
        FileSelection selection = FileSelection.defaults().withDefaultExclusions(!noDefaultExcludes)
                .withExclude(excluded).withInclude(includes);
        if (path != null) {
            selection = selection.withPath(path);
        }
        AuthorFilter authors = (keepBots ? AuthorFilter.nobody() : AuthorFilter.bots()).excluding(excludeAuthors);
        AuthorshipAnalysis analysis = AuthorshipAnalysis.defaults().withRevision(revision).withSelection(selection)
                .withAuthors(authors);
        if (mailmap != null) {
            analysis = analysis.withMailmap(mailmap);
        }
        if (since != null) {
            analysis = analysis.withSince(parseSince(since));
        }
        Optional<AreaGrouping> grouping = grouping(repository, analysis, warnings);
        return grouping.isPresent() ? analysis.withAreas(grouping.get()) : analysis;
    }

    private Optional<AreaGrouping> grouping(Path repository, AuthorshipAnalysis analysis, Consumer<String> warnings) {
        if (!areas.isEmpty()) {
            return Optional.of(AreaGrouping.byPatterns(areas.stream().map(AreaGrouping.AreaPatterns::parse).toList()));
        }
        if (codeowners != null) {
            ImportSource source = codeowners.isEmpty()
                    ? AreaSources.codeownersAt(repository, analysis).orElseThrow(() -> new UserException(repository
                    + " has no CODEOWNERS at " + analysis.revision() + " (looked for "
                    + String.join(", ", AreaSources.CODEOWNERS_LOCATIONS) + "): give --codeowners FILE"))
                    : ImportSource.of(Path.of(codeowners));
            return Optional.of(AreaSources.codeowners(CodeownersFile.read(source, mapping())));
        }
        if (!backstage.isEmpty()) {
            BackstageCatalog catalog = BackstageCatalog.read(backstage.stream().map(ImportSource::of).toList());
            return Optional.of(AreaSources.backstage(catalog.componentDirectories(
                    name -> directoryInRepository(repository, Path.of(name))), warnings));
        }
        return Optional.empty();
    }

    /** The catalog file's directory relative to the working tree, when it stands in it. */
    static Optional<String> directoryInRepository(Path repository, Path file) {
        try {
            Path root = repository.toRealPath();
            Path dir = file.toRealPath().getParent();
            if (dir == null || !dir.startsWith(root) || !Files.exists(root.resolve(".git"))) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            root.relativize(dir).forEach(p -> parts.add(p.toString()));
            return Optional.of(String.join("/", parts));
        } catch (IOException e) {
            return Optional.empty(); // a missing file is reported by the catalog's reader
        }
    }

    static Instant parseSince(String text) {
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                throw new UserException("--since '" + text
                        + "': expected a date (2024-01-31) or a date and time with offset (2024-01-31T09:00:00Z)");
            }
        }
    }
}
