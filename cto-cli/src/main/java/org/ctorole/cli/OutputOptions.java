package org.ctorole.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    void write(String content, PrintWriter out) {
        if (output == null) {
            out.print(content);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage());
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value);
        }
    }
}
