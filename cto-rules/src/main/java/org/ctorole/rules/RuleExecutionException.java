package org.ctorole.rules;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An assessment the rules did not finish: a custom rule threw (an exception or an
 * {@link Error} such as {@link StackOverflowError} or {@link OutOfMemoryError}), or the rules
 * ran past the assessor's {@linkplain CtoAssessor.Builder#timeLimit time limit} or
 * {@linkplain CtoAssessor.Builder#maxFirings firing limit}. Nothing the rules found is
 * returned; the assessor stays usable.
 *
 * <pre>{@code
 * try {
 *     assessor.assess(profile);
 * } catch (RuleExecutionException e) {
 *     log.warn("{} (rule {}, from {})", e.reason(), e.rule().orElse("?"), e.origin().orElse("?"));
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public class RuleExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the rules stopped. */
    public enum Reason {
        /** A rule threw, in its condition or its consequence; the cause is what it threw. */
        RULE_FAILED,
        /** The rules ran longer than the time limit. */
        TIME_LIMIT,
        /** The rules fired more often than the firing limit. */
        FIRING_LIMIT,
        /** The thread waiting for the custom rules was interrupted; its interrupt flag is set again. */
        INTERRUPTED
    }

    private final Reason reason;
    private final String rule;
    private final String origin;

    /**
     * @param reason  why the rules stopped
     * @param rule    the DRL name of the rule concerned (the one that threw, was running or fired
     *                last), or {@code null} when no rule can be named
     * @param origin  where that rule is defined ({@link RuleDescriptor#origin()}), or {@code null}
     * @param message the whole message, naming the rule and its file
     * @param cause   what the rule threw, or {@code null}
     */
    public RuleExecutionException(Reason reason, String rule, String origin, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.rule = rule;
        this.origin = origin;
    }

    public Reason reason() {
        return reason;
    }

    /** The DRL name of the rule that threw, was running when a limit was reached, or fired last. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /** Where {@link #rule()} is defined: {@value RuleDescriptor#BUILT_IN} or a custom rule file's name. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /** Whether the rule concerned is a custom one: its failure is the fault of its author, not of this library. */
    public boolean customRule() {
        return origin != null && !RuleDescriptor.BUILT_IN.equals(origin);
    }
}
