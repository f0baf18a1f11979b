package org.ctorole.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of a {@code cto-profile/1} document, for editors and other
 * tools. It states the shape (fields, types, enum values, required fields); references between
 * sections, reporting cycles and the 100 % time allocation are left to {@link ProfileReader}.
 *
 * <pre>{@code Files.writeString(Path.of("cto-profile-1.schema.json"), ProfileSchema.json());}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProfileSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "urn:ctorole:schema:cto-profile-1";

    static final String RESOURCE = "cto-profile-1.schema.json";

    private ProfileSchema() {
    }

    /** The schema text. */
    public static String json() {
        return Holder.TEXT;
    }

    private static final class Holder {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = ProfileSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
