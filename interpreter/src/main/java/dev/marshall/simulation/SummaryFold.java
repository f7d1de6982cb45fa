package dev.marshall.simulation;

import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import dev.marshall.model.Target;
import dev.marshall.run.RunState;
import java.util.List;

/**
 * One worker thread's part of a {@link StreamingSummary}: the runs it
 * finished, folded into counts, month histograms and value sketches (or, in
 * exact mode, written into the shared value columns at their run's index).
 * Folds are merged by adding, so the summary is the same whichever thread
 * ran which run.
 */
final class SummaryFold implements RunRecorder {
    private final Programme programme;
    private final int horizon;
    /** In exact mode the value columns shared by all folds ([indicator][period][run], [month-1][run]); else null. */
    private final double[][][] exactIndicator;
    private final double[][] exactSpend;
    /** False when the exact columns already hold the values (a summary of {@link RunOutcomes}). */
    private final boolean writeExact;

    final MonthHistogram[] milestone;
    final MonthHistogram[] start;
    final MonthHistogram[] end;
    final long[] targetMet;
    /** Per indicator, the runs meeting each of its total targets per year or period ({@link TargetChances}). */
    final long[][] targetsMet;
    /** Per indicator, its total targets by month: read once here, not for every run. */
    private final List<Target>[] totalTargets;
    /** In sketch mode, per indicator and period, and per month; else null. */
    final ValueSketch[][] indicator;
    final ValueSketch[] spend;

    SummaryFold(Programme programme, int[] periods, double[][][] exactIndicator, double[][] exactSpend, boolean writeExact) {
        this.programme = programme;
        this.horizon = programme.horizon();
        this.exactIndicator = exactIndicator;
        this.exactSpend = exactSpend;
        this.writeExact = writeExact;
        milestone = histograms(programme.milestones().size());
        start = histograms(programme.interventions().size());
        end = histograms(programme.interventions().size());
        targetMet = new long[periods.length];
        targetsMet = new long[periods.length][];
        @SuppressWarnings("unchecked")
        List<Target>[] totals = new List[periods.length];
        for (Indicator i : programme.indicators()) {
            totals[i.index()] = i.totalTargets();
            targetsMet[i.index()] = new long[totals[i.index()].size()];
        }
        totalTargets = totals;
        if (exactIndicator == null) {
            indicator = new ValueSketch[periods.length][];
            for (int i = 0; i < periods.length; i++) indicator[i] = sketches(periods[i]);
            spend = sketches(horizon);
        } else {
            indicator = null;
            spend = null;
        }
    }

    @Override
    public void record(int run, RunState state) {
        for (int k = 0; k < milestone.length; k++) milestone[k].add(state.reached[k]);
        for (int i = 0; i < start.length; i++) {
            int s = state.started[i];
            start[i].add(s);
            // An end is the last active month within the horizon, never before the start (0: never started).
            end[i].add(s == 0 ? 0 : Math.max(s, Math.min(horizon, state.ends[i])));
        }
        for (Indicator i : programme.indicators()) {
            int k = i.index();
            if (i.target() != null && i.value() != null && Summary.meetsTarget(i, state.atTarget[k])) targetMet[k]++;
            double[] values = state.indicatorValues[k];
            TargetChances.count(i, totalTargets[k], values, targetsMet[k]);
            if (exactIndicator == null) {
                for (int p = 0; p < values.length; p++) indicator[k][p].add(values[p]);
            } else if (writeExact) {
                for (int p = 0; p < values.length; p++) exactIndicator[k][p][run] = values[p];
            }
        }
        if (exactSpend == null) {
            for (int m = 0; m < spend.length; m++) spend[m].add(state.spend[m]);
        } else if (writeExact) {
            for (int m = 0; m < exactSpend.length; m++) exactSpend[m][run] = state.spend[m];
        }
    }

    /** Adds {@code other}'s runs to this fold. */
    void merge(SummaryFold other) {
        for (int k = 0; k < milestone.length; k++) milestone[k].merge(other.milestone[k]);
        for (int i = 0; i < start.length; i++) {
            start[i].merge(other.start[i]);
            end[i].merge(other.end[i]);
        }
        for (int k = 0; k < targetMet.length; k++) targetMet[k] += other.targetMet[k];
        for (int k = 0; k < targetsMet.length; k++) {
            for (int j = 0; j < targetsMet[k].length; j++) targetsMet[k][j] += other.targetsMet[k][j];
        }
        if (indicator != null) {
            for (int k = 0; k < indicator.length; k++) {
                for (int p = 0; p < indicator[k].length; p++) indicator[k][p].merge(other.indicator[k][p]);
            }
            for (int m = 0; m < spend.length; m++) spend[m].merge(other.spend[m]);
        }
    }

    /** The counts and sketch buckets this fold keeps: bounded by the programme, not by the runs. */
    long retainedSlots() {
        long n = targetMet.length;
        for (long[] t : targetsMet) n += t.length;
        for (MonthHistogram[] hs : new MonthHistogram[][] {milestone, start, end}) {
            for (MonthHistogram h : hs) n += h.slots();
        }
        if (indicator != null) {
            for (ValueSketch[] ss : indicator) {
                for (ValueSketch s : ss) n += s.buckets();
            }
            for (ValueSketch s : spend) n += s.buckets();
        }
        return n;
    }

    private MonthHistogram[] histograms(int n) {
        MonthHistogram[] hs = new MonthHistogram[n];
        for (int i = 0; i < n; i++) hs[i] = new MonthHistogram(horizon);
        return hs;
    }

    private static ValueSketch[] sketches(int n) {
        ValueSketch[] ss = new ValueSketch[n];
        for (int i = 0; i < n; i++) ss[i] = new ValueSketch();
        return ss;
    }
}
