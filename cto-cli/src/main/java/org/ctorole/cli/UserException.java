package org.ctorole.cli;

/** A mistake of the user's (a missing file, a bad argument): reported as one line, exit code 2. */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
        super(message);
    }
}
