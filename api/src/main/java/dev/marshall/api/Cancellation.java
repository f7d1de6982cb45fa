package dev.marshall.api;

import dev.marshall.run.SimulationControl;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A switch a host flips, from any thread, to stop the simulations it was given
 * to ({@link SimulationRequest#cancelledBy}). A stopped simulation ends within
 * about a month's work of guest code (tens of milliseconds) with a
 * {@link java.util.concurrent.CancellationException}. Once cancelled it stays
 * cancelled: a simulation started with it fails at once.
 */
public final class Cancellation {
    private final List<SimulationControl> running = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /** A switch not yet flipped. */
    public Cancellation() {}

    /** Stops every simulation using this switch, now and later. Thread-safe; idempotent. */
    public void cancel() {
        cancelled = true;
        for (SimulationControl control : running) control.cancel();
    }

    /**
     * Whether {@link #cancel} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }

    void attach(SimulationControl control) {
        running.add(control);
        if (cancelled) control.cancel();
    }

    void detach(SimulationControl control) {
        running.remove(control);
    }
}
