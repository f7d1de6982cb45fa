package dev.marshall.benchmarks;

import dev.marshall.model.Programme;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import java.util.Map;

/**
 * The end-to-end benchmark's hand-written Java column (benchmarks/end-to-end.sh):
 * one cold process that simulates {@link OrissaWorkload} with {@link OrissaByHand}
 * on the same driver and summary as {@code marshall simulate}, and prints the
 * reach indicator's last median and its chance of meeting the target, which equal
 * the language's figures.
 *
 * <pre>java -cp benchmarks.jar dev.marshall.benchmarks.OrissaByHandRun RUNS REPLICAS MONTHS [THREADS]</pre>
 * With {@code --source REPLICAS MONTHS} it prints the workload's programme text instead.
 */
public final class OrissaByHandRun {
    private OrissaByHandRun() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--source")) {
            System.out.print(OrissaWorkload.source(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
            return;
        }
        int runs = Integer.parseInt(args[0]);
        int replicas = Integer.parseInt(args[1]);
        int months = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Programme programme = OrissaWorkload.programme(replicas, months);
        SimulationOptions options = new SimulationOptions(runs, 1, threads, Map.of());
        RunOutcomes outcomes;
        try (OrissaByHand engine = new OrissaByHand(programme)) {
            outcomes = MonteCarlo.run(programme, engine, options, ProgressListener.NONE);
        }
        SimulationResult result = Summary.of(programme, options, outcomes);
        SimulationResult.IndicatorOutcome reach = result.indicators().stream()
                .filter(i -> i.name().equals("reach")).findFirst().orElseThrow();
        System.out.println(runs + " runs by hand; reach in month " + months + " (p50): "
                + reach.periods().get(reach.periods().size() - 1).p50() + "; P(target met) " + reach.probabilityTargetMet());
    }
}
