package org.ctorole.git;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The repository or an input cannot give a trustworthy answer; the message says which and what to do.
 *
 * <pre>{@code
 * try { analysis.analyse(repo); }
 * catch (GitAnalysisException e) { System.err.println(e.problem() + ": " + e.getMessage()); }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GitAnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The path is not a git repository (nor a working tree of one). */
        NOT_A_REPOSITORY,
        /** The repository has no commit. */
        EMPTY_REPOSITORY,
        /** The revision names no commit. */
        UNKNOWN_REVISION,
        /** The history is cut short: authorship and truck factor would be wrong. */
        SHALLOW_CLONE,
        /** A mailmap cannot be read or has lines that are not entries. */
        MAILMAP,
        /** Nothing is left to analyse once the selection is applied. */
        NO_FILES,
        /** The repository could not be read. */
        UNREADABLE
    }

    private final Problem problem;

    public GitAnalysisException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public GitAnalysisException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }
}
