package org.ctorole.importer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an imported item came from, so that a person can check it: a file and line (CSV,
 * CODEOWNERS, a Backstage document) and, for JSON records, the JSON pointer of the record.
 *
 * <pre>{@code Provenance.line("hr.csv", 14)                       // hr.csv:14
 * Provenance.at("users.json", 230, "/Resources/7")            // users.json:230#/Resources/7}</pre>
 *
 * @param source  the file name, or another label such as {@code <stdin>}
 * @param line    1-based line; 0 when unknown
 * @param pointer JSON pointer (RFC 6901) inside the record's document; empty when the line says it all
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Provenance(String source, int line, String pointer) implements Comparable<Provenance> {

    public Provenance {
        Objects.requireNonNull(source, "source");
        pointer = pointer == null ? "" : pointer;
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A line of a file. */
    public static Provenance line(String source, int line) {
        return new Provenance(source, line, "");
    }

    /** A record of a JSON or YAML document, by line and pointer. */
    public static Provenance at(String source, int line, String pointer) {
        return new Provenance(source, line, pointer);
    }

    /** {@code file:line}, {@code file:line#/pointer} or {@code file#/pointer}. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + (pointer.isEmpty() ? "" : "#" + pointer);
    }

    @Override
    public int compareTo(Provenance other) {
        int bySource = source.compareTo(other.source);
        if (bySource != 0) {
            return bySource;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : pointer.compareTo(other.pointer);
    }
}
