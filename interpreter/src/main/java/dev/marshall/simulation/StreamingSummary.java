package dev.marshall.simulation;

import dev.marshall.model.Programme;
import dev.marshall.run.RunLayout;
import dev.marshall.run.RunState;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a simulation's runs into its {@link SimulationResult} while they
 * finish, without keeping every run's figures when there are many:
 *
 * <ul>
 *   <li>months (milestones reached, interventions' starts and ends), shares
 *       of runs and P(target met) are counted exactly, per month, at any run
 *       count;</li>
 *   <li>real values (each indicator's value per reporting period, spend per
 *       month) are kept exactly — one column per quantity, indexed by run —
 *       while the simulation is small ({@link #exact}); above that each
 *       worker folds them into {@link ValueSketch}es, whose quantiles are
 *       within {@link ValueSketch#RELATIVE_ERROR} of the exact ones.</li>
 * </ul>
 * Each worker thread records into its own {@link SummaryFold}; the folds are
 * merged by adding at the end, so the result is byte-identical for any thread
 * count, and in exact mode byte-identical to summarising every run.
 */
public final class StreamingSummary {
    /** Up to this many runs, real values are always kept exactly (every golden and example runs fewer). */
    public static final int EXACT_RUNS = 10_000;
    /** Beyond {@link #EXACT_RUNS}, they are still kept exactly while they come to at most this many values (128 MB). */
    public static final long EXACT_VALUES = 1L << 24;

    private final Programme programme;
    private final SimulationOptions options;
    private final int runs;
    private final int[] periods;
    private final double[][][] exactIndicator;
    private final double[][] exactSpend;
    private final boolean writeExact;
    private final List<SummaryFold> folds = new ArrayList<>();

    private StreamingSummary(Programme programme, SimulationOptions options, int runs, int[] periods,
                             double[][][] exactIndicator, double[][] exactSpend, boolean writeExact) {
        this.programme = programme;
        this.options = options;
        this.runs = runs;
        this.periods = periods;
        this.exactIndicator = exactIndicator;
        this.exactSpend = exactSpend;
        this.writeExact = writeExact;
    }

    /** A summary that will receive {@code options.runs()} runs: exact or sketched as {@link #exact} decides. */
    public static StreamingSummary forRuns(Programme programme, SimulationOptions options) {
        return forRuns(programme, options, exact(RunLayout.of(programme), options.runs()));
    }

    /** A summary whose mode is chosen by the caller (tests compare the two). */
    static StreamingSummary forRuns(Programme programme, SimulationOptions options, boolean exact) {
        RunLayout layout = RunLayout.of(programme);
        int runs = options.runs();
        if (!exact) return new StreamingSummary(programme, options, runs, layout.periods(), null, null, false);
        double[][][] indicator = new double[layout.indicators()][][];
        for (int i = 0; i < indicator.length; i++) indicator[i] = new double[layout.periods()[i]][runs];
        return new StreamingSummary(programme, options, runs, layout.periods(), indicator,
                new double[layout.horizon()][runs], true);
    }

    /** Whether a simulation of {@code runs} runs keeps its real values exactly (a rule of the layout and run count only). */
    public static boolean exact(RunLayout layout, int runs) {
        return runs <= EXACT_RUNS || (long) runs * valuesPerRun(layout) <= EXACT_VALUES;
    }

    /** The real values one run contributes: every indicator's periods and the spend of every month. */
    static long valuesPerRun(RunLayout layout) {
        long n = layout.horizon();
        for (int p : layout.periods()) n += p;
        return n;
    }

    /** The summary of runs already kept one by one (monitor, sensitivity): exact, reading their own columns. */
    static SimulationResult of(Programme programme, SimulationOptions options, RunOutcomes outcomes) {
        StreamingSummary summary = new StreamingSummary(programme, options, outcomes.runs(),
                RunLayout.of(programme).periods(), outcomes.indicator, outcomes.spend, false);
        RunRecorder fold = summary.recorder();
        RunState state = new RunState(RunLayout.of(programme));
        for (int r = 0; r < outcomes.runs(); r++) {
            outcomes.restore(r, state);
            fold.record(r, state);
        }
        return summary.result();
    }

    /** A recorder for one more worker thread. */
    public synchronized RunRecorder recorder() {
        SummaryFold fold = new SummaryFold(programme, periods, exactIndicator, exactSpend, writeExact);
        folds.add(fold);
        return fold;
    }

    /** Whether real values are kept exactly (else their quantiles are within {@link ValueSketch#RELATIVE_ERROR}). */
    public boolean isExact() { return exactIndicator != null; }

    /** The counts, sketch buckets and exact values kept now: what the summary's memory grows with. */
    public synchronized long retainedValues() {
        long n = 0;
        for (SummaryFold f : folds) n += f.retainedSlots();
        if (exactIndicator != null) n += (long) runs * valuesPerRun(RunLayout.of(programme));
        return n;
    }

    /** Merges the workers' folds (in any order: merging adds) and takes the statistics. */
    public synchronized SimulationResult result() {
        SummaryFold all = new SummaryFold(programme, periods, exactIndicator, exactSpend, false);
        for (SummaryFold f : folds) all.merge(f);
        return Summary.of(programme, options, runs, all, exactIndicator, exactSpend);
    }
}
