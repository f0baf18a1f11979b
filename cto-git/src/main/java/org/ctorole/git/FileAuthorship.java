package org.ctorole.git;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A file of the analysed revision with everyone who created or changed it and its authors.
 *
 * <pre>{@code file.authors() // [Ana Silva <ana@example.org>]}</pre>
 *
 * @param path          the path at the analysed revision
 * @param area          the knowledge area the file belongs to, if any
 * @param contributions the developers counted, highest DOA first (ties: by {@link Developer#key()})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FileAuthorship(String path, Optional<String> area, List<Contribution> contributions) {

    public FileAuthorship {
        Objects.requireNonNull(path, "path");
        area = area == null ? Optional.empty() : area;
        contributions = List.copyOf(contributions);
    }

    /** The authors of the file, highest DOA first. */
    public List<Developer> authors() {
        return contributions.stream().filter(Contribution::author).map(Contribution::developer).toList();
    }

    /** The contribution of the developer with this {@link Developer#key()}, if they touched the file. */
    public Optional<Contribution> contributionOf(String developerKey) {
        return contributions.stream().filter(c -> c.developer().key().equals(developerKey)).findFirst();
    }
}
