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
import java.util.List;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.ctorole.io.report.ReportFormat;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --output} and colour, shared by the commands that print reports. Each
 * kind of command declares the formats it supports (and its help lists only those); without
 * {@code --format}, the extension of {@code --output} chooses the format, else text.
 */
abstract class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to this file instead of stdout; its extension chooses the format unless --format does.")
    Path output;

    @Option(names = "--no-color", description = "No ANSI colours, even on a terminal.")
    boolean noColor;

    /** The format given with {@code --format}, or null. */
    abstract ReportFormat requested();

    /** The formats this kind of command prints, the first the default. */
    abstract List<ReportFormat> supported();

    /**
     * The format to write: {@code --format}, else the one {@code --output}'s extension names, else
     * the default.
     *
     * @throws UserException for a format this command does not print
     */
    ReportFormat format() {
        ReportFormat chosen = requested();
        if (chosen == null && output != null) {
            chosen = ReportFormat.ofFileName(output.getFileName() == null ? "" : output.getFileName().toString())
                    .filter(supported()::contains).orElse(null);
        }
        if (chosen == null) {
            return supported().get(0);
        }
        if (!supported().contains(chosen)) {
            List<String> keys = supported().stream().map(ReportFormat::key).toList();
            throw new UserException("--format " + chosen.key() + ": this command prints "
                    + String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1)
                    + ", not " + chosen.key());
        }
        return chosen;
    }

    /** Colour only for text on a real terminal, and never when NO_COLOR is set. */
    boolean color() {
        return !noColor && output == null && format() == ReportFormat.TEXT && System.console() != null
                && System.getenv("NO_COLOR") == null;
    }

    /** Output of the commands that render assessments: every report format. */
    static final class Reports extends OutputOptions {
        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
                description = "Output format: text, json, markdown, html, csv or sarif (default: from --output's"
                        + " extension, else text).")
        ReportFormat format;

        @Override
        ReportFormat requested() {
            return format;
        }

        @Override
        List<ReportFormat> supported() {
            return List.of(ReportFormat.TEXT, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML,
                    ReportFormat.CSV, ReportFormat.SARIF);
        }
    }

    /** Output of the commands that print documents: text, Markdown or JSON. */
    static final class Documents extends OutputOptions {
        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
                description = "Output format: text, markdown or json (default: from --output's extension, else text).")
        ReportFormat format;

        @Override
        ReportFormat requested() {
            return format;
        }

        @Override
        List<ReportFormat> supported() {
            return List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.JSON);
        }
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
        refuseEmpty(output);
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

    /**
     * Refuses an empty output path as usage: the JDK throws an unchecked error for some ways of
     * opening {@code Path.of("")}, which would otherwise reach the user as an internal error.
     */
    static void refuseEmpty(Path file) {
        if (file.toString().isEmpty()) {
            throw new UserException("-o '': an empty path names no file");
        }
    }

    /** Writing to a file; the reason it fails is reported in the operating system's words. */
    interface Writing {
        void to(Path file) throws IOException;
    }

    /** Writes {@code file} (its folders made first), or throws a {@link UserException} saying why not. */
    static void write(Path file, Writing writing) {
        refuseEmpty(file);
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
