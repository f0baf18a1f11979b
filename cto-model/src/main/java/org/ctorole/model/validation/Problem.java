package org.ctorole.model.validation;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.text.PrintableText;

/**
 * One thing wrong with a profile, with the path of the offending value
 * ({@code people[3].reportsTo}) and, when read from a file, where it stands in that file.
 *
 * <pre>{@code Problem.at("people[3].reportsTo", "unknown person 'zed'")}</pre>
 *
 * <p>A problem echoes input (an unknown value, a key, a file name), so its path, message and
 * source are kept printable: control, bidirectional and invisible characters are stored escaped
 * ({@link PrintableText}), and printing a problem can never drive the terminal it is printed on.
 *
 * @param path     the path of the value in the profile, as written in YAML/JSON
 * @param message  what is wrong, naming the value
 * @param location file, line and column, when known
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Problem(String path, String message, Optional<Location> location) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        path = PrintableText.escape(path);
        message = PrintableText.escape(message);
        location = location == null ? Optional.empty() : location;
    }

    public static Problem at(String path, String message) {
        return new Problem(path, message, Optional.empty());
    }

    public Problem withLocation(Location where) {
        return new Problem(path, message, Optional.ofNullable(where));
    }

    /** {@code file:line:column: path: message}, or {@code path: message} without a location. */
    @Override
    public String toString() {
        String head = path.isEmpty() ? message : path + ": " + message;
        return location.map(l -> l + ": " + head).orElse(head);
    }

    /**
     * A place in a source file.
     *
     * @param source file name (or another label such as {@code <stdin>})
     * @param line   1-based line
     * @param column 1-based column
     */
    public record Location(String source, int line, int column) {
        public Location {
            Objects.requireNonNull(source, "source");
            source = PrintableText.escape(source);
        }

        @Override
        public String toString() {
            return source + ":" + line + ":" + column;
        }
    }
}
