package dev.marshall.simulation;

import dev.marshall.run.RunLayout;
import dev.marshall.run.RunState;

/**
 * What every run ended with, indexed by run: the month each milestone was
 * reached (0: never), each intervention's first and planned last active month
 * (0: never started), each indicator's value per reporting period and at its
 * target month, and the cumulative spend per month. Each run writes only its
 * own column, so worker threads need no locking; the summary reads columns in
 * run order, so it does not depend on which thread ran what.
 */
public final class RunOutcomes implements RunRecorder {
    final int runs;
    final int[][] milestoneMonth;
    final int[][] start;
    final int[][] end;
    final double[][][] indicator;
    final double[][] atTarget;
    final double[][] spend;
    /** Per param, its sampled (or fixed) value in each run: what sensitivity analysis relates outcomes to. */
    final double[][] params;

    public RunOutcomes(RunLayout layout, int runs) {
        this.runs = runs;
        milestoneMonth = new int[layout.milestones()][runs];
        start = new int[layout.interventions()][runs];
        end = new int[layout.interventions()][runs];
        indicator = new double[layout.indicators()][][];
        for (int i = 0; i < indicator.length; i++) indicator[i] = new double[layout.periods()[i]][runs];
        atTarget = new double[layout.indicators()][runs];
        spend = new double[layout.horizon()][runs];
        params = new double[layout.params()][runs];
    }

    public int runs() { return runs; }

    /** Copies a finished run's outcome into column {@code run}. */
    @Override
    public void record(int run, RunState state) {
        for (int k = 0; k < milestoneMonth.length; k++) milestoneMonth[k][run] = state.reached[k];
        for (int i = 0; i < start.length; i++) {
            start[i][run] = state.started[i];
            end[i][run] = state.ends[i];
        }
        for (int i = 0; i < indicator.length; i++) {
            for (int p = 0; p < indicator[i].length; p++) indicator[i][p][run] = state.indicatorValues[i][p];
            atTarget[i][run] = state.atTarget[i];
        }
        for (int m = 0; m < spend.length; m++) spend[m][run] = state.spend[m];
        for (int k = 0; k < params.length; k++) params[k][run] = state.params[k];
    }

    /** Puts run {@code run}'s outcome back into {@code state}'s outcome slots: the inverse of {@link #record}. */
    void restore(int run, RunState state) {
        for (int k = 0; k < milestoneMonth.length; k++) state.reached[k] = milestoneMonth[k][run];
        for (int i = 0; i < start.length; i++) {
            state.started[i] = start[i][run];
            state.ends[i] = end[i][run];
        }
        for (int i = 0; i < indicator.length; i++) {
            for (int p = 0; p < indicator[i].length; p++) state.indicatorValues[i][p] = indicator[i][p][run];
            state.atTarget[i] = atTarget[i][run];
        }
        for (int m = 0; m < spend.length; m++) state.spend[m] = spend[m][run];
    }

    public int milestoneMonth(int milestone, int run) { return milestoneMonth[milestone][run]; }

    public int start(int intervention, int run) { return start[intervention][run]; }

    public int end(int intervention, int run) { return end[intervention][run]; }

    public double indicator(int indicator, int period, int run) { return this.indicator[indicator][period][run]; }

    public double atTarget(int indicator, int run) { return atTarget[indicator][run]; }

    public double spend(int month, int run) { return spend[month - 1][run]; }

    public double param(int param, int run) { return params[param][run]; }
}
