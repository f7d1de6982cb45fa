package dev.marshall.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error, drawn only when it is a terminal and
 * only once the simulation has taken more than a second; erased at the end.
 */
final class ProgressBar {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** {@code done} of {@code total} runs are finished; called from any worker thread. */
    synchronized void progress(int done, int total) {
        if (!terminal) return;
        long now = System.nanoTime();
        if (now - started < SHOW_AFTER_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) return;
        lastDrawn = now;
        drawn = true;
        int filled = (int) ((long) WIDTH * done / total);
        err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d runs", "#".repeat(filled), " ".repeat(WIDTH - filled),
                100L * done / total, done, total);
        err.flush();
    }

    synchronized void clear() {
        if (!drawn) return;
        err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        err.flush();
        drawn = false;
    }
}
