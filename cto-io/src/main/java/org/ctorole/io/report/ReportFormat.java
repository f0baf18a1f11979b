package org.ctorole.io.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The formats {@code cto assess --format} renders.
 *
 * <pre>{@code ReportFormat.parse("markdown") // MARKDOWN}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    MARKDOWN("md"),
    HTML("html"),
    CSV("csv"),
    SARIF("sarif");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format a file name's extension stands for ({@code report.html}: HTML; {@code .md} and
     * {@code .markdown}: Markdown; {@code .sarif} and {@code .sarif.json}: SARIF), if it stands for one.
     */
    public static java.util.Optional<ReportFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return java.util.Optional.of(SARIF);
        }
        if (name.endsWith(".markdown")) {
            return java.util.Optional.of(MARKDOWN);
        }
        if (name.endsWith(".htm")) {
            return java.util.Optional.of(HTML);
        }
        for (ReportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** Its name as the command line spells it: {@code markdown}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid values when the name is not one
     */
    public static ReportFormat parse(String name) {
        String wanted = name == null ? "" : name.strip();
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "' (valid: "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")");
    }
}
