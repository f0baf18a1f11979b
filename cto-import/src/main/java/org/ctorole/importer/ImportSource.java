package org.ctorole.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A source to import: a name for messages and provenance, and a way to open its bytes (read
 * once, as a stream, so that a 100,000-user export is never held whole in memory).
 *
 * <pre>{@code ImportSource.of(Path.of("hr.csv"));
 * ImportSource.of("hr-export", csvText);   // text an HR tool holds in memory}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ImportSource {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private ImportSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** A file, named as given. */
    public static ImportSource of(Path file) {
        return new ImportSource(file.toString(), () -> Files.newInputStream(file));
    }

    /** Text held in memory (UTF-8). */
    public static ImportSource of(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ImportSource(name, () -> new ByteArrayInputStream(bytes));
    }

    /** Any stream, opened when the import reads it. */
    public static ImportSource of(String name, Opener opener) {
        return new ImportSource(name, opener);
    }

    public String name() {
        return name;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The file's base name, for ids derived from it. */
    String baseName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    @Override
    public String toString() {
        return name;
    }
}
