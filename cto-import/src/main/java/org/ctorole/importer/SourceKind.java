package org.ctorole.importer;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The kinds of source this module imports.
 *
 * <pre>{@code SourceKind.parse("scim")   // SCIM}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SourceKind {
    /** An org chart exported from an HR system as CSV. */
    CSV,
    /** SCIM 2.0 {@code ListResponse} pages of {@code User} and {@code Group} resources (RFC 7643, RFC 7644). */
    SCIM,
    /** A GitHub or GitLab {@code CODEOWNERS} file. */
    CODEOWNERS,
    /** A Backstage software catalog ({@code catalog-info.yaml}, several documents). */
    BACKSTAGE;

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code csv}, {@code scim}, {@code codeowners} or {@code backstage}. */
    public static SourceKind parse(String name) {
        for (SourceKind kind : values()) {
            if (kind.key().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind of source '" + name + "': expected csv, scim, codeowners"
                + " or backstage");
    }
}
