package org.ctorole.rules;

import java.util.List;

/** Custom DRL that does not compile; each message names the file, the line and the rule. */
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
