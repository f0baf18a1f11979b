package org.ctorole.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads UTF-8 text within a size limit, as the profile and policy readers read their input: a
 * regular file through a bounded stream, anything else (a directory, {@code /dev/zero}, a FIFO, a
 * socket) refused before it is opened, so that nothing blocks or fills the memory; a byte that is
 * not UTF-8 is placed at its line and column. For other input a program reads whole, such as a
 * JSON report given back to {@code cto diff}.
 *
 * <pre>{@code String json = BoundedText.read(Path.of("q1.json"), 64 * 1024 * 1024);}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BoundedText {

    private BoundedText() {
    }

    /**
     * The text of a regular file of at most {@code maxBytes} bytes.
     *
     * @throws UnreadableInputException naming the file and why it cannot be read (missing, not a
     *                                  regular file, an I/O error)
     * @throws InvalidInputException    naming the file when it is too large or not UTF-8
     */
    public static String read(Path file, int maxBytes) {
        Objects.requireNonNull(file, "file");
        try {
            return TextInput.read(file, maxBytes);
        } catch (TextInput.Unreadable e) {
            throw new InvalidInputException(file.toString(), List.of(e.problem()));
        }
    }

    /**
     * The text of a stream, read up to {@code maxBytes} bytes (one more is refused without
     * reading the rest); the stream is not closed.
     *
     * @param source names the input in errors, e.g. {@code <stdin>}
     * @throws UnreadableInputException when the input cannot be read
     * @throws InvalidInputException    when the input is too large or not UTF-8
     */
    public static String read(InputStream in, String source, int maxBytes) {
        Objects.requireNonNull(in, "in");
        String name = source == null ? "<input>" : source;
        try {
            return TextInput.read(in, name, maxBytes);
        } catch (TextInput.Unreadable e) {
            throw new InvalidInputException(name, List.of(e.problem()));
        }
    }
}
