package org.ctorole.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.ctorole.model.validation.Problem;

/**
 * Reads input text within a size limit, whatever the path names: a regular file is read through
 * a bounded stream (its size as reported is not trusted: a file in {@code /proc} reports 0),
 * anything else (a directory, a device such as {@code /dev/zero}, a FIFO, a socket) is refused
 * before it is opened, so that nothing blocks or fills the memory. Text must be UTF-8; a byte
 * that is not is reported with its line and column. What cannot be read is an
 * {@link UnreadableInputException}; what was read but is too large or not UTF-8 is
 * {@link Unreadable}, a problem of the content.
 */
final class TextInput {

    private TextInput() {
    }

    /** Input read but not usable as text (too large, not UTF-8); its one problem says why and, for bad bytes, where. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /**
     * The text of a regular file of at most {@code limit} bytes.
     *
     * @throws UnreadableInputException when the file cannot be read, or is no regular file
     */
    static String read(Path file, int limit) throws Unreadable {
        String source = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw failed(source, e);
        }
        if (attributes.isDirectory()) {
            throw failed(source, new FileSystemException(source, null, "it is a directory"));
        }
        if (!attributes.isRegularFile()) {
            // Opening a FIFO waits for a writer, and a device may never end: refuse both unopened.
            throw failed(source, new FileSystemException(source, null,
                    "it is not a regular file (a device, a pipe or a socket)"));
        }
        if (attributes.size() > limit) {
            throw unreadable(source, tooLarge("the file", limit));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(readAtMost(in, limit, source, "the file"), source);
        } catch (IOException e) {
            throw failed(source, e);
        }
    }

    /**
     * The text of a stream of at most {@code limit} bytes; the stream is read, not closed.
     *
     * @throws UnreadableInputException when reading fails
     */
    static String read(InputStream in, String source, int limit) throws Unreadable {
        try {
            return decode(readAtMost(in, limit, source, "the input"), source);
        } catch (IOException e) {
            throw failed(source, e);
        }
    }

    private static UnreadableInputException failed(String source, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : reason(e);
        return new UnreadableInputException(source, why, e);
    }

    /** At most {@code limit} bytes; one more is refused without reading the rest. */
    private static byte[] readAtMost(InputStream in, int limit, String source, String what)
            throws IOException, Unreadable {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw unreadable(source, tooLarge(what, limit));
        }
        return bytes;
    }

    /** UTF-8 text; the first invalid byte is placed at its line and column (counted in characters). */
    static String decode(byte[] bytes, String source) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw notUtf8(bytes, in.position(), out, source);
        }
        out.flip();
        return out.toString();
    }

    private static Unreadable notUtf8(byte[] bytes, int offset, CharBuffer before, String source) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Unreadable(Problem.at("", "the file is UTF-16 text; save it as UTF-8")
                    .withLocation(new Problem.Location(source, 1, 1)));
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.limit(); i++) {
            char c = before.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        String message = String.format("not UTF-8 text: the byte 0x%02X here is not valid UTF-8;"
                + " save the file as UTF-8", bytes[offset] & 0xFF);
        return new Unreadable(Problem.at("", message).withLocation(new Problem.Location(source, line, column)));
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    private static String tooLarge(String what, int limit) {
        return what + " is larger than the limit of " + limit + " bytes";
    }

    private static String reason(IOException e) {
        // A file system error's message repeats the path; its reason alone is what the user needs.
        String message = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Unreadable unreadable(String source, String reason) {
        return new Unreadable(Problem.at("", "cannot read '" + source + "': " + reason));
    }
}
