package dev.marshall.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a host steers one simulation while it runs: it may {@link #cancel} it
 * from any thread, and may give it a time limit and a memory limit. Guest code
 * polls {@link #stopRequested()} before every run, every month and every fn
 * call, so a stop takes effect within a month's (or a call's) work; the
 * thread that waits for the workers enforces the time limit, so no timer
 * thread is started.
 *
 * <p>One control belongs to one simulation; it is not reused.
 */
public final class SimulationControl {
    /** No memory limit beyond the heap that is free when the simulation starts. */
    public static final long HEAP = Long.MAX_VALUE;

    private final Duration timeLimit;
    private final long memoryLimitBytes;
    private volatile boolean cancelled;
    private volatile boolean expired;

    /**
     * @param timeLimit        the longest a simulation may run, or null for no limit
     * @param memoryLimitBytes the most memory it may plan to use ({@link #HEAP}: whatever is free)
     */
    public SimulationControl(Duration timeLimit, long memoryLimitBytes) {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        if (memoryLimitBytes < 1) throw new IllegalArgumentException("the memory limit must be positive, got " + memoryLimitBytes);
        this.timeLimit = timeLimit;
        this.memoryLimitBytes = memoryLimitBytes;
    }

    /** No time limit, the free heap as memory limit, cancellable. */
    public static SimulationControl unlimited() {
        return new SimulationControl(null, HEAP);
    }

    /** Asks the simulation to stop as soon as possible; it then fails with E088. Any thread may call this, any number of times. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether guest code must stop now: cancelled, or out of time. Cheap (two volatile reads): polled in hot paths. */
    public boolean stopRequested() {
        return cancelled || expired;
    }

    public boolean isCancelled() { return cancelled; }

    public boolean isExpired() { return expired; }

    /** Null when there is none. */
    public Duration timeLimit() { return timeLimit; }

    public long memoryLimitBytes() { return memoryLimitBytes; }

    /** Called by the driver ({@code simulation.MonteCarlo}) when the time limit has passed; not for hosts. */
    public void expire() {
        expired = true;
    }

    @Override
    public String toString() {
        return "SimulationControl[timeLimit=" + Objects.toString(timeLimit, "none") + ", memory="
                + (memoryLimitBytes == HEAP ? "heap" : memoryLimitBytes) + "]";
    }
}
