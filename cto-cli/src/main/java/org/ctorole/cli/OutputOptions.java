package org.ctorole.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
