package org.ctorole.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ctorole.git.GitAnalysisException;
import org.ctorole.git.PackCache;
import org.ctorole.git.RepositoryAuthorship;
import org.ctorole.io.report.ReportFormat;
import org.ctorole.model.text.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    AnalysisOptions options;

    @Mixin
    OutputOptions.Documents output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.refuseInputs(options.inputs().toArray(Path[]::new));
        ReportFormat format = output.format();
        if (options.mapping != null && options.codeowners == null) {
            throw new UserException("--mapping groups CODEOWNERS patterns into areas: give --codeowners too");
        }
        RepositoryAuthorship result;
        try {
            PackCache.enlarge(); // this process reads one repository's packs: JGit's default cache is too small
            result = options.analysis(repository, this::warn).analyse(repository);
        } catch (GitAnalysisException e) {
            throw new UserException(e.getMessage());
        }
        result.warnings().forEach(this::warn);
        output.write(TruckFactorReport.render(repository.toString(), result, format), spec.commandLine().getOut());
        return Exit.OK;
    }

    private void warn(String warning) {
        spec.commandLine().getErr().println("cto: warning: " + PrintableText.escape(warning));
    }
}
