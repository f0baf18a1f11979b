package org.ctorole.git;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one developer did to one file, and whether that makes them one of its authors.
 *
 * <pre>{@code contribution.doa().value(); contribution.author();}</pre>
 *
 * @param developer the developer
 * @param doa       their degree of authorship over the file
 * @param author    whether they are an author of the file ({@link DegreeOfAuthorship#isAuthor})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Contribution(Developer developer, DegreeOfAuthorship doa, boolean author) {
    public Contribution {
        Objects.requireNonNull(developer, "developer");
        Objects.requireNonNull(doa, "doa");
    }
}
