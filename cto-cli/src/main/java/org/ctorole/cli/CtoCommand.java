package org.ctorole.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ctorole.io.InvalidInputException;
import org.ctorole.io.UnreadableInputException;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.text.PrintableText;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.RuleExecutionException;
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
        footer = {"", "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 invalid input or usage, 3 internal error."})
public final class CtoCommand implements Runnable {

    /** The subcommands, in the order {@code cto --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AssessCommand.class, ValidateCommand.class,
            RulesCommand.class, ExplainCommand.class, CatalogueCommand.class, DiffCommand.class, WhatIfCommand.class,
            ImportCommand.class, InitCommand.class, TruckFactorCommand.class);

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
        return commandLine(stdin, SUBCOMMANDS);
    }

    /**
     * The command line for these arguments, as {@link Main} runs it: when they name a subcommand
     * (after {@code --debug} at most), only that one is built, and for {@code --version} alone
     * none; otherwise, all. picocli builds a command's model by reflection over its options,
     * mixins and converters, and building the ten commands was a fifth of a {@code cto assess}
     * call. What a command does, prints or refuses is the same: its own options are all there,
     * and the usage listing every command is printed only by the whole tree.
     */
    static CommandLine forArguments(java.io.InputStream stdin, String... args) {
        return commandLine(stdin, subcommandsFor(args));
    }

    /** The subcommands {@link #forArguments} builds for these arguments. */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        int first = 0;
        while (first < args.length && args[first].equals("--debug")) {
            first++;
        }
        if (first < args.length) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[first])) {
                    return List.of(command);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** The command line with these subcommands only, in the order given. */
    static CommandLine commandLine(java.io.InputStream stdin, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new CtoCommand(stdin));
        subcommands.forEach(cl::addSubcommand);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(StandardOutput.open());
        cl.setExecutionStrategy(CtoCommand::execute);
        cl.setExecutionExceptionHandler(CtoCommand::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            // picocli's message quotes the arguments as given: they may hold terminal escapes.
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("cto: " + PrintableText.escape(ex.getMessage()));
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return Exit.INVALID;
        });
        return cl;
    }

    /**
     * Runs the command picocli parsed. An {@link Error} (a stack overflow, exhausted memory) is
     * an internal error like any other: one line and exit code 3, never the JVM's uncaught-error
     * exit 1 (the findings code) with a stack trace. Exceptions go on to {@link #handle}. Output
     * that could not be written fails the command with the reason, whatever it found.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        CommandLine cl = parsed.commandSpec().commandLine();
        int code;
        try {
            code = new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            boolean debug = debug(parsed);
            PrintWriter err = cl.getErr();
            if (debug) {
                printTrace(err, e);
            }
            err.println("cto: internal error: " + PrintableText.escape(e.toString())
                    + (e instanceof OutOfMemoryError ? "; CTO_JAVA_OPTS=-Xmx4g gives the JVM more memory" : "")
                    + (debug ? "" : " (run with --debug for details)"));
            return Exit.INTERNAL;
        }
        java.util.Optional<String> failure = StandardOutput.failureOf(cl.getOut());
        if (failure.isPresent()) {
            cl.getErr().println("cto: cannot write to standard output: " + PrintableText.escape(failure.get()));
            return Exit.INVALID;
        }
        return code;
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        return parsed.matchedOptionValue("--debug", false)
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOptionValue("--debug", false))
                || parsed.subcommands().stream().flatMap(p -> p.subcommands().stream())
                .anyMatch(p -> p.matchedOptionValue("--debug", false));
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = debug(parsed);
        if (debug) {
            printTrace(err, ex);
        }
        if (ex instanceof InvalidProfileException invalid) {
            printProblems(err, invalid.problems());
            return Exit.INVALID;
        }
        if (ex instanceof InvalidInputException invalid) {
            printLines(err, "cto: " + invalid.getMessage());
            return Exit.INVALID;
        }
        if (ex instanceof UnreadableInputException unreadable) {
            err.println("cto: " + PrintableText.escape(unreadable.getMessage()));
            return Exit.INVALID;
        }
        if (ex instanceof RuleCompilationException rules) {
            err.println("cto: custom rules do not compile:");
            rules.errors().forEach(e -> err.println("  " + PrintableText.escape(e)));
            return Exit.INVALID;
        }
        if (ex instanceof RuleExecutionException stopped) {
            return stopped(err, stopped, debug);
        }
        if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
            err.println("cto: " + PrintableText.escape(ex.getMessage()));
            return Exit.INVALID;
        }
        err.println("cto: internal error: " + PrintableText.escape(ex.toString())
                + (debug ? "" : " (run with --debug for details)"));
        return Exit.INTERNAL;
    }

    /**
     * A custom rule that fails is the user's input (exit 2, naming the rule and its file), and so
     * is a limit the rules reached (the user may raise it); a built-in rule that fails is a bug.
     */
    private static int stopped(PrintWriter err, RuleExecutionException e, boolean debug) {
        String message = PrintableText.escape(e.getMessage());
        switch (e.reason()) {
            case TIME_LIMIT -> err.println("cto: " + message + " (--rule-timeout sets the limit)");
            case FIRING_LIMIT -> err.println("cto: " + message + " (--max-firings sets the limit)");
            default -> {
                if (e.customRule()) {
                    err.println("cto: " + message);
                } else {
                    err.println("cto: internal error: " + message + (debug ? "" : " (run with --debug for details)"));
                    return Exit.INTERNAL;
                }
            }
        }
        return Exit.INVALID;
    }

    static void printProblems(PrintWriter err, List<Problem> problems) {
        err.println("cto: " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:"));
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }

    /** Text of several lines, each made printable on its own (a message's line breaks are its own). */
    static void printLines(PrintWriter err, String text) {
        text.lines().forEach(line -> err.println(PrintableText.escape(line)));
    }

    /** A stack trace whose messages may quote the input: printable, line by line. */
    private static void printTrace(PrintWriter err, Throwable t) {
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> {
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == '\t' || line.charAt(indent) == ' ')) {
                indent++; // the indentation of the frames is kept
            }
            err.println(line.substring(0, indent) + PrintableText.escape(line.substring(indent)));
        });
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
