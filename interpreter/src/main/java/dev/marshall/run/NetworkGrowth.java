package dev.marshall.run;

import dev.marshall.model.Intervention;
import dev.marshall.model.Network;
import dev.marshall.model.NetworkWork;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * How the networks of a programme grow, month by month: bookkeeping shared by
 * both engines (called from {@link Schedule#begin}), so that they agree to
 * the last bit. No draw is taken here; a network's growth is uncertain only
 * through what it reads (an uptake given by a param, a share of a cluster whose
 * {@code firms} is drawn, an intervention whose start is uncertain).
 *
 * <ul>
 * <li>A network no intervention forms exists from month 1 at its declared size
 *     and a strength of {@value #EXISTING_STRENGTH}. A network that some
 *     intervention forms starts empty, at strength 0.</li>
 * <li>In each month in which an intervention that forms it works (is active, or
 *     goes on after a handover), {@code uptake} of the firms still to join join
 *     ({@code firms += uptake × (size − firms)}), and its strength rises by the
 *     same rule ({@code strength += uptake × (1 − strength)}). A month in which
 *     only an intervention that strengthens it works raises the strength alone.</li>
 * <li>From the first month work with it started, a month without such work
 *     loses strength with a half-life of {@value #HALF_LIFE_MONTHS} months (the
 *     same half-life as work that decays after a handover). Firms do not leave.</li>
 * <li>It is active while its strength is at least {@value #ACTIVE_STRENGTH}.</li>
 * </ul>
 *
 * Firms are kept as fractions, like every simulated quantity; a count in whole
 * firms is {@code round(n.firms)}.
 */
public final class NetworkGrowth {
    /** A network's strength when it exists before the programme and no intervention forms it. */
    public static final double EXISTING_STRENGTH = 0.5;
    /** The strength at and above which a network counts as active. */
    public static final double ACTIVE_STRENGTH = 0.5;
    static final int HALF_LIFE_MONTHS = 12;
    private static final double MONTHLY_DECAY = Math.pow(0.5, 1.0 / HALF_LIFE_MONTHS);

    private final Network[] networks;
    private final int[][] formers;
    private final int[][] strengtheners;

    public NetworkGrowth(Programme programme) {
        int n = programme.networks().size();
        networks = new Network[n];
        formers = new int[n][];
        strengtheners = new int[n][];
        for (Network network : programme.networks()) {
            int k = network.index();
            networks[k] = network;
            formers[k] = indices(NetworkWork.formers(programme, network));
            strengtheners[k] = indices(NetworkWork.strengtheners(programme, network));
        }
    }

    private static int[] indices(List<Intervention> interventions) {
        return interventions.stream().mapToInt(Intervention::index).toArray();
    }

    /** Grows every network for {@code state.month}; the schedule of the month is already known. */
    public void grow(RunState state) {
        for (int k = 0; k < networks.length; k++) {
            double size = size(state, networks[k]);
            if (state.month == 1 && formers[k].length == 0) {
                state.networkFirms[k] = size;
                state.networkStrength[k] = EXISTING_STRENGTH;
            }
            boolean forming = anyWorks(state, formers[k]);
            boolean strengthening = forming || anyWorks(state, strengtheners[k]);
            if (strengthening) {
                double uptake = uptake(state, networks[k]);
                if (forming) state.networkFirms[k] += uptake * (size - state.networkFirms[k]);
                state.networkStrength[k] += uptake * (1 - state.networkStrength[k]);
            } else if (anyStarted(state, formers[k]) || anyStarted(state, strengtheners[k])) {
                state.networkStrength[k] *= MONTHLY_DECAY;
            }
        }
    }

    /** The size a network grows towards: its constant {@code firms}, or its count or share of a cluster's firms in this run. */
    static double size(RunState state, Network network) {
        if (network.firms() != null) return network.firms();
        Network.FirmsOf of = network.firmsOf();
        if (of == null || of.propertyIndex() < 0) return 0;
        int perReplica = state.layout.properties()[of.clusterIndex()];
        double[] properties = state.properties[of.clusterIndex()];
        double clusterFirms = 0;
        for (int r = 0; r < state.layout.replicas()[of.clusterIndex()]; r++) clusterFirms += properties[r * perReplica + of.propertyIndex()];
        clusterFirms = Math.max(0, clusterFirms);
        return of.share() ? of.amount() * clusterFirms : Math.min(of.amount(), clusterFirms);
    }

    private static double uptake(RunState state, Network network) {
        double u = network.uptakeParam() >= 0 ? state.params[network.uptakeParam()] : network.uptake();
        return Double.isNaN(u) ? 0 : Math.max(0, Math.min(1, u));
    }

    private static boolean anyWorks(RunState state, int[] interventions) {
        for (int i : interventions) if (state.runsWork(i)) return true;
        return false;
    }

    private static boolean anyStarted(RunState state, int[] interventions) {
        for (int i : interventions) if (state.started[i] != 0 && state.started[i] <= state.month) return true;
        return false;
    }

    /** Whether network {@code k} counts as active this month. */
    public static boolean isActive(RunState state, int k) {
        return state.networkStrength[k] >= ACTIVE_STRENGTH;
    }
}
