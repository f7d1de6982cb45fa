package dev.marshall.run;

/**
 * A way of executing runs of one programme (built once, shared by the worker
 * threads): the Truffle engine, or the reference evaluator. The driver
 * ({@code simulation.MonteCarlo}) hands out the runs; an engine only knows how
 * to execute one on a {@link RunState}.
 */
public interface RunEngine extends AutoCloseable {
    /** A worker for the calling thread; called once on each worker thread. */
    Worker worker();

    /**
     * Whether runs must execute on the thread that calls the driver (guest
     * code already running in a context no other thread has entered: the
     * polyglot {@code simulate}); then they run one after another, and only
     * cancellation, not the time limit, can stop them.
     */
    default boolean callingThreadOnly() {
        return false;
    }

    @Override
    void close();

    /** Executes runs on one thread. */
    interface Worker extends AutoCloseable {
        /** Runs the programme once on a freshly reset {@code state}. */
        void run(RunState state) throws RunFailure;

        @Override
        void close();
    }
}
