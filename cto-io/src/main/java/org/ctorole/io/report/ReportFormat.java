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
    CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
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
