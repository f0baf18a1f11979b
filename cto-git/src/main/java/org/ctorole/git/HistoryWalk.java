package org.ctorole.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.NullProgressMonitor;
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

    void walk(RevCommit start) throws IOException {
        try (RevWalk walk = new RevWalk(reader); TreeWalk diffWalk = new TreeWalk(repository, reader)) {
            walk.setRetainBody(false); // bodies are read one at a time below: memory stays per commit node
            walk.sort(RevSort.TOPO);
            walk.markStart(walk.parseCommit(start));
            diffWalk.setRecursive(true);
            diffWalk.setFilter(TreeFilter.ANY_DIFF);
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
                diffWalk.reset();
                if (commit.getParentCount() == 0) {
                    diffWalk.addTree(new EmptyTreeIterator());
                } else {
                    diffWalk.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                }
                diffWalk.addTree(commit.getTree());
                List<DiffEntry> changes = DiffEntry.scan(diffWalk);
                if (mayRenameTrackedFile(changes)) {
                    changes = detectRenames(renames, changes);
                }
                apply(changes, developer);
            }
        } catch (CanceledException e) {
            throw new IOException(e); // NullProgressMonitor never cancels
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
