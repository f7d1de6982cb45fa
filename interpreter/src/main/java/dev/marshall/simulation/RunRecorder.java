package dev.marshall.simulation;

import dev.marshall.run.RunState;

/**
 * Where {@link MonteCarlo} puts a finished run's figures. Each worker thread
 * gets its own recorder (or all share one that writes only the run's own
 * slots), so recording needs no locking.
 */
@FunctionalInterface
public interface RunRecorder {
    /** Records run {@code run}'s outcome, read from {@code state} (which the caller reuses afterwards). */
    void record(int run, RunState state);
}
