package org.ctorole.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Standard output as the commands write it: a {@link PrintWriter} (as picocli's own, in the same
 * encoding) that also keeps why writing failed. A {@code PrintWriter} only says <em>that</em> it
 * failed ({@link #checkError()}); the reason (a broken pipe, a full disk, a closed descriptor) is
 * what the user needs to read.
 */
final class StandardOutput extends PrintWriter {
    private final Recording stream;

    private StandardOutput(Recording stream, Charset charset) {
        super(new OutputStreamWriter(stream, charset), true);
        this.stream = stream;
    }

    /** The process's standard output (file descriptor 1). */
    static StandardOutput open() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset;
        try {
            charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            charset = Charset.defaultCharset();
        }
        return over(new FileOutputStream(FileDescriptor.out), charset);
    }

    /** Output to any stream, e.g. one that fails as a full disk does. */
    static StandardOutput over(OutputStream out, Charset charset) {
        return new StandardOutput(new Recording(out), charset);
    }

    /** Why writing failed, in the operating system's words ({@code Broken pipe}); empty while it has not. */
    Optional<String> failure() {
        IOException e = stream.failure;
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    /** Why writing to {@code out} failed, when it did. */
    static Optional<String> failureOf(PrintWriter out) {
        out.flush();
        if (!out.checkError()) {
            return Optional.empty();
        }
        return Optional.of(out instanceof StandardOutput s ? s.failure().orElse("write error") : "write error");
    }

    /** Passes bytes on and keeps the first failure. */
    private static final class Recording extends FilterOutputStream {
        private volatile IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
