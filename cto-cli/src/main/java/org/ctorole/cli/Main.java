package org.ctorole.cli;

/** Entry point of the {@code cto} command; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ExitGuard guard = ExitGuard.install();
        int code = CtoCommand.commandLine().execute(args);
        guard.exiting(code);
        System.exit(code);
    }
}
