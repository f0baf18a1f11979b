package org.ctorole.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.UnreadableInputException;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.RuleCompilationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cto}: assess organisations against the CTO role.
 *
 * <pre>{@code int exit = CtoCommand.commandLine().execute("assess", "northwind.yaml", "--format", "json");}</pre>
 */
@Command(name = "cto", mixinStandardHelpOptions = true, versionProvider = CtoCommand.Version.class,
        description = "Assesses an organisation against the role of the Chief Technology Officer.",
        subcommands = {AssessCommand.class, ValidateCommand.class, RulesCommand.class, ExplainCommand.class,
                CatalogueCommand.class, DiffCommand.class, WhatIfCommand.class, ImportCommand.class,
                InitCommand.class, TruckFactorCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 invalid input or usage, 3 internal error."})
public final class CtoCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors to stderr.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code -} reads a profile from: standard input, or what a test gives. */
    private final java.io.InputStream stdin;

    CtoCommand() {
        this(System.in);
    }

    CtoCommand(java.io.InputStream stdin) {
        this.stdin = stdin;
    }

    java.io.InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with the error handling every caller (main, tests) should get. */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** The command line reading {@code -} (a profile on standard input) from the given stream. */
    static CommandLine commandLine(java.io.InputStream stdin) {
        CommandLine cl = new CommandLine(new CtoCommand(stdin));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(CtoCommand::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("cto: " + ex.getMessage());
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return Exit.INVALID;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.matchedOptionValue("--debug", false)
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--debug", false));
        if (debug) {
            ex.printStackTrace(err);
        }
        if (ex instanceof InvalidProfileException invalid) {
            printProblems(err, invalid.problems());
            return Exit.INVALID;
        }
        if (ex instanceof InvalidInputException invalid) {
            err.println("cto: " + invalid.getMessage());
            return Exit.INVALID;
        }
        if (ex instanceof UnreadableInputException unreadable) {
            err.println("cto: " + unreadable.getMessage());
            return Exit.INVALID;
        }
        if (ex instanceof RuleCompilationException rules) {
            err.println("cto: " + rules.getMessage());
            return Exit.INVALID;
        }
        if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
            err.println("cto: " + ex.getMessage());
            return Exit.INVALID;
        }
        err.println("cto: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
        return Exit.INTERNAL;
    }

    static void printProblems(PrintWriter err, List<Problem> problems) {
        err.println("cto: " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }

    /** Version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CtoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"cto " + (v == null ? "(development build)" : v)};
        }
    }
}
