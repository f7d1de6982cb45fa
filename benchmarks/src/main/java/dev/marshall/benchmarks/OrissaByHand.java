package dev.marshall.benchmarks;

import dev.marshall.run.RunEngine;
import dev.marshall.model.Programme;
import dev.marshall.run.Distributions;
import dev.marshall.run.RunState;
import dev.marshall.run.Schedule;
import java.util.random.RandomGenerator;

/**
 * {@link OrissaWorkload}'s programme written by hand in Java, as a programmer
 * would for this one model: straight loops over flat arrays, no
 * interpretation at all — the limit guest code can approach. It follows the
 * language's semantics to the letter (same order of draws and of arithmetic,
 * clamping after every assignment), so its results equal the engines'.
 *
 * <p>Slots: params 0 trust_rate, 1 imitation; cluster 0 properties 0 replicas,
 * 1 firms; states 0 trust, 1 members, 2 income; interventions 0 groups,
 * 1 scale_up; milestone 0; indicators 0 reach, 1 earnings.
 */
public final class OrissaByHand implements RunEngine {
    private final int replicas;
    private final int months;
    private final int threshold;
    private final Schedule schedule;

    public OrissaByHand(Programme programme) {
        this.replicas = programme.clusters().get(0).replicas();
        this.months = programme.horizon();
        this.threshold = replicas / 2;
        this.schedule = new Schedule(programme);
    }

    @Override
    public RunEngine.Worker worker() {
        return new RunEngine.Worker() {
            @Override
            public void run(RunState state) {
                simulate(state);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
    }

    private void simulate(RunState s) {
        RandomGenerator random = s.random;
        double trustRate = Distributions.triangular(random, 0.02, 0.04, 0.08);
        double imitation = Distributions.uniform(random, 0.05, 0.15);
        s.params[0] = trustRate;
        s.params[1] = imitation;

        double[] properties = s.properties[0];
        double[] x = s.states[0];
        double[] low = s.low[0];
        double[] high = s.high[0];
        for (int r = 0; r < replicas; r++) {
            properties[2 * r] = replicas;
            properties[2 * r + 1] = Distributions.triangular(random, 20, 40, 90);
        }
        for (int r = 0; r < replicas; r++) {
            int b = 3 * r;
            double firms = properties[2 * r + 1];
            low[b] = 0;
            high[b] = 1;
            x[b] = Math.max(0, Math.min(1, Distributions.uniform(random, 0.05, 0.20)));
            low[b + 1] = 0;
            high[b + 1] = firms;
            x[b + 1] = Math.max(0, Math.min(firms, 0));
            low[b + 2] = 0;
            high[b + 2] = 10_000;
            x[b + 2] = Math.max(0, Math.min(10_000, Distributions.normal(random, 100, 10)));
        }

        for (int m = 1; m <= months; m++) {
            s.month = m;
            schedule.begin(s);
            if (s.isActive(0)) {
                for (int r = 0; r < replicas; r++) {
                    int b = 3 * r;
                    double firms = properties[2 * r + 1];
                    double trust = x[b];
                    trust = Math.max(0, Math.min(1, trust + trustRate * (1 - trust)));
                    x[b] = trust;
                    double members = x[b + 1];
                    members = Math.max(0, Math.min(firms,
                            members + (0.01 * (firms - members) + imitation * trust * members * (1 - members / firms))));
                    x[b + 1] = members;
                    x[b + 2] = Math.max(0, Math.min(10_000, x[b + 2] + 0.5 * members / firms));
                }
            }
            if (s.isActive(1)) {
                for (int r = 0; r < replicas; r++) {
                    int b = 3 * r;
                    double firms = properties[2 * r + 1];
                    x[b + 1] = Math.max(0, Math.min(firms, x[b + 1] + 0.02 * (firms - x[b + 1])));
                }
            }
            if (s.reached[0] == 0) {
                double trusting = 0;
                for (int r = 0; r < replicas; r++) if (x[3 * r] >= 0.5) trusting += 1;
                if (trusting >= threshold) s.reached[0] = m;
            }
            boolean quarter = m % 3 == 0;
            if (quarter || m == months) {
                double members = 0;
                double income = 0;
                for (int r = 0; r < replicas; r++) {
                    members += x[3 * r + 1];
                    income += x[3 * r + 2];
                }
                double earnings = income / replicas * 1;
                if (quarter) {
                    s.indicatorValues[0][m / 3 - 1] = members;
                    s.indicatorValues[1][m / 3 - 1] = earnings;
                }
                if (m == months) {
                    s.atTarget[0] = members;
                    s.atTarget[1] = earnings;
                }
            }
            schedule.spend(s);
        }
    }
}
