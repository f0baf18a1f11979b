package org.ctorole.git;

import org.apiguardian.api.API;
import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's cache of pack data, which is one per process and small by default (10 MiB of pack windows, 10 MiB of
 * delta bases): an analysis of a repository whose packs are larger reads the same windows again and again.
 * A process that analyses repositories (the {@code cto} command) enlarges it once at start; a library never
 * changes this process-wide setting on its own. The caches hold soft references, so memory pressure still
 * empties them.
 *
 * <pre>{@code PackCache.enlarge(); AuthorshipAnalysis.defaults().analyse(repo);}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PackCache {
    private static final long PACK_WINDOWS = 256L << 20;
    private static final int WINDOW = 64 << 10;
    private static final int DELTA_BASES = 64 << 20;

    private PackCache() {
    }

    /** 256 MiB of pack windows of 64 KiB, and 64 MiB of delta bases, for the whole process. */
    public static void enlarge() {
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitLimit(PACK_WINDOWS);
        config.setPackedGitWindowSize(WINDOW);
        config.setDeltaBaseCacheLimit(DELTA_BASES);
        config.install();
    }
}
