package org.ctorole.rules.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleExecutionException;
import org.ctorole.rules.RuleExecutionException.Reason;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Watches over the rule sessions of one assessment: its deadline, its budget of rule firings
 * (shared by the built-in and the custom session), the rule running now and the rule that fired
 * last, so that a stop can name them. One guard per assessment; its sessions run one after the
 * other.
 */
@API(status = API.Status.INTERNAL)
public final class RunGuard extends DefaultAgendaEventListener {
    /** No limits and nothing to watch: the built-in pack runs exactly as it would without a guard. */
    public static final RunGuard NONE = new RunGuard(null, 0, name -> null);

    /** The guard of each thread now running a custom session: for {@link #customRuleOn(Thread)}. */
    private static final Map<Thread, RunGuard> CUSTOM_SESSIONS = new ConcurrentHashMap<>();

    private final Duration timeLimit;
    private final long deadline;
    private final int maxFirings;
    private final Function<String, String> originOf;

    /** Firings so far, over the sessions of the assessment (which run one after the other). */
    private long fired;
    private volatile String running;
    private volatile String last;
    private volatile boolean expired;
    private volatile KieSession session;
    private volatile Thread thread;

    /**
     * @param timeLimit  how long the rules may run, from now; {@code null} for no limit
     * @param maxFirings how many rule firings the assessment may make; 0 for no limit
     * @param originOf   a rule's DRL name → where it is defined, for messages
     */
    public RunGuard(Duration timeLimit, int maxFirings, Function<String, String> originOf) {
        this.timeLimit = timeLimit;
        this.deadline = timeLimit == null ? 0 : System.nanoTime() + timeLimit.toNanos();
        this.maxFirings = maxFirings;
        this.originOf = originOf;
    }

    /** Whether there is a limit to keep; without one the built-in session needs no listener. */
    boolean limited() {
        return timeLimit != null || maxFirings > 0;
    }

    boolean timed() {
        return timeLimit != null;
    }

    /** Time left before the deadline, in nanoseconds (negative once past). */
    long nanosLeft() {
        return deadline - System.nanoTime();
    }

    /** The {@code fireAllRules} limit of the next session: one past the budget, so that exceeding it shows; -1 for none. */
    int nextFireLimit() {
        if (maxFirings <= 0) {
            return -1;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, maxFirings - fired) + 1);
    }

    /** The session this guard now watches, run by the current thread; {@code custom} for {@link #customRuleOn}. */
    synchronized void attach(KieSession watched, boolean custom) {
        session = watched;
        thread = Thread.currentThread();
        running = null;
        if (custom) {
            CUSTOM_SESSIONS.put(thread, this);
        }
        if (expired) {
            watched.halt();
        }
    }

    /**
     * Ends the watch over the session. Synchronised with {@link #expire()}, so that once the
     * session is over the thread that ran it (a pool thread, which may go on to another
     * assessment) is never interrupted on its behalf.
     */
    synchronized void detach() {
        Thread t = thread;
        if (t != null) {
            CUSTOM_SESSIONS.remove(t, this);
        }
        session = null;
        thread = null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        running = event.getMatch().getRule().getName();
        if (timeLimit != null && !expired && nanosLeft() <= 0) {
            expire();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        last = running;
        running = null;
    }

    /**
     * Stops the watched session at the deadline: {@code halt()} ends {@code fireAllRules} before
     * the next firing, and the interrupt ends a consequence that waits or sleeps. A consequence
     * that computes without end is not stopped by either (nothing on the JVM can stop it safely);
     * the session then runs on a worker the assessment no longer waits for.
     */
    synchronized void expire() {
        expired = true;
        KieSession s = session;
        if (s == null) {
            return;
        }
        s.halt();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
    }

    /** Counts a session's firings; throws once the assessment has fired more than its limit, or ran past its deadline. */
    void finished(int firings) {
        fired += firings;
        if (maxFirings > 0 && fired > maxFirings) {
            throw stop(Reason.FIRING_LIMIT, last, null);
        }
        checkTime();
    }

    /** Throws once the deadline has passed. */
    void checkTime() {
        if (expired || timeLimit != null && nanosLeft() <= 0) {
            expired = true;
            throw stop(Reason.TIME_LIMIT, running, null);
        }
    }

    /** The stop of a custom session that threw {@code thrown}, naming the rule that threw. */
    RuleExecutionException failed(Throwable thrown) {
        if (thrown instanceof RuleExecutionException stop) {
            return stop;
        }
        Throwable cause = thrown;
        String rule = running;
        if (thrown instanceof ConsequenceException consequence && consequence.getCause() != null) {
            cause = withoutMvelWrappers(consequence.getCause());
            rule = consequence.getRule() == null ? rule : consequence.getRule().getName();
        } else if (isConditionFailure(thrown)) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(thrown.getMessage()));
            rule = m.find() ? m.group(1) : null;
            cause = thrownByCondition(thrown);
        }
        return stop(Reason.RULE_FAILED, rule, unwrapped(cause));
    }

    /**
     * Whether a condition threw: the executable model's {@link ConstraintEvaluationException}, or
     * the one of the DRL compiler that builds custom rules (cto-rules-custom, not a dependency here).
     */
    private static boolean isConditionFailure(Throwable thrown) {
        return thrown instanceof ConstraintEvaluationException
                || thrown.getClass().getName().equals("org.drools.mvel.ConstraintEvaluationException");
    }

    /** What a condition's expression threw. */
    private static Throwable thrownByCondition(Throwable condition) {
        return withoutMvelWrappers(condition.getCause() == null ? condition : condition.getCause());
    }

    /**
     * What an expression threw. Custom rules' conditions, and consequences not in Java, run
     * through MVEL, which wraps it in its own exceptions and a reflective call's.
     */
    private static Throwable withoutMvelWrappers(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && (t.getClass().getName().startsWith("org.mvel2.")
                || t instanceof java.lang.reflect.InvocationTargetException)) {
            t = t.getCause();
        }
        return t;
    }

    /** What was thrown, without the bare wrappers the engine adds around it (their message is the cause's). */
    private static Throwable unwrapped(Throwable thrown) {
        Throwable t = thrown;
        while (t.getClass() == RuntimeException.class && t.getCause() != null
                && String.valueOf(t.getMessage()).equals(t.getCause().toString())) {
            t = t.getCause();
        }
        return t;
    }

    /** How Drools names the rule of a condition that threw: {@code [Rule "name" in file]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    RuleExecutionException interrupted() {
        return stop(Reason.INTERRUPTED, running, null);
    }

    RuleExecutionException timedOut() {
        expired = true;
        return stop(Reason.TIME_LIMIT, running, null);
    }

    private RuleExecutionException stop(Reason reason, String rule, Throwable cause) {
        String origin = rule == null ? null : originOf.apply(rule);
        String named = rule == null ? null : "rule '" + rule + "'" + (origin == null ? "" : " (" + origin + ")");
        String message = switch (reason) {
            case RULE_FAILED -> (named == null ? "a custom rule" : named) + " failed: " + cause;
            case TIME_LIMIT -> "the rules ran longer than the time limit of " + describe(timeLimit) + ": "
                    + (named != null ? named + " was running"
                    : last != null ? "their conditions were being matched; the last rule to fire was " + describe(last)
                    : "their conditions were being matched, before any rule fired");
            case FIRING_LIMIT -> "the rules fired more than " + maxFirings + " times (the firing limit)"
                    + (named == null ? "" : "; the last to fire was " + named);
            case INTERRUPTED -> "the assessment was interrupted" + (named == null ? "" : " while " + named + " was running");
        };
        return new RuleExecutionException(reason, rule, origin, message, cause);
    }

    private String describe(String rule) {
        String origin = originOf.apply(rule);
        return "rule '" + rule + "'" + (origin == null ? "" : " (" + origin + ")");
    }

    /** {@code 90 s}, {@code 1500 ms}: a limit as a person writes it. */
    static String describe(Duration limit) {
        if (limit.toMillis() % 1000 == 0) {
            return limit.toSeconds() + " s";
        }
        return limit.toMillis() > 0 ? limit.toMillis() + " ms" : limit.toNanos() + " ns";
    }

    /**
     * What the given thread is doing in a custom rule session now: {@code rule 'x' (file)} when it
     * runs a custom rule's consequence, {@code the conditions of the custom rules} when it is
     * matching them; empty when it runs no custom session.
     */
    public static Optional<String> customRuleOn(Thread thread) {
        RunGuard guard = CUSTOM_SESSIONS.get(thread);
        if (guard == null) {
            return Optional.empty();
        }
        String rule = guard.running;
        return Optional.of(rule == null ? "the conditions of the custom rules" : guard.describe(rule));
    }
}
