package org.ctorole.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.io.InvalidInputException;
import org.ctorole.model.validation.Problem;

/**
 * The entities of Backstage catalog files, read as {@code cto import backstage} reads them, and where in a
 * repository each {@code Component}'s code lives:
 * <ul>
 *   <li>the annotation {@value #SOURCE_LOCATION}: {@code url:} a URL into the repository's tree
 *       ({@code .../tree/REF/DIR}, {@code .../blob/REF/FILE} — the file's directory —, GitLab's
 *       {@code /-/tree/}, Bitbucket's {@code /src/}; {@code REF} is one segment; a URL without such a part is the
 *       repository's root), or {@code dir:} or a bare path relative to the catalog file ({@code ./billing/});</li>
 *   <li>else the directory of the catalog file within the repository.</li>
 * </ul>
 *
 * <pre>{@code
 * BackstageCatalog catalog = BackstageCatalog.read(List.of(ImportSource.of(Path.of("catalog-info.yaml"))));
 * catalog.componentDirectories(source -> Optional.of("services"));  // the catalog stands in services/
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BackstageCatalog {

    /** The annotation naming where a component's source code is. */
    public static final String SOURCE_LOCATION = "backstage.io/source-location";

    private static final Set<String> TREE_SEGMENTS = Set.of("tree", "blob", "src");

    private final List<BackstageImporter.Entity> entities;
    private final List<Problem> problems;

    private BackstageCatalog(List<BackstageImporter.Entity> entities, List<Problem> problems) {
        this.entities = List.copyOf(entities);
        this.problems = List.copyOf(problems);
    }

    /**
     * Where a component's code is.
     *
     * @param component the component's {@code metadata.name}
     * @param directory its directory, repository-relative without a trailing {@code /}; empty for the root
     * @param at        where the component (or its annotation) stands
     */
    public record ComponentDirectory(String component, String directory, Provenance at) {
        public ComponentDirectory {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Reads catalog files (several YAML documents each); bad content becomes {@link #problems()}. */
    public static BackstageCatalog read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.BACKSTAGE.key(),
                sources.stream().map(ImportSource::name).toList());
        List<BackstageImporter.Entity> entities = new ArrayList<>();
        for (ImportSource source : sources) {
            BackstageImporter.parse(source, entities, result);
        }
        return new BackstageCatalog(entities, result.build().problems());
    }

    /** What makes the files unusable (unreadable, not YAML, an entity without kind or name), with places. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The directory of every {@code Component}, in the order of the files.
     *
     * @param catalogDirectory the repository-relative directory of a catalog file, by its source name; empty when
     *                         the file is not in the repository (its components then need {@value #SOURCE_LOCATION})
     * @throws InvalidInputException listing every problem of the files and every component whose directory cannot
     *                               be told, with its place
     */
    public List<ComponentDirectory> componentDirectories(Function<String, Optional<String>> catalogDirectory) {
        List<Problem> all = new ArrayList<>(problems);
        List<ComponentDirectory> found = new ArrayList<>();
        for (BackstageImporter.Entity e : entities) {
            if (!e.kind().equals("Component")) {
                continue;
            }
            String location = e.annotation(SOURCE_LOCATION);
            String pointer = "/metadata/annotations/" + LocatedTree.escape(SOURCE_LOCATION);
            Optional<String> catalogDir = catalogDirectory.apply(e.at().source());
            String problem;
            if (location == null || location.isBlank()) {
                if (catalogDir.isPresent()) {
                    found.add(new ComponentDirectory(e.name(), catalogDir.get(), e.at()));
                    continue;
                }
                problem = "Component '" + e.name() + "' has no " + SOURCE_LOCATION + " annotation and "
                        + e.at().source() + " is not inside the repository: its directory cannot be told";
                all.add(new Problem("/metadata/name", problem, Optional.of(new Problem.Location(e.at().source(),
                        Math.max(e.at().line(), 1), 1))));
                continue;
            }
            Resolved resolved = resolve(location.strip(), catalogDir);
            if (resolved.directory() != null) {
                found.add(new ComponentDirectory(e.name(), resolved.directory(), e.place(pointer)));
            } else {
                all.add(new Problem(pointer, "Component '" + e.name() + "': " + resolved.problem(),
                        Optional.of(new Problem.Location(e.at().source(), Math.max(e.tree().line(pointer), 1),
                                Math.max(e.tree().column(pointer), 1)))));
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException("Backstage catalog", all);
        }
        return found;
    }

    /** A directory, or why there is none. */
    private record Resolved(String directory, String problem) {
        static Resolved of(String directory) {
            return new Resolved(directory, null);
        }

        static Resolved not(String problem) {
            return new Resolved(null, problem);
        }
    }

    private static Resolved resolve(String location, Optional<String> catalogDir) {
        if (location.startsWith("url:")) {
            return fromUrl(location.substring(4).strip());
        }
        if (location.contains("://")) {
            return fromUrl(location);
        }
        String relative = location.startsWith("dir:") ? location.substring(4).strip() : location;
        if (relative.startsWith("/") || relative.matches("^[A-Za-z]:[\\\\/].*")) {
            return Resolved.not("'" + location + "' is an absolute path: give it relative to the catalog file"
                    + " (./dir/) or as url: to the repository's tree");
        }
        if (catalogDir.isEmpty()) {
            return Resolved.not("'" + location + "' is relative to the catalog file, which is not inside the"
                    + " repository");
        }
        return normalise(catalogDir.get().isEmpty() ? relative : catalogDir.get() + "/" + relative)
                .map(Resolved::of)
                .orElseGet(() -> Resolved.not("'" + location + "' leads out of the repository"));
    }

    private static Resolved fromUrl(String url) {
        String path;
        try {
            path = new URI(url).getPath();
        } catch (URISyntaxException e) {
            return Resolved.not("'" + url + "' is not a URL: " + e.getReason());
        }
        if (path == null) {
            return Resolved.not("'" + url + "' has no path");
        }
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        segments.removeIf(String::isEmpty);
        // owner/name/tree/REF/DIR...: the tree part never comes before the repository's two segments
        for (int i = 2; i + 1 < segments.size(); i++) {
            if (TREE_SEGMENTS.contains(segments.get(i))) {
                boolean blob = segments.get(i).equals("blob");
                List<String> rest = segments.subList(i + 2, segments.size());
                String dir = String.join("/", rest);
                if (blob && !rest.isEmpty() && !path.endsWith("/")) {
                    dir = String.join("/", rest.subList(0, rest.size() - 1));
                }
                return normalise(dir).map(Resolved::of)
                        .orElseGet(() -> Resolved.not("'" + url + "' leads out of the repository"));
            }
        }
        if (segments.size() >= 3 && TREE_SEGMENTS.contains(segments.get(segments.size() - 1))) {
            return Resolved.not("'" + url + "' names no revision after /" + segments.get(segments.size() - 1) + "/");
        }
        return Resolved.of(""); // the repository itself
    }

    /** A repository-relative path without {@code .}, {@code ..} or empty segments; empty when it leaves the root. */
    private static Optional<String> normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.replace('\\', '/').split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
