package org.ctorole.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Input that cannot be read at all: a missing file, one that may not be read, a directory, a device
 * or a pipe (refused unopened), an I/O failure. What was read but is wrong is another matter: an
 * {@code InvalidProfileException} for a profile, an {@link InvalidInputException} for a policy or a
 * report, each listing every problem with its place. The cause is the {@link IOException}.
 *
 * <pre>{@code
 * try {
 *     profile = ProfileReader.standard().read(file);
 * } catch (UnreadableInputException e) {
 *     log.warn("{}", e.getMessage());                  // cannot read 'org.yaml': no such file
 * } catch (InvalidProfileException e) {
 *     e.problems().forEach(p -> log.warn("{}", p));  // org.yaml:12:5: people[1].reportsTo: unknown person 'zed'
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public class UnreadableInputException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    /**
     * @param source the file (or stream) as named to the user
     * @param reason why, in plain words: {@code no such file}, {@code permission denied}
     * @param cause  the I/O failure
     */
    public UnreadableInputException(String source, String reason, IOException cause) {
        super("cannot read '" + source + "': " + reason, Objects.requireNonNull(cause, "cause"));
        this.source = source;
        this.reason = reason;
    }

    /** The file (or stream) as named to the user. */
    public String source() {
        return source;
    }

    /** Why it cannot be read, in plain words. */
    public String reason() {
        return reason;
    }
}
