package dev.marshall.run;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Everything one simulated run reads and writes, in flat arrays indexed by
 * slot (the indices of the semantic model), never in maps keyed by name. The
 * replicas of a cluster are rows: state {@code s} of replica {@code r} of
 * cluster {@code c} is {@code states[c][r * layout.states()[c] + s]}.
 *
 * <p>A worker thread owns one and reuses it for run after run; {@link #reset}
 * clears whatever the previous run left, so a run depends only on its seed.
 * Fields are public because the Truffle nodes and the reference evaluator
 * (both in other packages) read and write them in their innermost loops.
 */
public final class RunState {
    public final RunLayout layout;
    /** Sampled value of each param. */
    public final double[] params;
    /** Per cluster, {@code [replica * propertyCount + property]}: sampled properties (NaN for text). */
    public final double[][] properties;
    /** Per cluster, {@code [replica * stateCount + state]}: current state values. */
    public final double[][] states;
    /** Per cluster, the lower and upper bound of each state of each replica, evaluated once per run. */
    public final double[][] low;
    public final double[][] high;
    /** The replica each cluster's unqualified states denote right now (0 outside replica loops). */
    public final int[] replica;
    /** Per intervention: its first active month and its planned last active month; 0 while not started. */
    public final int[] started;
    public final int[] ends;
    /** Per intervention: whether, in the current month, its work goes on under the actor it was handed over to. */
    public final boolean[] handedOver;
    /** Per milestone: the month it was reached, 0 while not reached. */
    public final int[] reached;
    /** Per network: its size in firms and its strength (0..1) this month ({@link NetworkGrowth}). */
    public final double[] networkFirms;
    public final double[] networkStrength;
    /** Per indicator and reporting period: the value at the period's end. */
    public final double[][] indicatorValues;
    /** Per indicator: the value at its target month (NaN when it has none within the horizon). */
    public final double[] atTarget;
    /** Cumulative spend by the end of each month ({@code [month - 1]}). */
    public final double[] spend;
    /** The current month, 1-based; 0 while the run's starting values are sampled. */
    public int month;
    /** How deeply fn calls are nested right now (a guard against runaway recursion). */
    public int depth;
    /** This run's random stream. */
    public RandomGenerator random;
    /** The host's hold on the simulation: guest code polls it each month and each fn call (set by the driver). */
    public SimulationControl control = SimulationControl.unlimited();

    public RunState(RunLayout layout) {
        this.layout = layout;
        int clusters = layout.clusters();
        params = new double[layout.params()];
        properties = new double[clusters][];
        states = new double[clusters][];
        low = new double[clusters][];
        high = new double[clusters][];
        for (int c = 0; c < clusters; c++) {
            properties[c] = new double[layout.replicas()[c] * layout.properties()[c]];
            states[c] = new double[layout.replicas()[c] * layout.states()[c]];
            low[c] = new double[states[c].length];
            high[c] = new double[states[c].length];
        }
        replica = new int[clusters];
        started = new int[layout.interventions()];
        ends = new int[layout.interventions()];
        handedOver = new boolean[layout.interventions()];
        reached = new int[layout.milestones()];
        networkFirms = new double[layout.networks()];
        networkStrength = new double[layout.networks()];
        indicatorValues = new double[layout.indicators()][];
        for (int i = 0; i < indicatorValues.length; i++) indicatorValues[i] = new double[layout.periods()[i]];
        atTarget = new double[layout.indicators()];
        spend = new double[layout.horizon()];
    }

    /** Forgets the previous run and starts a new one on {@code stream}. */
    public void reset(RandomGenerator stream) {
        random = stream;
        month = 0;
        depth = 0;
        Arrays.fill(params, 0);
        for (int c = 0; c < states.length; c++) {
            Arrays.fill(properties[c], 0);
            Arrays.fill(states[c], 0);
            Arrays.fill(low[c], Double.NEGATIVE_INFINITY);
            Arrays.fill(high[c], Double.POSITIVE_INFINITY);
        }
        Arrays.fill(replica, 0);
        Arrays.fill(started, 0);
        Arrays.fill(ends, 0);
        Arrays.fill(handedOver, false);
        Arrays.fill(reached, 0);
        Arrays.fill(networkFirms, 0);
        Arrays.fill(networkStrength, 0);
        for (double[] values : indicatorValues) Arrays.fill(values, Double.NaN);
        Arrays.fill(atTarget, Double.NaN);
        Arrays.fill(spend, 0);
    }

    /** Whether intervention {@code i} runs in the current month. */
    public boolean isActive(int i) {
        return started[i] != 0 && started[i] <= month && month <= ends[i];
    }

    /** Whether intervention {@code i}'s {@code each month} block runs in the current month: while active, or under the actor it was handed over to. */
    public boolean runsWork(int i) {
        return isActive(i) || handedOver[i];
    }

    /** A state's value, for tests and tools: cluster, replica, state. */
    public double state(int cluster, int replicaIndex, int state) {
        return states[cluster][replicaIndex * layout.states()[cluster] + state];
    }
}
