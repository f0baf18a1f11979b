package org.ctorole.cli;

import picocli.CommandLine;

/** Entry point of the {@code cto} command; the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CtoCommand.commandLine().execute(args));
    }
}
