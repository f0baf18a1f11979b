package org.ctorole.io;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.ctorole.model.validation.Problem;

/** Input other than a profile (a policy file, a report) that cannot be used; lists every problem with its place. */
@API(status = API.Status.STABLE, since = "0.1")
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem in " : " problems in ") + what + ":\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
