package org.ctorole.cli;

/** Entry point of the {@code cto} command; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ExitGuard guard = ExitGuard.install();
        java.util.List<Class<?>> named = CtoCommand.subcommandsFor(args);
        if (named.size() == 1 && (named.get(0) == AssessCommand.class || named.get(0) == ValidateCommand.class)) {
            Inputs.prepareRules(); // while picocli builds the command; --help or bad usage only wastes it
        }
        int code = CtoCommand.forArguments(System.in, args).execute(args);
        guard.exiting(code);
        System.exit(code);
    }
}
