package org.ctorole.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ctorole.model.text.PrintableText;

/** Progress of a batch on stderr: only for batches of more than {@value #MIN_BATCH} files. */
final class Progress {
    static final int MIN_BATCH = 10;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.terminal = System.console() != null;
    }

    static Progress none() {
        return new Progress(null, 0);
    }

    void step(String what, Path file) {
        if (err == null || total <= MIN_BATCH) {
            return;
        }
        done++;
        if (terminal) {
            err.print("\r" + what + " " + done + "/" + total + " " + PrintableText.escape(String.valueOf(file.getFileName()))
                    + "\u001b[K");
            if (done == total) {
                err.println();
            }
        } else if (done == total || done % Math.max(1, total / 10) == 0) {
            err.println(what + " " + done + "/" + total);
        }
        err.flush();
    }
}
