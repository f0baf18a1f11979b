package org.ctorole.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;

/**
 * The importers of people, ownership and systems. Each reads its sources into an
 * {@link ImportResult} (a partial profile with the provenance of every item); {@link ProfileMerger}
 * merges results into a profile. The methods taking files throw {@link InvalidInputException}
 * listing every problem of the input with its place; {@link #importer} gives the
 * {@link Importer} itself, which returns problems in the result instead.
 *
 * <pre>{@code
 * ImportResult people = Importers.csv(Path.of("hr.csv"));                       // org chart
 * ImportResult users = Importers.scim(Path.of("users-1.json"), Path.of("users-2.json"));
 * ImportResult owners = Importers.codeowners(ImportMapping.read(Path.of("mapping.yaml")),
 *         Importers.teams(Path.of("users.json"), Path.of("groups.json")), Path.of(".github/CODEOWNERS"));
 * ImportResult catalog = Importers.backstage(Path.of("catalog-info.yaml"));
 * MergeResult merged = ProfileMerger.into(profile, "northwind.yaml").merge(List.of(people, owners));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Importers {
    private Importers() {
    }

    /** The importer of a kind of source; team owners (CODEOWNERS) expand through {@code teams}. */
    public static Importer importer(SourceKind kind, ImportMapping mapping, Teams teams) {
        return switch (kind) {
            case CSV -> new CsvImporter(mapping);
            case SCIM -> new ScimImporter(mapping);
            case CODEOWNERS -> new CodeownersImporter(mapping, teams);
            case BACKSTAGE -> new BackstageImporter(mapping);
        };
    }

    /** People from org-chart CSV files, with headers recognised as they are. */
    public static ImportResult csv(Path... files) {
        return csv(ImportMapping.none(), files);
    }

    /** People from org-chart CSV files, read through a mapping file. */
    public static ImportResult csv(ImportMapping mapping, Path... files) {
        return read(SourceKind.CSV, mapping, Teams.none(), files);
    }

    /** People (and teams) from SCIM 2.0 exports: one or more ListResponse pages. */
    public static ImportResult scim(Path... files) {
        return scim(ImportMapping.none(), files);
    }

    public static ImportResult scim(ImportMapping mapping, Path... files) {
        return read(SourceKind.SCIM, mapping, Teams.none(), files);
    }

    /** Knowledge areas from CODEOWNERS files; team owners expand through the mapping's teams only. */
    public static ImportResult codeowners(Path... files) {
        return codeowners(ImportMapping.none(), Teams.none(), files);
    }

    public static ImportResult codeowners(ImportMapping mapping, Teams teams, Path... files) {
        return read(SourceKind.CODEOWNERS, mapping, teams, files);
    }

    /** Systems, knowledge areas, people and teams from Backstage catalog files. */
    public static ImportResult backstage(Path... files) {
        return backstage(ImportMapping.none(), files);
    }

    public static ImportResult backstage(ImportMapping mapping, Path... files) {
        return read(SourceKind.BACKSTAGE, mapping, Teams.none(), files);
    }

    /**
     * The teams of SCIM exports ({@code Group} resources, with the users they list) or Backstage
     * catalogs ({@code Group} entities), each file read as the one or the other by its first
     * character (<code>{</code> or <code>[</code> is JSON, so SCIM).
     *
     * @throws InvalidInputException listing every problem of the files
     */
    public static Teams teams(Path... files) {
        return teams(Arrays.stream(files).map(ImportSource::of).toList());
    }

    /** The teams of sources, as {@link #teams(Path...)}; the SCIM files are read together, as one export. */
    public static Teams teams(List<ImportSource> sources) {
        List<ImportSource> scim = new ArrayList<>();
        List<ImportSource> backstage = new ArrayList<>();
        sources.forEach(s -> (isJson(s) ? scim : backstage).add(s));
        Teams teams = Teams.none();
        List<org.ctorole.model.validation.Problem> problems = new ArrayList<>();
        for (ImportResult r : List.of(importer(SourceKind.SCIM, ImportMapping.none(), Teams.none()).read(scim),
                importer(SourceKind.BACKSTAGE, ImportMapping.none(), Teams.none()).read(backstage))) {
            problems.addAll(r.problems());
            teams = teams.and(r.teams());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("teams", problems);
        }
        return teams;
    }

    private static boolean isJson(ImportSource source) {
        try (InputStream in = source.open()) {
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return c == '{' || c == '[';
                }
            }
        } catch (IOException e) {
            return source.name().endsWith(".json"); // the importer reports the read error itself
        }
        return false;
    }

    private static ImportResult read(SourceKind kind, ImportMapping mapping, Teams teams, Path... files) {
        return importer(kind, mapping, teams).read(Arrays.stream(files).map(ImportSource::of).toList()).orThrow();
    }
}
