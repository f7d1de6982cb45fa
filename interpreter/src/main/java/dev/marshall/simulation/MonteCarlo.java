package dev.marshall.simulation;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import dev.marshall.run.RunEngine;
import dev.marshall.run.RunFailure;
import dev.marshall.run.RunLayout;
import dev.marshall.run.RunState;
import dev.marshall.run.SimulationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a programme many times over worker threads, whatever executes a run
 * (the Truffle engine, or the reference evaluator): runs are handed out by
 * index, each starts from its own stream ({@link RunSeeds}) and writes its own
 * column of {@link RunOutcomes}, so the result is the same for any number of
 * threads.
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
        RunLayout layout = RunLayout.of(programme);
        int runs = options.runs();
        RunOutcomes outcomes = new RunOutcomes(layout, runs);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stopAt = new AtomicInteger(runs);
        Failure[] failure = new Failure[1];
        Throwable[] crash = new Throwable[1];

        Runnable work = () -> {
            try (RunEngine.Worker worker = engine.worker()) {
                RunState state = new RunState(layout);
                int run;
                while ((run = next.getAndIncrement()) < stopAt.get()) {
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
                    outcomes.record(run, state);
                    progress.progress(done.incrementAndGet(), runs);
                }
            } catch (RuntimeException | Error e) {
                synchronized (crash) {
                    if (crash[0] == null) crash[0] = e;
                }
                stopAt.set(0);
            }
        };

        int threads = Math.min(options.threads(), runs);
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(null, work, "marshall-run-" + t, WORKER_STACK_BYTES);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        boolean interrupted = false;
        for (Thread thread : workers) {
            while (true) {
                try {
                    thread.join();
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
        if (failure[0] != null) throw new SimulationException(List.of(failure[0].diagnostic()));
        if (interrupted) throw new IllegalStateException("the simulation was interrupted");
        return outcomes;
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
