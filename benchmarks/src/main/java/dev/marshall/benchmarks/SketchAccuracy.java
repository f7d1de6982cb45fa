package dev.marshall.benchmarks;

import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.run.RunLayout;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.simulation.StreamingSummary;
import dev.marshall.simulation.Summary;
import dev.marshall.truffle.TruffleEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far the streaming summary's sketched quantiles are from the exact ones
 * (benchmarks/memory.sh): simulates a programme twice with the same seed —
 * keeping every run and summarising them exactly, and as {@code simulate}
 * does — and compares every number. Needs the heap for every run's figures.
 *
 * <pre>java -cp benchmarks.jar dev.marshall.benchmarks.SketchAccuracy FILE RUNS [THREADS]</pre>
 */
public final class SketchAccuracy {
    private SketchAccuracy() {}

    public static void main(String[] args) throws Exception {
        Compilation compilation = Compiler.compile(Path.of(args[0]));
        if (compilation.hasErrors()) throw new IllegalArgumentException(args[0] + " has errors");
        Programme programme = compilation.programme();
        int runs = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        SimulationOptions options = new SimulationOptions(runs, 1, threads, Map.of());
        SimulationResult exact;
        try (TruffleEngine engine = TruffleEngine.create(programme, Map.of())) {
            exact = Summary.of(programme, options, MonteCarlo.run(programme, engine, options, ProgressListener.NONE));
        }
        SimulationResult streamed = Simulator.simulate(programme, options);
        boolean sketched = !StreamingSummary.exact(RunLayout.of(programme), runs);

        boolean monthsExact = exact.milestones().equals(streamed.milestones()) && exact.interventions().equals(streamed.interventions());
        List<Double> errors = new ArrayList<>();
        int identical = 0;
        for (int i = 0; i < exact.indicators().size(); i++) {
            SimulationResult.IndicatorOutcome e = exact.indicators().get(i);
            SimulationResult.IndicatorOutcome s = streamed.indicators().get(i);
            monthsExact &= Double.compare(e.probabilityTargetMet(), s.probabilityTargetMet()) == 0;
            for (int p = 0; p < e.periods().size(); p++) {
                SimulationResult.PeriodOutcome a = e.periods().get(p);
                SimulationResult.PeriodOutcome b = s.periods().get(p);
                identical += compare(a.p10(), b.p10(), errors) + compare(a.p50(), b.p50(), errors) + compare(a.p90(), b.p90(), errors);
            }
        }
        for (int m = 0; m < exact.spend().size(); m++) {
            SimulationResult.MonthlySpend a = exact.spend().get(m);
            SimulationResult.MonthlySpend b = streamed.spend().get(m);
            identical += compare(a.p10(), b.p10(), errors) + compare(a.p50(), b.p50(), errors) + compare(a.p90(), b.p90(), errors);
        }
        Collections.sort(errors);
        System.out.printf(Locale.ROOT, "%s, %d runs: real values %s; shares and months %s%n", args[0], runs,
                sketched ? "sketched" : "exact", monthsExact ? "identical" : "DIFFERENT");
        System.out.printf(Locale.ROOT, "quantiles of real values: %d identical, %d differ; relative difference median %.2g, largest %.2g%n",
                identical, errors.size(), errors.isEmpty() ? 0.0 : errors.get(errors.size() / 2),
                errors.isEmpty() ? 0.0 : errors.get(errors.size() - 1));
    }

    /** 1 when identical (NaN equals NaN), else 0 and the relative difference recorded. */
    private static int compare(double exact, double sketched, List<Double> errors) {
        if (Double.compare(exact, sketched) == 0) return 1;
        errors.add(Math.abs(sketched - exact) / Math.max(Math.abs(exact), Double.MIN_NORMAL));
        return 0;
    }
}
