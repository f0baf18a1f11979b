package org.ctorole.cli;

import java.util.Map;
import org.ctorole.model.text.PrintableText;
import org.ctorole.rules.CtoAssessor;

/**
 * Keeps the exit code of {@code cto} its own: a custom rule that calls {@code System.exit(42)}
 * cannot end the command with 42. Installed by {@link Main} as a shutdown hook, it finds the
 * thread that called {@code Runtime.exit} (which {@code System.exit} calls); unless that is the
 * command finishing, it prints which rule did it and ends the process with exit code 2 (the
 * rule is the user's input) before any other code runs.
 *
 * <p>What it cannot stop: {@code Runtime.halt}, which runs no hook (only a security manager could
 * refuse it, and Java 17 deprecates those for removal), nor anything else a rule may do as the
 * code it is. A signal (Ctrl-C) is left as it is.
 */
final class ExitGuard extends Thread {
    private final Thread main;
    private volatile Integer decided;

    private ExitGuard(Thread main) {
        super("cto-exit-guard");
        this.main = main;
    }

    /** Installs the guard for a command run on the current thread. */
    static ExitGuard install() {
        ExitGuard guard = new ExitGuard(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(guard);
        return guard;
    }

    /** The command has finished with this exit code, which the process is to end with. */
    void exiting(int code) {
        decided = code;
    }

    @Override
    public void run() {
        Thread exiting = callerOfExit(Thread.getAllStackTraces());
        Integer code = decided;
        if (exiting == null || exiting == main && code != null) {
            return; // a signal, or the command's own exit
        }
        if (code != null) {
            Runtime.getRuntime().halt(code); // another thread's exit came first: the command's code stands
        }
        String who = CtoAssessor.customRuleOn(exiting).orElse("code the command ran (a custom rule, or a thread it started)");
        System.err.println("cto: " + PrintableText.escape(who) + " called System.exit: a rule may not end the command");
        System.err.flush();
        Runtime.getRuntime().halt(Exit.INVALID);
    }

    /** The thread waiting in {@code Runtime.exit} for the hooks to finish, or null when none is (a signal). */
    static Thread callerOfExit(Map<Thread, StackTraceElement[]> stacks) {
        for (Map.Entry<Thread, StackTraceElement[]> e : stacks.entrySet()) {
            for (StackTraceElement frame : e.getValue()) {
                if (frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}
