package org.ctorole.importer;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads sources of one kind into an {@link ImportResult}. Bad content never throws: every
 * problem goes into the result with its place, so that all of them can be reported at once.
 * The importers of this module come from {@link Importers}; another module (a git-history
 * importer) implements this interface and its results merge like any other.
 *
 * <pre>{@code ImportResult result = Importers.importer(SourceKind.CSV, ImportMapping.none())
 *         .read(List.of(ImportSource.of(Path.of("hr.csv"))));}</pre>
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Importer {
    /** Reads every source, in order, into one result. */
    ImportResult read(List<ImportSource> sources);
}
