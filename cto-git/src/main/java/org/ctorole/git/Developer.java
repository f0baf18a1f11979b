package org.ctorole.git;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person as the history knows them, after {@code .mailmap}: commits with the same e-mail address
 * (compared without case) are one developer.
 *
 * <pre>{@code new Developer("Ana Silva", "ana@example.org").key() // "ana@example.org"}</pre>
 *
 * @param name  the display name (the mailmap's, else the newest commit's)
 * @param email the e-mail address (the mailmap's, else the commit's); may be empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Developer(String name, String email) {

    public Developer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    /** The identity that merges aliases: the e-mail address in lower case, or the name when there is none. */
    public String key() {
        return keyOf(name, email);
    }

    static String keyOf(String name, String email) {
        return email.isEmpty() ? "name:" + name.toLowerCase(Locale.ROOT) : email.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return email.isEmpty() ? name : name + " <" + email + ">";
    }
}
