package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * {@code cost_line id : category { monthly = 4_000 EUR; from = month 1; until = month 36 }}: a cost of running the
 * programme that belongs to no intervention — the cluster development agent and its staff, management, monitoring
 * and evaluation, equipment. It spends {@code monthly} in each programme month {@code from..until} (both
 * included); written as a total ({@code amount}), the total is spread evenly over those months. Its category is a
 * word of the {@code cost_category} vocabulary. Funders pay cost lines as they pay interventions ({@code funds},
 * {@code share}); the beneficiaries pay no part of them.
 */
public record CostLine(String name, int index, String category, Span categorySpan, double monthly, int from, int until,
                       Properties properties, Span span, Span nameSpan, String doc) implements Declaration {

    public String kind() { return "cost_line"; }

    /** The months it runs. */
    public int months() { return Math.max(0, until - from + 1); }

    /** What it costs in all. */
    public double total() { return monthly * months(); }

    /** What it spends in programme month {@code month}. */
    public double spendIn(int month) {
        return month >= from && month <= until ? monthly : 0;
    }

    /** What it has spent by the end of programme month {@code month}, without rounding drift. */
    public double spentBy(int month) {
        if (month < from) return 0;
        return monthly * (Math.min(month, until) - from + 1);
    }

    /** The display name: {@code name = "…"} when written, else the id. */
    public String displayName() {
        String n = properties.text("name");
        return n.isEmpty() ? name : n;
    }
}
