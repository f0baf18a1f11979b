package org.ctorole.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ctorole.importer.ProfileTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cto init [--name ORG]}: a complete, commented profile to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Print (or write with -o) a complete, commented profile that validates as it is.")
final class InitCommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "ORG", description = "The organisation's name (its id is derived).")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here; an existing file is refused.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String yaml = ProfileTemplate.yaml(name, LocalDate.now(), ImportCommand.ruleReads());
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
            return Exit.OK;
        }
        OutputOptions.refuseEmpty(output);
        try {
            Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(output + " exists: cto init never overwrites a file; choose another name");
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + OutputOptions.reason(e));
        }
        spec.commandLine().getErr().println("wrote " + output + ": fill it in, then cto validate " + output);
        return Exit.OK;
    }
}
