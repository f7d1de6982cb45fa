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
 * the share the beneficiaries pay (0..1), or null when none is agreed.
 */
public record Intervention(String name, int index, String pillar, Span pillarSpan, String lead, List<String> partners,
                           List<String> targets, int clusterIndex, Integer start, List<Dependency> after, int duration,
                           double cost, Double costShare, RiskLevel risk, List<Statement> eachMonth,
                           Properties properties, Span span, Span nameSpan, String doc) implements Declaration {

    public Intervention {
        partners = List.copyOf(partners);
        targets = List.copyOf(targets);
        after = List.copyOf(after);
        eachMonth = List.copyOf(eachMonth);
    }

    public String kind() { return "intervention"; }

    public boolean startsOnFixedMonth() { return start != null; }
}
