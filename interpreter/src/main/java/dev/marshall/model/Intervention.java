package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code intervention id : pillar { … }}: a piece of work of the programme.
 * It starts at {@code start} (a month, 1-based) or the month after everything
 * in {@code after} is finished or reached, runs for {@code duration} months,
 * and while active runs its {@code each month} statements for its cluster
 * ({@code clusterIndex}: its {@code in}, else the programme's only cluster,
 * else -1). {@code cost} is in the programme's currency; {@code costShare} is
 * the share the beneficiaries pay (0..1), or null when none is agreed; when it rises over time
 * ({@code cost_share = 20% rising to 80% by month 36}) {@code costShare} is where it starts and
 * {@code rising} says how it grows (null for a single share).
 */
public record Intervention(String name, int index, String pillar, Span pillarSpan, String lead, List<String> partners,
                           List<String> targets, int clusterIndex, Integer start, List<Dependency> after, int duration,
                           double cost, Double costShare, RiskLevel risk, List<Statement> eachMonth,
                           Properties properties, Span span, Span nameSpan, String doc, CostShare rising) implements Declaration {

    /** An intervention whose cost share, if any, is the same in every month. */
    public Intervention(String name, int index, String pillar, Span pillarSpan, String lead, List<String> partners,
                        List<String> targets, int clusterIndex, Integer start, List<Dependency> after, int duration,
                        double cost, Double costShare, RiskLevel risk, List<Statement> eachMonth,
                        Properties properties, Span span, Span nameSpan, String doc) {
        this(name, index, pillar, pillarSpan, lead, partners, targets, clusterIndex, start, after, duration, cost, costShare,
                risk, eachMonth, properties, span, nameSpan, doc, null);
    }

    public Intervention {
        partners = List.copyOf(partners);
        targets = List.copyOf(targets);
        after = List.copyOf(after);
        eachMonth = List.copyOf(eachMonth);
    }

    public String kind() { return "intervention"; }

    public boolean startsOnFixedMonth() { return start != null; }

    /** The share of month {@code month}'s spend the beneficiaries pay (0 when none is agreed). */
    public double costShareIn(int month) {
        if (rising != null) return rising.at(month);
        return costShare == null ? 0 : costShare;
    }
}
