package org.ctorole.io;

/**
 * A problem found while reading, before it is given its place in the file. {@code line == 0}
 * means "locate it by its path"; otherwise the line and column are where the reader stopped.
 * {@code valueLost} marks a value that could not be read and so reads as missing.
 */
record RawProblem(String path, String message, int line, int column, boolean valueLost) {

    RawProblem(String path, String message, int line, int column) {
        this(path, message, line, column, false);
    }

    static RawProblem byPath(String path, String message) {
        return new RawProblem(path, message, 0, 0, false);
    }

    static RawProblem lostValue(String path, String message) {
        return new RawProblem(path, message, 0, 0, true);
    }

    boolean located() {
        return line > 0;
    }
}
