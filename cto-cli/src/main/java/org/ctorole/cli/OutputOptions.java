package org.ctorole.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.ctorole.io.report.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --output} and colour, shared by the commands that print reports. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Output format: text, json, markdown, html or csv (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write to this file instead of stdout.")
    Path output;

    @Option(names = "--no-color", description = "No ANSI colours, even on a terminal.")
    boolean noColor;

    /** Colour only for text on a real terminal, and never when NO_COLOR is set. */
    boolean color() {
        return !noColor && output == null && format == ReportFormat.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
    }

    /**
     * Refuses an {@code --output} that names one of the command's inputs (null ones and {@code -}
     * ignored), before anything is read or written: the user's input is never overwritten.
     */
    void refuseInputs(Path... inputs) {
        refuseInputs(output, Arrays.asList(inputs));
    }

    /** As {@link #refuseInputs(Path...)}, for a command with an output option of its own. */
    static void refuseInputs(Path output, Collection<Path> inputs) {
        if (output == null) {
            return;
        }
        if (output.toString().isEmpty()) {
            throw new UserException("-o '': an empty path names no file");
        }
        inputs.stream().filter(Objects::nonNull).filter(in -> !in.toString().equals(Inputs.STDIN))
                .filter(in -> sameFile(in, output)).findFirst().ifPresent(in -> {
                    throw new UserException("-o " + output + " is an input of this command (" + in
                            + "): it is never overwritten; write the result to another file");
                });
    }

    void write(String content, PrintWriter out) {
        if (output == null) {
            out.print(content);
            out.flush();
            return;
        }
        write(output, path -> Files.writeString(path, content, StandardCharsets.UTF_8));
    }

    /** Writing to a file; the reason it fails is reported in the operating system's words. */
    interface Writing {
        void to(Path file) throws IOException;
    }

    /** Writes {@code file} (its folders made first), or throws a {@link UserException} saying why not. */
    static void write(Path file, Writing writing) {
        if (file.toString().isEmpty()) {
            throw new UserException("-o '': an empty path names no file");
        }
        if (Files.isDirectory(file)) {
            throw new UserException("cannot write " + file + ": it is a directory");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writing.to(file);
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + reason(e));
        } catch (java.io.UncheckedIOException e) {
            throw new UserException("cannot write " + file + ": " + reason(e.getCause()));
        }
    }

    /**
     * Why an I/O operation failed, as the operating system says it ({@code Permission denied},
     * {@code No space left on device}); Java's exceptions for a file name the file instead.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether two paths name the same file: the same file when both exist (links included), else the same path. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }
}
