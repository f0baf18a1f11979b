package org.ctorole.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ctorole.git.AreaGrouping;
import org.ctorole.git.AuthorFilter;
import org.ctorole.git.AuthorshipAnalysis;
import org.ctorole.git.FileSelection;
import org.ctorole.git.GitAnalysisException;
import org.ctorole.git.PackCache;
import org.ctorole.git.RepositoryAuthorship;
import org.ctorole.io.report.ReportFormat;
import org.ctorole.model.text.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto truck-factor REPO}: who knows the code, from its git history, and how many could leave. */
@Command(name = "truck-factor", mixinStandardHelpOptions = true,
        description = {"The truck factor of a git repository from its history: how many authors would have to leave",
                "before more than half of the files have nobody who authored them (Avelino, Passos, Hora and",
                "Valente, \"A novel approach for estimating truck factors\", ICPC 2016). Also per area."})
final class TruckFactorCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPO", description = "A git working tree or bare repository (not a shallow clone).")
    Path repository;

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

    @Mixin
    OutputOptions.Documents output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.refuseInputs(mailmap, excludeFrom);
        ReportFormat format = output.format();
        AuthorshipAnalysis analysis = analysis();
        RepositoryAuthorship result;
        try {
            PackCache.enlarge(); // this process reads one repository's packs: JGit's default cache is too small
            result = analysis.analyse(repository);
        } catch (GitAnalysisException e) {
            throw new UserException(e.getMessage());
        }
        for (String warning : result.warnings()) {
            spec.commandLine().getErr().println("cto: warning: " + PrintableText.escape(warning));
        }
        output.write(TruckFactorReport.render(repository.toString(), result, format), spec.commandLine().getOut());
        return Exit.OK;
    }

    private AuthorshipAnalysis analysis() {
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
        if (!areas.isEmpty()) {
            analysis = analysis.withAreas(AreaGrouping.byPatterns(
                    areas.stream().map(AreaGrouping.AreaPatterns::parse).toList()));
        }
        if (mailmap != null) {
            analysis = analysis.withMailmap(mailmap);
        }
        if (since != null) {
            analysis = analysis.withSince(parseSince(since));
        }
        return analysis;
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
