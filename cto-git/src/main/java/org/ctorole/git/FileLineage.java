package org.ctorole.git;

import java.util.Arrays;

/**
 * The history of one file of the analysed revision, gathered while walking back from it: who created it,
 * who changed it how often. Its size is bounded by the file's developers, never by the number of commits.
 */
final class FileLineage {
    /** Index of the file in the revision's file list. */
    final int file;
    /** Whether a commit adding the file was met (walking back, older events then belong to another file). */
    boolean created;
    /** All counted changes after creation (renames included), by any developer. */
    int changes;
    /** Another lineage tracked at the same path (files of the revision that share an older path). */
    FileLineage nextAtPath;

    private int size;
    private int[] developers = new int[2];
    private int[] deliveries = new int[2];
    private boolean[] creators = new boolean[2];

    FileLineage(int file) {
        this.file = file;
    }

    void created(int developer) {
        created = true;
        if (developer >= 0) {
            int s = slot(developer); // before indexing: slot() may grow the arrays
            creators[s] = true;
        }
    }

    void changed(int developer) {
        if (developer >= 0) {
            int s = slot(developer);
            deliveries[s]++;
            changes++;
        }
    }

    int size() {
        return size;
    }

    int developer(int i) {
        return developers[i];
    }

    int deliveries(int i) {
        return deliveries[i];
    }

    boolean creator(int i) {
        return creators[i];
    }

    private int slot(int developer) {
        for (int i = 0; i < size; i++) {
            if (developers[i] == developer) {
                return i;
            }
        }
        if (size == developers.length) {
            developers = Arrays.copyOf(developers, size * 2);
            deliveries = Arrays.copyOf(deliveries, size * 2);
            creators = Arrays.copyOf(creators, size * 2);
        }
        developers[size] = developer;
        return size++;
    }
}
