package org.ctorole.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The truck factor of a set of files by the greedy algorithm of Avelino, Passos, Hora and Valente ("A novel
 * approach for estimating truck factors", ICPC 2016, section II.C, Algorithm 1): while some author remains
 * and at least half of the files still have an author, remove the author of the most files; the truck factor
 * is the number of authors removed. It stops as soon as more than half of the files have no author left, so
 * a set whose files are already less than half covered has truck factor 0.
 *
 * <p>An author's count is the number of files they author, fixed before any removal (as in the paper's
 * tool). Ties, which the paper leaves open, are broken by {@link Developer#key()} in alphabetical order, so
 * the result never depends on the order of the input.
 *
 * <pre>{@code
 * // three files: Ana authors all three, Ben the first one
 * TruckFactorEstimate tf = TruckFactorEstimate.greedy(List.of(List.of(ana, ben), List.of(ana), List.of(ana)));
 * tf.value();    // 1: once Ana is gone, one file in three still has an author (33 %, below half)
 * tf.removals(); // [Removal[ana, filesAuthored=3, filesStillCovered=1, coverageLeft=0.333...]]
 * }</pre>
 *
 * @param value        the truck factor: how many authors were removed
 * @param files        the number of files considered
 * @param coveredFiles the files that had at least one author before any removal
 * @param removals     the authors removed, in order, with the coverage left after each
 * @param authors      every author with the number of files they author, in removal order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TruckFactorEstimate(int value, int files, int coveredFiles, List<Removal> removals,
                                  List<AuthorFiles> authors) {

    public TruckFactorEstimate {
        removals = List.copyOf(removals);
        authors = List.copyOf(authors);
        if (value != removals.size()) {
            throw new IllegalArgumentException("the truck factor is the number of removals: " + value + " vs "
                    + removals.size());
        }
    }

    /**
     * One author removed by the greedy algorithm.
     *
     * @param developer         the author
     * @param filesAuthored     how many of the files they author
     * @param filesStillCovered the files that still have an author once they (and those before) are removed
     * @param coverageLeft      {@code filesStillCovered / files}
     */
    public record Removal(Developer developer, int filesAuthored, int filesStillCovered, double coverageLeft) {
        public Removal {
            Objects.requireNonNull(developer, "developer");
        }
    }

    /**
     * An author and the number of files they author.
     *
     * @param developer the author
     * @param files     how many files they author
     */
    public record AuthorFiles(Developer developer, int files) {
        public AuthorFiles {
            Objects.requireNonNull(developer, "developer");
        }
    }

    /** The share of the files that had an author before any removal. */
    public double initialCoverage() {
        return files == 0 ? 0 : (double) coveredFiles / files;
    }

    /**
     * The truck factor of files given as their lists of authors (an author listed twice for a file counts
     * once).
     */
    public static TruckFactorEstimate greedy(List<? extends List<Developer>> authorsPerFile) {
        int fileCount = authorsPerFile.size();
        Map<String, AuthoredFiles> byKey = new HashMap<>();
        int[] remaining = new int[fileCount];
        for (int f = 0; f < fileCount; f++) {
            for (Developer author : authorsPerFile.get(f)) {
                if (byKey.computeIfAbsent(author.key(), k -> new AuthoredFiles(author)).add(f)) {
                    remaining[f]++;
                }
            }
        }
        int covered = 0;
        for (int r : remaining) {
            if (r > 0) {
                covered++;
            }
        }
        List<AuthoredFiles> order = new ArrayList<>(byKey.values());
        order.sort(Comparator.<AuthoredFiles>comparingInt(a -> -a.size).thenComparing(a -> a.developer.key()));
        int initiallyCovered = covered;
        List<Removal> removals = new ArrayList<>();
        for (AuthoredFiles author : order) {
            if (covered * 2 < fileCount) {
                break; // coverage below 50 %: more than half of the files have no author left
            }
            for (int i = 0; i < author.size; i++) {
                if (--remaining[author.files[i]] == 0) {
                    covered--;
                }
            }
            removals.add(new Removal(author.developer, author.size, covered, (double) covered / fileCount));
        }
        List<AuthorFiles> authors = order.stream().map(a -> new AuthorFiles(a.developer, a.size)).toList();
        return new TruckFactorEstimate(removals.size(), fileCount, initiallyCovered, removals, authors);
    }

    /** The files one author authors, as indexes in ascending order. */
    private static final class AuthoredFiles {
        final Developer developer;
        int[] files = new int[4];
        int size;

        AuthoredFiles(Developer developer) {
            this.developer = developer;
        }

        /** Adds file {@code f} unless it was the last one added; files arrive in ascending order. */
        boolean add(int f) {
            if (size > 0 && files[size - 1] == f) {
                return false;
            }
            if (size == files.length) {
                files = Arrays.copyOf(files, size * 2);
            }
            files[size++] = f;
            return true;
        }
    }
}
