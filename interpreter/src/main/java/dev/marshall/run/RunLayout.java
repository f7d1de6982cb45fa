package dev.marshall.run;

import dev.marshall.model.Cluster;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;

/**
 * The sizes of one run's flat arrays, derived once from a programme: how many
 * params, replicas, properties and states each cluster has, how many
 * interventions, milestones and networks, and how many reporting periods each indicator
 * records. Both engines (Truffle and the reference tree-walker) lay out a
 * {@link RunState} from it, so their outcomes can be compared slot by slot.
 */
public record RunLayout(int horizon, int params, int[] replicas, int[] properties, int[] states,
                        int interventions, int milestones, int[] periods, int networks) {

    public static RunLayout of(Programme programme) {
        int clusters = programme.clusters().size();
        int[] replicas = new int[clusters];
        int[] properties = new int[clusters];
        int[] states = new int[clusters];
        for (Cluster c : programme.clusters()) {
            replicas[c.index()] = Math.max(1, c.replicas());
            properties[c.index()] = c.properties().all().size();
            states[c.index()] = c.states().size();
        }
        int[] periods = new int[programme.indicators().size()];
        for (Indicator i : programme.indicators()) periods[i.index()] = periodsOf(i, programme.horizon());
        return new RunLayout(programme.horizon(), programme.params().size(), replicas, properties, states,
                programme.interventions().size(), programme.milestones().size(), periods, programme.networks().size());
    }

    /**
     * The reporting periods an indicator records within the horizon: the end of
     * each whole period (months p, 2p, …, at most the horizon). An indicator
     * without a {@code value} has no trajectory, so none.
     */
    public static int periodsOf(Indicator indicator, int horizon) {
        if (indicator.value() == null || indicator.periodMonths() <= 0) return 0;
        return horizon / indicator.periodMonths();
    }

    public int clusters() { return replicas.length; }

    public int indicators() { return periods.length; }
}
