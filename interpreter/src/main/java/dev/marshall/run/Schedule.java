package dev.marshall.run;

import dev.marshall.model.CostLine;
import dev.marshall.model.Dependency;
import dev.marshall.model.Handover;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * When interventions run and what they cost, month by month; the part of a
 * run that is bookkeeping rather than guest code, shared by both engines.
 *
 * <p>An intervention becomes active in the first month {@code m} that is at
 * least its {@code start} (month 1 when it gives none) and in which everything
 * in its {@code after} is done <em>before</em> {@code m}: an intervention it
 * waits for has passed its last active month, a milestone it waits for was
 * reached in an earlier month. So {@code start} together with {@code after}
 * means "not before {@code start}, and not before the month after all it waits
 * for". It then stays active for {@code duration} months; months past the
 * horizon are not simulated. A milestone never reached keeps what waits for
 * it from ever starting.
 *
 * <p>Spend: an intervention's {@code cost} is spread evenly over its
 * {@code duration}, {@code cost / duration} in each active month, so a run cut
 * off by the horizon spends only the months it simulated. (The whole cost
 * counts, as in the budget check; a {@code cost_share} is not deducted.) The programme-level cost lines are
 * planned, not simulated: each spends its monthly amount in its months in every run.
 *
 * <p>Handover: after an intervention's last active month, and from its handover on (a month, the month after a
 * milestone is reached, or at once when no {@code by} is given), its work goes on under the new lead
 * ({@link RunState#handedOver}) to the end of the horizon — every month, or, when it decays, in the months
 * {@link Handover#keepsUp(int)} says. It spends nothing of the programme's money and does not change when the
 * intervention counts as finished.
 */
public final class Schedule {
    private final int[] earliest;
    private final int[][] afterInterventions;
    private final int[][] afterMilestones;
    private final int[] duration;
    private final double[] cost;
    /** What the programme-level cost lines have spent by the end of each month (index 0 = month 1); the same in every run. */
    private final double[] costLinesSpent;
    /** Per intervention: its handover, or null. */
    private final Handover[] handovers;
    /** The networks that interventions form or strengthen, grown once the month's interventions are known. */
    private final NetworkGrowth networks;

    public Schedule(Programme programme) {
        int n = programme.interventions().size();
        earliest = new int[n];
        afterInterventions = new int[n][];
        afterMilestones = new int[n][];
        duration = new int[n];
        cost = new double[n];
        handovers = new Handover[n];
        costLinesSpent = new double[Math.max(0, programme.horizon())];
        for (int m = 1; m <= costLinesSpent.length; m++) {
            for (CostLine c : programme.costLines()) costLinesSpent[m - 1] += c.spentBy(m);
        }
        for (Intervention i : programme.interventions()) {
            int k = i.index();
            earliest[k] = i.start() == null ? 1 : Math.max(1, i.start());
            List<Integer> interventions = new ArrayList<>();
            List<Integer> milestones = new ArrayList<>();
            for (Dependency d : i.after()) {
                if (d.index() < 0) continue;
                (d.kind() == Dependency.Kind.INTERVENTION ? interventions : milestones).add(d.index());
            }
            afterInterventions[k] = interventions.stream().mapToInt(Integer::intValue).toArray();
            afterMilestones[k] = milestones.stream().mapToInt(Integer::intValue).toArray();
            duration[k] = i.duration();
            cost[k] = i.cost();
            handovers[k] = Handover.of(programme, i).orElse(null);
        }
        networks = new NetworkGrowth(programme);
    }

    /**
     * Step 1 of a month: starts every intervention whose time has come in {@code state.month}, then grows the
     * networks the month's running interventions form or strengthen (so their blocks already see this month's growth).
     */
    public void begin(RunState state) {
        int month = state.month;
        for (int i = 0; i < earliest.length; i++) {
            if (state.started[i] == 0 && month >= earliest[i] && dependenciesDone(state, i, month)) {
                state.started[i] = month;
                state.ends[i] = month + duration[i] - 1;
            }
            state.handedOver[i] = handovers[i] != null && handedOver(state, i, month);
        }
        networks.grow(state);
    }

    private boolean handedOver(RunState state, int i, int month) {
        if (state.started[i] == 0 || month <= state.ends[i]) return false;
        Handover h = handovers[i];
        int from;
        if (h.milestoneIndex() >= 0) {
            int reached = state.reached[h.milestoneIndex()];
            if (reached == 0 || reached >= month) return false;
            from = reached + 1;
        } else {
            from = h.month();
        }
        from = Math.max(from, state.ends[i] + 1);
        return month >= from && h.keepsUp(month - from + 1);
    }

    private boolean dependenciesDone(RunState state, int i, int month) {
        for (int j : afterInterventions[i]) {
            if (state.started[j] == 0 || state.ends[j] >= month) return false;
        }
        for (int k : afterMilestones[i]) {
            if (state.reached[k] == 0 || state.reached[k] >= month) return false;
        }
        return true;
    }

    /**
     * The last step of a month: the cumulative spend by its end. Computed from
     * scratch as cost × (months run / duration) per intervention, so that a
     * finished intervention counts exactly its cost, without rounding drift.
     */
    public void spend(RunState state) {
        int month = state.month;
        double total = 0;
        for (int i = 0; i < cost.length; i++) {
            int start = state.started[i];
            if (start == 0 || start > month) continue;
            if (duration[i] <= 0) {
                total += cost[i];
            } else {
                int monthsRun = Math.min(month, state.ends[i]) - start + 1;
                total += cost[i] * monthsRun / duration[i];
            }
        }
        if (month <= costLinesSpent.length) total += costLinesSpent[month - 1];
        state.spend[month - 1] = total;
    }
}
