package org.ctorole.git;

import org.apiguardian.api.API;

/**
 * Why a file of the analysed revision is not counted; a file is reported under the first reason that
 * applies, in this order.
 *
 * <pre>{@code authorship.excluded().get(ExclusionReason.VENDORED) // 120}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ExclusionReason {
    /** Outside the directory given with {@code --path}. */
    OUTSIDE_PATH("outside --path"),
    /** Matched by {@code --exclude} or a line of {@code --exclude-from}. */
    EXCLUDED_BY_PATTERN("--exclude"),
    /** Matched by no {@code --include} pattern when some were given. */
    NOT_INCLUDED("not --include'd"),
    /** Third-party code kept in the repository ({@code vendor/}, {@code node_modules/}, ...). */
    VENDORED("vendored"),
    /** Written by a tool ({@code *.pb.go}, lock files, source maps, ...). */
    GENERATED("generated"),
    /** Minified sources ({@code *.min.js}, {@code *.min.css}, ...). */
    MINIFIED("minified"),
    /** Documentation and prose ({@code docs/}, {@code *.md}, {@code README}, {@code LICENSE}, ...). */
    DOCUMENTATION("documentation"),
    /** A symbolic link or a submodule, not a file of this repository's own. */
    LINK_OR_SUBMODULE("symlink or submodule"),
    /** Binary content: a NUL byte in its first 8,000 bytes, git's own test. */
    BINARY("binary"),
    /** No commit counted touches it (it came in by a merge, or only by excluded authors or before --since). */
    NO_HISTORY("no counted history");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    /** A short label for reports. */
    public String label() {
        return label;
    }
}
