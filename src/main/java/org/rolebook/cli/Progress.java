package org.rolebook.cli;

import java.io.PrintWriter;

/** Progress of a long batch on standard error, at most once a second, and a last line. */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private int done;
    private int failed;
    private long lastPrinted = System.nanoTime();

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void done(boolean ok) {
        done++;
        failed += ok ? 0 : 1;
        long now = System.nanoTime();
        if (total > 1 && (done == total || now - lastPrinted > 1_000_000_000L)) {
            lastPrinted = now;
            err.printf("%d of %d files read (%d%%), %d with errors%n", done, total, done * 100 / total, failed);
            err.flush();
        }
    }
}
