package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marshall.run.Distributions;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Sampled normal, uniform, triangular and bernoulli match their mean and
 * variance. With n = 200 000 draws the standard error of the mean is
 * σ/√n ≈ 0.0022σ; the tolerances are about five standard errors, so a
 * correct sampler fails with negligible probability, a wrong one (say a
 * triangular with its mode misplaced by 5% of its width) fails for sure.
 */
class DistributionsTest {
    private static final int N = 200_000;

    private interface Sampler {
        double draw(RandomGenerator random);
    }

    private static double[] moments(Sampler sampler) {
        RandomGenerator random = RunSeeds.stream(2024, 0);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = sampler.draw(random);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, sumSq / N - mean * mean};
    }

    private static void check(Sampler sampler, double mean, double variance) {
        double[] m = moments(sampler);
        double sd = Math.sqrt(variance);
        assertEquals(mean, m[0], 5 * sd / Math.sqrt(N), "mean");
        // the sample variance's standard error is about σ²·√(2/n) (more for heavy tails: allow 8 of them)
        assertEquals(variance, m[1], 8 * variance * Math.sqrt(2.0 / N), "variance");
    }

    @Test
    void normal() {
        check(r -> Distributions.normal(r, 10, 2), 10, 4);
    }

    @Test
    void uniform() {
        check(r -> Distributions.uniform(r, -1, 3), 1, 16.0 / 12);
    }

    @Test
    void triangular() {
        double a = 2;
        double c = 3;
        double b = 8;
        check(r -> Distributions.triangular(r, a, c, b), (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18);
        check(r -> Distributions.triangular(r, 0, 0, 1), 1.0 / 3, 1.0 / 18);
        check(r -> Distributions.triangular(r, 0, 1, 1), 2.0 / 3, 1.0 / 18);
    }

    @Test
    void bernoulli() {
        check(r -> Distributions.bernoulli(r, 0.3) ? 1 : 0, 0.3, 0.21);
    }

    /** Through the language: a cluster property sampled per replica has the distribution's mean. */
    @Test
    void perReplicaPropertiesThroughTheEngine() throws Exception {
        SimulationResult r = Programmes.simulateBoth(Programmes.compile(header(1) + """
                cluster villages { firms = triangular(10, 40, 70); replicas = 4000; state size = firms in 0..1000 }
                intervention spread : dissemination { start = month 1; duration = 1 month; cost = 0 EUR }
                indicator mean_size : output { unit = firms; baseline = 0; target = 1 by month 1; source = "s"; every = month
                  value = mean(villages.size) }
                """), new SimulationOptions(1, 3, 1, Map.of()));
        // mean 40, sd = √(150) ≈ 12.2; the mean of 4000 replicas has sd ≈ 0.19
        assertEquals(40, Programmes.trajectory(r, "mean_size")[0], 1.0);
    }
}
