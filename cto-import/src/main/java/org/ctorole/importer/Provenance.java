package org.ctorole.importer;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where an imported item came from, so that a person can check it: a file and line (CSV,
 * CODEOWNERS, a Backstage document) and, for JSON records, the JSON pointer of the record; for a
 * source that is no file of lines (a repository's history) the evidence itself, in words.
 *
 * <pre>{@code Provenance.line("hr.csv", 14)                       // hr.csv:14
 * Provenance.at("users.json", 230, "/Resources/7")            // users.json:230#/Resources/7
 * Provenance.line("repo@1a2b3c4d5e6f", 0).withDetail("Ana <ana@x.org>: author of 3 of 4 files, mean DOA 4.39")}</pre>
 *
 * @param source  the file name, or another label such as {@code <stdin>}
 * @param line    1-based line; 0 when unknown
 * @param pointer JSON pointer (RFC 6901) inside the record's document; empty when the line says it all
 * @param detail  what the source says of the item there, when the place alone does not show it; usually empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Provenance(String source, int line, String pointer, String detail) implements Comparable<Provenance> {

    public Provenance {
        Objects.requireNonNull(source, "source");
        pointer = pointer == null ? "" : pointer;
        detail = detail == null ? "" : detail;
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A place without detail (the form every file importer uses). */
    public Provenance(String source, int line, String pointer) {
        this(source, line, pointer, "");
    }

    /** The same place with what the source says of the item there. */
    public Provenance withDetail(String text) {
        return new Provenance(source, line, pointer, text);
    }

    /** A line of a file. */
    public static Provenance line(String source, int line) {
        return new Provenance(source, line, "");
    }

    /** A record of a JSON or YAML document, by line and pointer. */
    public static Provenance at(String source, int line, String pointer) {
        return new Provenance(source, line, pointer);
    }

    /** {@code file:line}, {@code file:line#/pointer} or {@code file#/pointer}, then {@code (detail)} if any. */
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + (pointer.isEmpty() ? "" : "#" + pointer)
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    @Override
    public int compareTo(Provenance other) {
        int bySource = source.compareTo(other.source);
        if (bySource != 0) {
            return bySource;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byPointer = pointer.compareTo(other.pointer);
        return byPointer != 0 ? byPointer : detail.compareTo(other.detail);
    }
}
