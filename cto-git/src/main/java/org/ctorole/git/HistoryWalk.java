package org.ctorole.git;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Walks the history back from the analysed commit, children before parents, and gathers each file's
 * lineage. Only the files of the analysed revision are tracked, by the path they have at the point the
 * walk has reached; a rename moves a file to its older path, a deletion ends the file that was re-created
 * later at the same path, and a creation is recorded without ending the walk for that path (another line
 * of history may have created it too). State is one lineage per file of the revision; the commits stream.
 */
final class HistoryWalk {
    /** git's own default for diff.renameLimit; JGit's is lower. */
    private static final int GIT_RENAME_LIMIT = 1000;
    /** git's default similarity for -M (50 %). */
    private static final int GIT_RENAME_SCORE = 50;

    private final Repository repository;
    private final ObjectReader reader;
    private final Identities identities;
    private final long sinceSeconds;
    private final Map<String, FileLineage> tracked = new HashMap<>();

    private int commits;
    private int counted;
    private int merges;
    private int byExcluded;
    private int beforeSince;
    private int renamesFollowed;
    private int commitsWithMissingContent;

    HistoryWalk(Repository repository, ObjectReader reader, Identities identities, long sinceSeconds) {
        this.repository = repository;
        this.reader = reader;
        this.identities = identities;
        this.sinceSeconds = sinceSeconds;
    }

    /** Tracks the file at {@code path} of the analysed revision. */
    void track(String path, FileLineage lineage) {
        tracked.put(path, lineage);
    }

    /**
     * Walks back from {@code start}. The tree diffs, most of the cost, are computed by {@code threads}
     * workers (each with its own reader) a bounded window ahead, and applied here in the walk's order, so the
     * result never depends on the number of threads.
     */
    void walk(RevCommit start, int threads) throws IOException {
        ExecutorService workers = threads > 1 ? Executors.newFixedThreadPool(threads, HistoryWalk::daemon) : null;
        Queue<TreeDiffer> differs = new ConcurrentLinkedQueue<>();
        ThreadLocal<TreeDiffer> differ = ThreadLocal.withInitial(() -> {
            TreeDiffer d = new TreeDiffer(repository, repository.newObjectReader());
            differs.add(d);
            return d;
        });
        TreeDiffer local = new TreeDiffer(repository, reader);
        Deque<PendingDiff> window = new ArrayDeque<>();
        try (RevWalk walk = new RevWalk(reader)) {
            walk.setRetainBody(false); // bodies are read one at a time below: memory stays per commit node
            walk.sort(RevSort.TOPO);
            walk.markStart(walk.parseCommit(start));
            RenameDetector renames = renameDetector();
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                commits++;
                if (commit.getParentCount() > 1) {
                    merges++;
                    continue;
                }
                if (commit.getCommitTime() < sinceSeconds) {
                    beforeSince++;
                    continue;
                }
                walk.parseBody(commit);
                int developer = identities.of(commit.getAuthorIdent());
                commit.disposeBody();
                if (developer < 0) {
                    byExcluded++;
                } else {
                    counted++;
                }
                ObjectId before = commit.getParentCount() == 0 ? null
                        : walk.parseCommit(commit.getParent(0)).getTree().copy();
                ObjectId after = commit.getTree().copy();
                if (workers == null) {
                    applyCommit(local.diff(before, after), developer, renames);
                    continue;
                }
                window.add(new PendingDiff(workers.submit(() -> differ.get().diff(before, after)), developer));
                if (window.size() >= WINDOW) {
                    applyNext(window, renames);
                }
            }
            while (!window.isEmpty()) {
                applyNext(window, renames);
            }
        } catch (CanceledException e) {
            throw new IOException(e); // NullProgressMonitor never cancels
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
            local.closeWalk();
            differs.forEach(TreeDiffer::close);
        }
    }

    /** How many commits' diffs may be computed ahead of the one being applied. */
    private static final int WINDOW = 256;

    private record PendingDiff(Future<List<DiffEntry>> changes, int developer) {
    }

    private void applyNext(Deque<PendingDiff> window, RenameDetector renames)
            throws IOException, CanceledException {
        PendingDiff next = window.poll();
        List<DiffEntry> changes;
        try {
            changes = next.changes().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the history", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        applyCommit(changes, next.developer(), renames);
    }

    private void applyCommit(List<DiffEntry> changes, int developer, RenameDetector renames)
            throws IOException, CanceledException {
        if (mayRenameTrackedFile(changes)) {
            changes = detectRenames(renames, changes);
        }
        apply(changes, developer);
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "cto-git-diff");
        t.setDaemon(true);
        return t;
    }

    /** The changed paths between two trees, with a reader and a tree walk of its own (one per thread). */
    private static final class TreeDiffer {
        private final ObjectReader reader;
        private final TreeWalk walk;

        TreeDiffer(Repository repository, ObjectReader reader) {
            this.reader = reader;
            this.walk = new TreeWalk(repository, reader);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
        }

        List<DiffEntry> diff(ObjectId before, ObjectId after) throws IOException {
            walk.reset();
            if (before == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(before);
            }
            walk.addTree(after);
            return DiffEntry.scan(walk);
        }

        void closeWalk() {
            walk.close();
        }

        void close() {
            walk.close();
            reader.close();
        }
    }

    private RenameDetector renameDetector() {
        RenameDetector detector = new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
        detector.setRenameScore(GIT_RENAME_SCORE);
        if (repository.getConfig().getString("diff", null, "renameLimit") == null) {
            detector.setRenameLimit(GIT_RENAME_LIMIT);
        }
        return detector;
    }

    /**
     * git's rename detection. Where file contents are missing (a partial clone, a copy without its large
     * blobs) JGit can pair only unchanged contents; the walk counts such commits so the report can say so.
     */
    private List<DiffEntry> detectRenames(RenameDetector renames, List<DiffEntry> changes)
            throws IOException, CanceledException {
        for (DiffEntry e : changes) {
            AbbreviatedObjectId id = e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldId()
                    : e.getChangeType() == DiffEntry.ChangeType.ADD ? e.getNewId() : null;
            if (id != null && id.isComplete() && !reader.has(id.toObjectId())) {
                commitsWithMissingContent++;
                break;
            }
        }
        renames.reset();
        renames.addAll(changes);
        return renames.compute(reader, NullProgressMonitor.INSTANCE);
    }

    /** Renames matter only when a tracked path is added while some path is deleted. */
    private boolean mayRenameTrackedFile(List<DiffEntry> changes) {
        boolean deletion = false;
        boolean trackedAddition = false;
        for (DiffEntry e : changes) {
            if (e.getChangeType() == DiffEntry.ChangeType.DELETE) {
                deletion = true;
            } else if (e.getChangeType() == DiffEntry.ChangeType.ADD && tracked.containsKey(e.getNewPath())) {
                trackedAddition = true;
            }
            if (deletion && trackedAddition) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies one commit's changes, walking back: lineages renamed in it are detached from their new paths
     * first, then the paths that ceased to exist in it end the files re-created there later, then the
     * detached lineages move to their old paths (so that swaps and rename-and-recreate come out right).
     */
    private void apply(List<DiffEntry> changes, int developer) {
        List<String> moveTo = null;
        List<FileLineage> moved = null;
        for (DiffEntry e : changes) {
            switch (e.getChangeType()) {
                case ADD, COPY -> {
                    for (FileLineage l = tracked.get(e.getNewPath()); l != null; l = l.nextAtPath) {
                        l.created(developer);
                    }
                }
                case MODIFY -> {
                    for (FileLineage l = tracked.get(e.getNewPath()); l != null; l = l.nextAtPath) {
                        l.changed(developer);
                    }
                }
                case RENAME -> {
                    FileLineage chain = tracked.remove(e.getNewPath());
                    if (chain != null) {
                        for (FileLineage l = chain; l != null; l = l.nextAtPath) {
                            l.changed(developer); // a rename is a change, as in the paper's tool
                            renamesFollowed++;
                        }
                        if (moveTo == null) {
                            moveTo = new ArrayList<>(2);
                            moved = new ArrayList<>(2);
                        }
                        moveTo.add(e.getOldPath());
                        moved.add(chain);
                    }
                }
                case DELETE -> { }
            }
        }
        for (DiffEntry e : changes) {
            if (e.getChangeType() == DiffEntry.ChangeType.DELETE || e.getChangeType() == DiffEntry.ChangeType.RENAME) {
                endRecreatedFiles(e.getOldPath());
            }
        }
        if (moveTo != null) {
            for (int i = 0; i < moveTo.size(); i++) {
                attach(moveTo.get(i), moved.get(i));
            }
        }
    }

    /**
     * The path ceased to exist in this commit: a lineage there that was created later is complete; one that
     * was not created yet survived on another line of history and stays.
     */
    private void endRecreatedFiles(String path) {
        FileLineage first = null;
        FileLineage last = null;
        for (FileLineage l = tracked.get(path); l != null; ) {
            FileLineage next = l.nextAtPath;
            l.nextAtPath = null;
            if (!l.created) {
                if (last == null) {
                    first = l;
                } else {
                    last.nextAtPath = l;
                }
                last = l;
            }
            l = next;
        }
        if (first == null) {
            tracked.remove(path);
        } else {
            tracked.put(path, first);
        }
    }

    private void attach(String path, FileLineage chain) {
        FileLineage existing = tracked.get(path);
        if (existing != null) {
            FileLineage tail = chain;
            while (tail.nextAtPath != null) {
                tail = tail.nextAtPath;
            }
            tail.nextAtPath = existing;
        }
        tracked.put(path, chain);
    }

    /** Commits in which some added or deleted file's content is missing, so renames may be missed. */
    int commitsWithMissingContent() {
        return commitsWithMissingContent;
    }

    HistoryCounts counts() {
        return new HistoryCounts(commits, counted, merges, byExcluded, beforeSince, renamesFollowed,
                identities.excluded());
    }
}
