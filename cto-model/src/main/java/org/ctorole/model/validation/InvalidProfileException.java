package org.ctorole.model.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Thrown when a profile has problems; carries every one of them, not just the first. */
@API(status = API.Status.STABLE, since = "0.1")
public class InvalidProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidProfileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in path order of the input. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the profile:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    }
}
