package org.ctorole.cli;

import java.util.List;

/** Entry point of the {@code cto} command; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ExitGuard guard = ExitGuard.install();
        List<Class<?>> named = CtoCommand.subcommandsFor(args);
        if (named.equals(List.of(AssessCommand.class)) || named.equals(List.of(ValidateCommand.class))) {
            Inputs.prepareRules(); // while picocli builds the command; --help or bad usage only wastes it
        }
        int code = CtoCommand.commandLine(System.in, named).execute(args);
        guard.exiting(code);
        System.exit(code);
    }
}
