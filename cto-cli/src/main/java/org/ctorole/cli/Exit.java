package org.ctorole.cli;

/** The documented exit codes of {@code cto}. */
final class Exit {
    /** Success: nothing at or above {@code --fail-on}. */
    static final int OK = 0;
    /** Findings at or above {@code --fail-on} (only new ones with {@code --baseline}). */
    static final int FINDINGS = 1;
    /** Invalid input or usage: the message says what and where. */
    static final int INVALID = 2;
    /** A bug in cto itself; {@code --debug} prints the stack trace. */
    static final int INTERNAL = 3;

    private Exit() {
    }
}
