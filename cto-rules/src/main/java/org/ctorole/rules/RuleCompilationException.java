package org.ctorole.rules;

import java.util.List;
import org.apiguardian.api.API;

/** Custom DRL that does not compile; each message names the file, the line and the rule. */
@API(status = API.Status.STABLE, since = "0.1")
public class RuleCompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public RuleCompilationException(List<String> errors) {
        super("custom rules do not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** One line per error: {@code file:line: rule 'name': message}. */
    public List<String> errors() {
        return errors;
    }
}
