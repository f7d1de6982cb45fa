package dev.marshall.api;

import dev.marshall.emit.results.ResultJson;
import dev.marshall.simulation.SimulationResult;
import java.util.List;
import java.util.Map;

/**
 * What a Monte Carlo simulation of a programme found: when milestones are
 * reached, where indicators stand each reporting period, when interventions
 * run, and the cumulative spend, each as p10/p50/p90 across runs. Months are
 * programme months (1 = the programme's start). A quantile of a month is null
 * when fewer than that share of runs got there at all. Immutable.
 */
public final class Forecast {
    private final SimulationResult result;

    Forecast(SimulationResult result) {
        this.result = result;
    }

    /** {@return how many runs were simulated} */
    public int runs() { return result.runs(); }

    /** {@return the seed the runs were derived from} */
    public long seed() { return result.seed(); }

    /** {@return how many months each run covered} */
    public int horizon() { return result.horizon(); }

    /** {@return the params fixed for this forecast, by name} */
    public Map<String, Double> fixed() { return result.overrides(); }

    /** {@return the programme's budget, in its currency} */
    public double budget() { return result.budget(); }

    /**
     * {@return 0 when every quantile is exact; else the largest relative distance of an
     * indicator's or the spend's quantile from the exact one} Above 10 000 runs (and 2<sup>24</sup>
     * values) those quantiles come from a streaming sketch, within 2<sup>-10</sup>; months and
     * probabilities are always exact (language reference §11.9).
     */
    public double quantileError() { return result.quantileError(); }

    /** {@return when each milestone was reached, in declaration order} */
    public List<Milestone> milestones() {
        return result.milestones().stream().map(m -> new Milestone(m.name(), m.due(), m.probabilityOnTime(),
                m.probabilityNever(), m.p10(), m.p50(), m.p90())).toList();
    }

    /** {@return each indicator's values by reporting period, in declaration order} */
    public List<Indicator> indicators() {
        return result.indicators().stream().map(i -> new Indicator(i.name(),
                i.periods().stream().map(p -> new Period(p.month(), p.p10(), p.p50(), p.p90())).toList(),
                i.probabilityTargetMet())).toList();
    }

    /** {@return when each intervention started and ended, in declaration order} */
    public List<Intervention> interventions() {
        return result.interventions().stream().map(i -> new Intervention(i.name(), i.probabilityStarted(),
                i.startP10(), i.startP50(), i.startP90(), i.endP10(), i.endP50(), i.endP90())).toList();
    }

    /** {@return cumulative spend by the end of each month} */
    public List<Period> spend() {
        return result.spend().stream().map(s -> new Period(s.month(), s.p10(), s.p50(), s.p90())).toList();
    }

    /**
     * The forecast as {@code marshall simulate --format json} writes it (docs/formats.md).
     *
     * @return JSON text, the same bytes for the same programme, request and seed
     */
    public String toJson() {
        return ResultJson.render(result);
    }

    SimulationResult result() { return result; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Forecast f && f.result.equals(result);
    }

    @Override
    public int hashCode() { return result.hashCode(); }

    @Override
    public String toString() { return "Forecast[runs=" + runs() + ", seed=" + seed() + ", horizon=" + horizon() + "]"; }

    /**
     * When a milestone was reached across runs.
     *
     * @param name              the milestone
     * @param due               its due month
     * @param probabilityOnTime share of runs reaching it by its due month
     * @param probabilityNever  share of runs never reaching it within the horizon
     * @param p10               month by which 10% of runs reached it (null: fewer did)
     * @param p50               the median month
     * @param p90               month by which 90% of runs reached it
     */
    public record Milestone(String name, int due, double probabilityOnTime, double probabilityNever,
                            Double p10, Double p50, Double p90) {}

    /**
     * An indicator's values across runs.
     *
     * @param name                 the indicator
     * @param periods              its value at the end of each reporting period
     * @param probabilityTargetMet share of runs meeting the target at the target month (NaN: no target or value)
     */
    public record Indicator(String name, List<Period> periods, double probabilityTargetMet) {
        /** Copies {@code periods}. */
        public Indicator {
            periods = List.copyOf(periods);
        }
    }

    /**
     * A quantity at the end of a month, across runs.
     *
     * @param month the programme month
     * @param p10   10th percentile
     * @param p50   median
     * @param p90   90th percentile
     */
    public record Period(int month, double p10, double p50, double p90) {}

    /**
     * When an intervention ran, across runs (its end is its last active month).
     *
     * @param name               the intervention
     * @param probabilityStarted share of runs in which it started within the horizon
     * @param startP10           10th percentile of its first month (null: fewer runs started it)
     * @param startP50           median first month
     * @param startP90           90th percentile of its first month
     * @param endP10             10th percentile of its last month
     * @param endP50             median last month
     * @param endP90             90th percentile of its last month
     */
    public record Intervention(String name, double probabilityStarted, Double startP10, Double startP50, Double startP90,
                               Double endP10, Double endP50, Double endP90) {}
}
