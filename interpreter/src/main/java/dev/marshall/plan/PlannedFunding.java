package dev.marshall.plan;

import dev.marshall.model.Actor;
import dev.marshall.model.CostLine;
import dev.marshall.model.Funding;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the funders pay as the work is planned: a cost share that rises over time is applied to each planned
 * month's spend ({@link Intervention#costShareIn}), so the funded part of an intervention depends on when it runs.
 * The checks (E125) and the logframe read the same figures.
 */
public final class PlannedFunding {
    private PlannedFunding() {}

    /**
     * What the funders of an intervention pay of it in all: {@code cost × (1 − cost_share)}; when the share rises,
     * each planned month's spend less that month's share (an intervention that cannot be planned, at its first share).
     */
    public static double fundedCost(Intervention intervention, PlannedSchedule plan) {
        if (intervention.rising() == null) return intervention.cost() * Funding.fundedPart(intervention);
        OptionalInt start = plan.startOf(intervention);
        if (start.isEmpty()) return intervention.cost() * Funding.fundedPart(intervention);
        double total = 0;
        int end = plan.endOf(intervention).orElseThrow();
        for (int m = start.getAsInt(); m <= end; m++) total += plan.spendIn(intervention, m) * (1 - intervention.costShareIn(m));
        return total;
    }

    /** What {@code funder} pays of the programme in total: its share of the funded part of everything it funds. */
    public static double totalOf(Programme programme, Actor funder, PlannedSchedule plan) {
        double total = 0;
        List<String> funded = Funding.funds(funder);
        double share = Funding.shareOf(funder);
        for (Intervention i : programme.interventions()) {
            if (funded.contains(i.name())) total += fundedCost(i, plan) * share;
        }
        for (CostLine c : programme.costLines()) {
            if (funded.contains(c.name())) total += c.total() * share;
        }
        return total;
    }
}
