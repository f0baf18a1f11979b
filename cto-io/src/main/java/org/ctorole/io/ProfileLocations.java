package org.ctorole.io;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.model.validation.Problem;

/**
 * Where the values of a profile stand in the file it was read from, by path
 * ({@code systems[2].id}): what a report needs to point at the line a finding is about.
 *
 * <pre>{@code
 * LocatedProfile read = ProfileReader.standard().readLocated(Path.of("northwind.yaml"));
 * read.locations().of("systems[1].id"); // northwind.yaml:84:9
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileLocations {
    private static final ProfileLocations NONE = new ProfileLocations(null, "<unknown>");

    private final SourceIndex index;
    private final String source;

    ProfileLocations(SourceIndex index, String source) {
        this.index = index;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Locations of a profile that was not read from a file: every path at line 1 of nowhere. */
    public static ProfileLocations none() {
        return NONE;
    }

    /** The name of the file the profile was read from. */
    public String source() {
        return source;
    }

    /**
     * The place of the value at {@code path}, or of its closest enclosing value the file has;
     * line 1, column 1 when the profile was not read from a file.
     */
    public Problem.Location of(String path) {
        if (index == null) {
            return new Problem.Location(source, 1, 1);
        }
        int[] at = index.locate(path);
        return new Problem.Location(source, at[0], at[1]);
    }
}
