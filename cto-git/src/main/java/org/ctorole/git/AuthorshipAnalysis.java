package org.ctorole.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

/**
 * Reads who knows which files of a git repository from its history, and the truck factor that follows,
 * by the method of Avelino, Passos, Hora and Valente, "A novel approach for estimating truck factors"
 * (ICPC 2016): degree of authorship per file and developer ({@link DegreeOfAuthorship}), a file's authors,
 * and the greedy truck factor ({@link TruckFactorEstimate}), for the whole repository and per area.
 *
 * <p>The history read is every commit reachable from the revision; merge commits are never authorship;
 * renames are followed (git's {@code -M}: 50 % similarity); the {@code .mailmap} of the revision, then the
 * one given, merge aliases; bots are left out ({@link AuthorFilter}). Memory is one small record per file of
 * the revision and developer who touched it, plus JGit's walk of the commit graph (a node per commit, as
 * git's own); commit bodies and trees are read one at a time.
 *
 * <pre>{@code
 * RepositoryAuthorship r = AuthorshipAnalysis.defaults()
 *         .withRevision("v2.0")
 *         .withSelection(FileSelection.defaults().withExclude(List.of("legacy/")))
 *         .analyse(Path.of("/src/payments"));
 * System.out.println(r.truckFactor().value());
 * }</pre>
 *
 * @param revision  the revision analysed (any git revision expression; default {@code HEAD})
 * @param selection which files of the revision count
 * @param areas     the area grouping; empty for one area per directory directly under the selection's path
 *                  (the top-level directories without one)
 * @param authors   whose commits count
 * @param mailmap   a mailmap file read after the revision's {@code .mailmap}
 * @param since     only commits at or after this instant (commit date, as {@code git log --since}) count
 * @param threads   threads that compute the tree diffs (the result never depends on it); default: one per
 *                  processor
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuthorshipAnalysis(String revision, FileSelection selection, Optional<AreaGrouping> areas,
                                 AuthorFilter authors, Optional<Path> mailmap, Optional<Instant> since,
                                 int threads) {

    private static final int BINARY_SNIFF_BYTES = 8000;

    public AuthorshipAnalysis {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(selection, "selection");
        areas = areas == null ? Optional.empty() : areas;
        Objects.requireNonNull(authors, "authors");
        mailmap = mailmap == null ? Optional.empty() : mailmap;
        since = since == null ? Optional.empty() : since;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /** HEAD, the default file selection, areas by top-level directory, bots left out. */
    public static AuthorshipAnalysis defaults() {
        return new AuthorshipAnalysis(Constants.HEAD, FileSelection.defaults(), Optional.empty(), AuthorFilter.bots(),
                Optional.empty(), Optional.empty(), Runtime.getRuntime().availableProcessors());
    }

    public AuthorshipAnalysis withRevision(String newRevision) {
        return new AuthorshipAnalysis(newRevision, selection, areas, authors, mailmap, since, threads);
    }

    public AuthorshipAnalysis withSelection(FileSelection newSelection) {
        return new AuthorshipAnalysis(revision, newSelection, areas, authors, mailmap, since, threads);
    }

    public AuthorshipAnalysis withAreas(AreaGrouping grouping) {
        return new AuthorshipAnalysis(revision, selection, Optional.of(grouping), authors, mailmap, since, threads);
    }

    public AuthorshipAnalysis withAuthors(AuthorFilter filter) {
        return new AuthorshipAnalysis(revision, selection, areas, filter, mailmap, since, threads);
    }

    public AuthorshipAnalysis withMailmap(Path file) {
        return new AuthorshipAnalysis(revision, selection, areas, authors, Optional.of(file), since, threads);
    }

    public AuthorshipAnalysis withSince(Instant instant) {
        return new AuthorshipAnalysis(revision, selection, areas, authors, mailmap, Optional.of(instant), threads);
    }

    /** The same analysis with this many diff threads (1: all in the calling thread). */
    public AuthorshipAnalysis withThreads(int count) {
        return new AuthorshipAnalysis(revision, selection, areas, authors, mailmap, since, count);
    }

    /**
     * Analyses the repository at {@code repository}: a working tree (its {@code .git} may be a directory or a
     * worktree's file) or a bare repository.
     *
     * @throws GitAnalysisException when it is not a repository, is empty or shallow, the revision is unknown,
     *                              the mailmap given is unreadable or invalid, or no file is left to analyse
     */
    public RepositoryAuthorship analyse(Path repository) {
        Mailmap extra = mailmap.map(AuthorshipAnalysis::readMailmapFile).orElse(Mailmap.empty());
        try (Repository repo = open(repository)) {
            refuseShallow(repo, repository);
            ObjectId commitId = resolve(repo, repository);
            try (ObjectReader reader = repo.newObjectReader(); RevWalk revWalk = new RevWalk(reader)) {
                RevCommit head = revWalk.parseCommit(commitId);
                List<String> warnings = new ArrayList<>();
                Mailmap map = revisionMailmap(reader, head, warnings).then(extra);
                List<RevisionFile> files = filesAt(reader, head);
                Identities identities = new Identities(map, authors);
                HistoryWalk walk = new HistoryWalk(repo, reader, identities,
                        since.map(Instant::getEpochSecond).orElse(Long.MIN_VALUE));
                List<FileLineage> lineages = new ArrayList<>(files.size());
                for (int i = 0; i < files.size(); i++) {
                    FileLineage lineage = new FileLineage(i);
                    lineages.add(lineage);
                    walk.track(files.get(i).path(), lineage); // every file: exclusion never alters the history
                }
                walk.walk(head, threads);
                if (walk.commitsWithMissingContent() > 0) {
                    warnings.add(walk.commitsWithMissingContent() + " commits refer to file contents missing from the"
                            + " repository (a partial clone?): renames of changed files may be missed in them");
                }
                return result(reader, files, lineages, identities, walk.counts(), commitId, warnings);
            }
        } catch (IOException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.UNREADABLE,
                    "cannot read the repository " + repository + ": " + e.getMessage(), e);
        }
    }

    /** A file of the revision, read whole. */
    record RevisionBlob(String path, byte[] content) {
    }

    /**
     * The first of {@code paths} that is a file at the revision, read whole; empty when none is.
     *
     * @throws GitAnalysisException when it is not a repository, is empty or the revision is unknown
     */
    Optional<RevisionBlob> firstFile(Path repository, List<String> paths) {
        try (Repository repo = open(repository); ObjectReader reader = repo.newObjectReader();
             RevWalk revWalk = new RevWalk(reader)) {
            RevCommit commit = revWalk.parseCommit(resolve(repo, repository));
            for (String path : paths) {
                try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
                    if (walk != null && walk.getFileMode(0) != FileMode.TREE && walk.getFileMode(0) != FileMode.GITLINK) {
                        return Optional.of(new RevisionBlob(path,
                                reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.UNREADABLE,
                    "cannot read the repository " + repository + ": " + e.getMessage(), e);
        }
    }

    private RepositoryAuthorship result(ObjectReader reader, List<RevisionFile> files, List<FileLineage> lineages,
                                        Identities identities, HistoryCounts history, ObjectId commitId,
                                        List<String> warnings) throws IOException {
        Map<ExclusionReason, Integer> excluded = new EnumMap<>(ExclusionReason.class);
        List<FileAuthorship> counted = new ArrayList<>();
        AreaGrouping grouping = areas.orElseGet(() -> AreaGrouping.byDirectoryUnder(selection.path().orElse("")));
        for (int i = 0; i < files.size(); i++) {
            RevisionFile file = files.get(i);
            Optional<ExclusionReason> reason = exclusionOf(reader, file, warnings);
            List<Contribution> contributions = reason.isPresent() ? List.of() : contributions(lineages.get(i), identities);
            if (reason.isEmpty() && contributions.isEmpty()) {
                reason = Optional.of(ExclusionReason.NO_HISTORY);
            }
            if (reason.isPresent()) {
                excluded.merge(reason.get(), 1, Integer::sum);
            } else {
                counted.add(new FileAuthorship(file.path(), grouping.areaOf(file.path()), contributions));
            }
        }
        if (counted.isEmpty()) {
            throw new GitAnalysisException(GitAnalysisException.Problem.NO_FILES, "no file of " + revision
                    + " is left to analyse (" + files.size() + " in the tree, " + describe(excluded)
                    + "); widen the selection");
        }
        List<List<Developer>> all = new ArrayList<>(counted.size());
        Map<String, List<List<Developer>>> byArea = new TreeMap<>();
        int inNoArea = 0;
        for (FileAuthorship f : counted) {
            List<Developer> fileAuthors = f.authors();
            all.add(fileAuthors);
            if (f.area().isPresent()) {
                byArea.computeIfAbsent(f.area().get(), a -> new ArrayList<>()).add(fileAuthors);
            } else {
                inNoArea++;
            }
        }
        List<AreaAuthorship> areaResults = new ArrayList<>(byArea.size());
        byArea.forEach((area, authorsPerFile) ->
                areaResults.add(new AreaAuthorship(area, TruckFactorEstimate.greedy(authorsPerFile))));
        return new RepositoryAuthorship(revision, commitId.name(), counted, TruckFactorEstimate.greedy(all),
                areaResults, inNoArea, excluded, history, warnings);
    }

    private static String describe(Map<ExclusionReason, Integer> excluded) {
        if (excluded.isEmpty()) {
            return "none excluded";
        }
        List<String> parts = new ArrayList<>();
        excluded.forEach((reason, n) -> parts.add(reason.label() + " " + n));
        return "excluded: " + String.join(", ", parts);
    }

    private Optional<ExclusionReason> exclusionOf(ObjectReader reader, RevisionFile file, List<String> warnings)
            throws IOException {
        Optional<ExclusionReason> byPath = selection.exclusionOf(file.path());
        if (byPath.isPresent()) {
            return byPath;
        }
        if (file.mode() == FileMode.SYMLINK || file.mode() == FileMode.GITLINK) {
            return Optional.of(ExclusionReason.LINK_OR_SUBMODULE);
        }
        try {
            if (selection.defaultExclusions() && isBinary(reader, file.id())) {
                return Optional.of(ExclusionReason.BINARY);
            }
        } catch (MissingObjectException e) {
            warnings.add(file.path() + ": its content is missing from the repository; counted as text");
        }
        return Optional.empty();
    }

    /** git's test: a NUL byte among the first 8,000 bytes. */
    private static boolean isBinary(ObjectReader reader, ObjectId blob) throws IOException {
        ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
        byte[] head;
        if (loader.isLarge()) {
            try (InputStream in = loader.openStream()) {
                head = in.readNBytes(BINARY_SNIFF_BYTES);
            }
        } else {
            head = loader.getCachedBytes();
        }
        int n = Math.min(head.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The contributions to the file, highest DOA first; an author per {@link DegreeOfAuthorship#isAuthor}. */
    private static List<Contribution> contributions(FileLineage lineage, Identities identities) {
        int n = lineage.size();
        if (n == 0) {
            return List.of();
        }
        DegreeOfAuthorship[] doas = new DegreeOfAuthorship[n];
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            int dl = lineage.deliveries(i);
            doas[i] = new DegreeOfAuthorship(lineage.creator(i), dl, lineage.changes - dl);
            highest = Math.max(highest, doas[i].value());
        }
        List<Contribution> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Contribution(identities.developer(lineage.developer(i)), doas[i], doas[i].isAuthor(highest)));
        }
        list.sort(Comparator.comparingDouble((Contribution c) -> -c.doa().value())
                .thenComparing(c -> c.developer().key()));
        return list;
    }

    private record RevisionFile(String path, FileMode mode, ObjectId id) {
    }

    private static List<RevisionFile> filesAt(ObjectReader reader, RevCommit commit) throws IOException {
        List<RevisionFile> files = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.add(new RevisionFile(tree.getPathString(), tree.getFileMode(0), tree.getObjectId(0)));
            }
        }
        return files;
    }

    private static Repository open(Path path) {
        File dir = path.toFile();
        if (!dir.isDirectory()) {
            throw new GitAnalysisException(GitAnalysisException.Problem.NOT_A_REPOSITORY,
                    path + " is not a git repository: no such directory");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (new File(dir, Constants.DOT_GIT).exists()) {
            builder.setWorkTree(dir); // .git as a directory, or a worktree's "gitdir:" file
        } else if (RepositoryCache.FileKey.isGitRepository(dir, FS.DETECTED)) {
            builder.setGitDir(dir);
        } else {
            throw new GitAnalysisException(GitAnalysisException.Problem.NOT_A_REPOSITORY,
                    path + " is not a git repository (no .git, and not a bare repository)");
        }
        try {
            return builder.build();
        } catch (RepositoryNotFoundException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.NOT_A_REPOSITORY,
                    path + " is not a git repository: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.NOT_A_REPOSITORY,
                    "cannot open " + path + " as a git repository: " + e.getMessage(), e);
        }
    }

    private static void refuseShallow(Repository repo, Path path) throws IOException {
        int cut = repo.getObjectDatabase().getShallowCommits().size();
        if (cut > 0) {
            throw new GitAnalysisException(GitAnalysisException.Problem.SHALLOW_CLONE, path
                    + " is a shallow clone (its history stops at " + cut + (cut == 1 ? " commit" : " commits")
                    + "): authorship and the truck factor would be wrong, since the missing history holds who"
                    + " created and changed the files; fetch it all first (git fetch --unshallow)");
        }
    }

    private ObjectId resolve(Repository repo, Path path) throws IOException {
        ObjectId id;
        try {
            id = repo.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
            throw unknownRevision(path, e.getMessage());
        } catch (MissingObjectException e) {
            throw unknownRevision(path, "object " + e.getObjectId().name() + " is missing");
        }
        if (id != null) {
            return id;
        }
        if (repo.resolve(Constants.HEAD) == null && repo.getRefDatabase().getRefsByPrefix(Constants.R_REFS).isEmpty()) {
            throw new GitAnalysisException(GitAnalysisException.Problem.EMPTY_REPOSITORY,
                    path + " is an empty repository: it has no commit to read authorship from");
        }
        throw unknownRevision(path, null);
    }

    private GitAnalysisException unknownRevision(Path path, String detail) {
        return new GitAnalysisException(GitAnalysisException.Problem.UNKNOWN_REVISION, "unknown revision '"
                + revision + "' in " + path + (detail == null ? "" : " (" + detail + ")")
                + ": give a branch, a tag or a commit id that exists there");
    }

    /**
     * The revision's own {@code .mailmap}, read as git reads it: lines that are no entry are skipped with a
     * warning (the user cannot fix a past revision), and bytes that are not UTF-8 are replaced.
     */
    private Mailmap revisionMailmap(ObjectReader reader, RevCommit commit, List<String> warnings) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, ".mailmap", commit.getTree())) {
            if (walk == null || walk.getFileMode(0) == FileMode.TREE) {
                return Mailmap.empty();
            }
            byte[] bytes = reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
            String source = revision + ":.mailmap";
            String text;
            try {
                text = utf8(bytes, source);
            } catch (GitAnalysisException notUtf8) {
                warnings.add(source + " is not UTF-8 text: names with other bytes are shown with replacement characters");
                text = new String(bytes, StandardCharsets.UTF_8);
            }
            return Mailmap.parse(text, source, line -> warnings.add("skipped " + line));
        }
    }

    private static Mailmap readMailmapFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.MAILMAP,
                    "cannot read the mailmap " + file + ": " + e.getMessage(), e);
        }
        return Mailmap.parse(utf8(bytes, file.toString()), file.toString());
    }

    private static String utf8(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GitAnalysisException(GitAnalysisException.Problem.MAILMAP,
                    "cannot read the mailmap " + source + ": it is not UTF-8 text", e);
        }
    }
}
