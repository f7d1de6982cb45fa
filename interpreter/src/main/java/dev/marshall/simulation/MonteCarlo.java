package dev.marshall.simulation;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import dev.marshall.run.RunEngine;
import dev.marshall.run.RunFailure;
import dev.marshall.run.RunLayout;
import dev.marshall.run.RunState;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a programme many times over worker threads, whatever executes a run
 * (the Truffle engine, or the reference evaluator): runs are handed out by
 * index, each starts from its own stream ({@link RunSeeds}) and is recorded
 * either in its own column of {@link RunOutcomes} or in its worker's fold of a
 * {@link StreamingSummary} (merged by adding), so the result is the same for
 * any number of threads.
 *
 * <p>When a run fails, runs after it are not started; runs before it finish,
 * and the failure reported is the one of the lowest-numbered run, again
 * independent of scheduling.
 */
public final class MonteCarlo {
    /** Worker threads get a large stack: interpreted guest calls nest deeply before the depth guard stops them. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    private MonteCarlo() {}

    public static RunOutcomes run(Programme programme, RunEngine engine, SimulationOptions options, ProgressListener progress)
            throws SimulationException {
        return run(programme, engine, options, progress, SimulationControl.unlimited());
    }

    /**
     * Runs with a host's {@code control}, keeping every run's figures (what
     * monitor and sensitivity read run by run): refused with E087 before any
     * run when they would not fit in memory; stopped with E088 when cancelled
     * or out of time.
     */
    public static RunOutcomes run(Programme programme, RunEngine engine, SimulationOptions options, ProgressListener progress,
                                  SimulationControl control) throws SimulationException {
        RunLayout layout = RunLayout.of(programme);
        checkMemory(programme, layout, options, control);
        RunOutcomes outcomes = new RunOutcomes(layout, options.runs());
        run(programme, layout, engine, options, progress, control, () -> outcomes);
        return outcomes;
    }

    /**
     * Runs and summarises as the runs finish ({@link StreamingSummary}), so the
     * memory kept does not grow with the run count beyond the exact threshold:
     * what {@code simulate}, the report, the editor and the API use.
     */
    public static SimulationResult summarise(Programme programme, RunEngine engine, SimulationOptions options,
                                             ProgressListener progress, SimulationControl control) throws SimulationException {
        RunLayout layout = RunLayout.of(programme);
        checkSummaryMemory(programme, layout, options, control);
        return summarise(programme, engine, options, progress, control, StreamingSummary.forRuns(programme, options));
    }

    /** Runs into a given {@code summary} (tests choose its mode and read what it kept). */
    static SimulationResult summarise(Programme programme, RunEngine engine, SimulationOptions options,
                                      ProgressListener progress, SimulationControl control, StreamingSummary summary)
            throws SimulationException {
        run(programme, RunLayout.of(programme), engine, options, progress, control, summary::recorder);
        return summary.result();
    }

    /** The runs themselves: each worker thread takes a recorder from {@code recorders} and records its runs into it. */
    private static void run(Programme programme, RunLayout layout, RunEngine engine, SimulationOptions options,
                            ProgressListener progress, SimulationControl control, Supplier<RunRecorder> recorders)
            throws SimulationException {
        int runs = options.runs();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stopAt = new AtomicInteger(runs);
        Failure[] failure = new Failure[1];
        Throwable[] crash = new Throwable[1];

        Runnable work = () -> {
            try (RunEngine.Worker worker = engine.worker()) {
                RunState state = new RunState(layout);
                state.control = control;
                RunRecorder recorder = recorders.get();
                int run;
                while (!control.stopRequested() && (run = next.getAndIncrement()) < stopAt.get()) {
                    state.reset(RunSeeds.stream(options.seed(), run));
                    try {
                        worker.run(state);
                    } catch (RunFailure f) {
                        synchronized (failure) {
                            if (failure[0] == null || run < failure[0].run) failure[0] = new Failure(run, state.month, f);
                        }
                        stopAt.accumulateAndGet(run, Math::min);
                        continue;
                    }
                    recorder.record(run, state);
                    progress.progress(done.incrementAndGet(), runs);
                }
            } catch (RuntimeException | Error e) {
                synchronized (crash) {
                    if (crash[0] == null) crash[0] = e;
                }
                stopAt.set(0);
            }
        };

        int threads = engine.callingThreadOnly() ? 0 : Math.min(options.threads(), runs);
        if (engine.callingThreadOnly()) runWatched(work, control);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(null, work, "marshall-run-" + t, WORKER_STACK_BYTES);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        boolean interrupted = false;
        long started = System.nanoTime();
        long limit = control.timeLimit() == null ? Long.MAX_VALUE : control.timeLimit().toNanos();
        for (Thread thread : workers) {
            while (true) {
                try {
                    // The waiting thread is the watchdog of the time limit: no timer thread is needed.
                    long left = limit - (System.nanoTime() - started);
                    if (left <= 0) {
                        control.expire();
                        thread.join();
                    } else {
                        thread.join(Math.max(1, left / 1_000_000));
                    }
                    if (thread.isAlive()) continue;
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopAt.set(0);
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (crash[0] instanceof RuntimeException e) throw e;
        if (crash[0] instanceof Error e) throw e;
        if (control.stopRequested()) throw stopped(programme, control, done.get(), runs);
        if (failure[0] != null) throw new SimulationException(List.of(failure[0].diagnostic()));
        if (interrupted) throw new IllegalStateException("the simulation was interrupted");
    }

    /**
     * Runs {@code work} on the calling thread, which then cannot watch the
     * clock itself: a daemon thread flips the control when the time limit has
     * passed, and guest code stops at its next poll (E088).
     */
    private static void runWatched(Runnable work, SimulationControl control) {
        if (control.timeLimit() == null) {
            work.run();
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(control.timeLimit());
                control.expire();
            } catch (InterruptedException e) {
                // the work finished in time
            }
        }, "marshall-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            work.run();
        } finally {
            watchdog.interrupt();
        }
    }

    /** Refuses with E087, before anything is allocated, a simulation that would not fit in the memory it may use. */
    static void checkMemory(Programme programme, RunLayout layout, SimulationOptions options, SimulationControl control)
            throws SimulationException {
        int threads = Math.min(options.threads(), options.runs());
        checkMemory(programme, layout, options, control, MemoryEstimate.bytes(layout, options.runs(), threads));
    }

    /** E087 for a streaming summary ({@link #summarise}), whose estimate stays small past the exact threshold. */
    static void checkSummaryMemory(Programme programme, RunLayout layout, SimulationOptions options, SimulationControl control)
            throws SimulationException {
        int threads = Math.min(options.threads(), options.runs());
        checkMemory(programme, layout, options, control, MemoryEstimate.summaryBytes(layout, options.runs(), threads));
    }

    private static void checkMemory(Programme programme, RunLayout layout, SimulationOptions options, SimulationControl control,
                                    long needed) throws SimulationException {
        long available = Math.min(control.memoryLimitBytes(), MemoryEstimate.freeHeap());
        if (needed <= available) return;
        DiagnosticSink sink = new DiagnosticSink();
        sink.report("E087", programme.properties().spanOf("horizon", programme.span()), options.runs(), layout.horizon(),
                MemoryEstimate.readable(needed), MemoryEstimate.readable(available), fewerRuns(needed, available, options.runs()));
        throw new SimulationException(sink.diagnostics());
    }

    /** How many runs would fit, as advice: the runs scale the outcomes linearly (at least 1). */
    private static int fewerRuns(long needed, long available, int runs) {
        double fits = Math.floor(runs * (available * 0.8 / needed));
        if (fits >= 1000) fits = Math.floor(fits / 1000) * 1000;
        return (int) Math.max(1, Math.min(runs - 1, fits));
    }

    private static SimulationException stopped(Programme programme, SimulationControl control, int done, int runs) {
        String why = control.isCancelled()
                ? "cancelled by the host"
                : "it ran longer than its time limit of " + readable(control.timeLimit());
        DiagnosticSink sink = new DiagnosticSink();
        sink.report("E088", programme.span(), why, done, runs);
        return new SimulationException(sink.diagnostics());
    }

    private static String readable(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    private record Failure(int run, int month, RunFailure failure) {
        dev.marshall.diagnostics.Diagnostic diagnostic() {
            Object[] given = failure.args();
            Object[] args = new Object[given.length + 1];
            System.arraycopy(given, 0, args, 0, given.length);
            args[given.length] = month == 0
                    ? "while sampling the starting values of run " + (run + 1)
                    : "in month " + month + " of run " + (run + 1);
            DiagnosticSink sink = new DiagnosticSink();
            sink.report(failure.code(), failure.span(), args);
            return sink.diagnostics().get(0);
        }
    }
}
