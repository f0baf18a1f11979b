package org.ctorole.git;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What the walk over the history read and what it did not count.
 *
 * <pre>{@code history.countedCommits() + history.merges() + history.byExcludedAuthors() + history.beforeSince()
 *     == history.commits()}</pre>
 *
 * @param commits           commits reachable from the analysed revision
 * @param countedCommits    commits whose changes count as authorship
 * @param merges            merge commits (never authorship)
 * @param byExcludedAuthors commits by bots or {@code --exclude-author} (followed for renames only)
 * @param beforeSince       commits before {@code --since} (not read)
 * @param renamesFollowed   renames of files of the analysed revision followed back to an older path
 * @param excludedAuthors   the authors left out, after the mailmap, by e-mail
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HistoryCounts(int commits, int countedCommits, int merges, int byExcludedAuthors, int beforeSince,
                            int renamesFollowed, List<Developer> excludedAuthors) {
    public HistoryCounts {
        excludedAuthors = List.copyOf(excludedAuthors);
    }
}
