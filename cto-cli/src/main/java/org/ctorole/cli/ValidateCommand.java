package org.ctorole.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ctorole.model.text.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto validate FILE...}: check profiles without assessing them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check profiles and list every problem with its file, line and path.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Profile files (cto-profile/1); - reads one from standard input.")
    List<Path> files;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Custom .drl files the profile will be assessed with (their rule ids may be waived).")
    Path rules;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    CtoCommand parent;

    @Override
    public Integer call() {
        // Every check that assess makes, so that what validate accepts assess never refuses.
        Inputs.prepareReading();
        Inputs.profiles(Inputs.assessor(null, rules), files, new Progress(spec.commandLine().getErr(), files.size()),
                parent.stdin());
        for (Path file : files) {
            spec.commandLine().getOut().println(PrintableText.escape(file.toString()) + ": valid");
        }
        return Exit.OK;
    }
}
