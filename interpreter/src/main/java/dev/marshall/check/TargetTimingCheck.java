package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.DisaggregationGroups;
import dev.marshall.model.GroupBaseline;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import dev.marshall.model.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When an indicator's targets fall, and whether they fit together.
 * <ul>
 *   <li>A target falls on a reporting date (W073): an indicator reported every quarter cannot show whether its
 *       target for month 10 was met, because no report is made in month 10. The simulation still judges the target
 *       at its month, but the M&amp;E framework would have no figure to verify it with.</li>
 *   <li>Several targets (one per year or period): they need a reporting period (E153), are written in month order
 *       (E150), one per month and group (E151); counted per period, each must end a reporting period, since the
 *       period's reports cannot be summed into a target that cuts a period (E152); counted cumulatively, a later
 *       count or amount below an earlier one of a rising indicator is suspicious (W150).</li>
 *   <li>Groups of one dimension share the total: for counts and money their targets (and baselines) must not add
 *       up to more than the total at the same month (E155). Shares in percent and yes/no are not added up.</li>
 * </ul>
 */
final class TargetTimingCheck implements Check {

    @Override
    public List<String> codes() { return List.of("W073", "E150", "E151", "E152", "E153", "E155", "W150"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        for (Indicator i : p.indicators()) {
            boolean several = i.targets().size() > 1;
            if (several && i.periodMonths() <= 0) {
                sink.report("E153", i.targets().get(1).span(), i.name(), i.targets().size());
                continue;
            }
            order(i, sink);
            boolean perPeriod = i.counted().equals("per_period");
            for (Target t : i.totalTargets()) {
                if (i.periodMonths() <= 0) continue;
                int month = t.byMonth();
                if (month < 1 || month > p.horizon() || month % i.periodMonths() == 0) continue;
                int before = month / i.periodMonths() * i.periodMonths();
                int after = before + i.periodMonths();
                String choices = (before >= i.periodMonths() ? "month " + before + " or " : "") + "month " + after;
                if (several && perPeriod) {
                    sink.report("E152", t.span(), i.name(), i.every(), month)
                            .hint("a per-period target is the value of the period ending in its month, and the reports cannot be summed into a target that cuts a period: move it to " + choices)
                            .related(i.properties().spanOf("counted", i.nameSpan()), "counted per period");
                } else {
                    sink.report("W073", t.span(), i.name(), i.every(), month)
                            .hint("move the target to a reporting date (" + choices + "), or report more often")
                            .related(i.properties().spanOf("every", i.nameSpan()), "reported every " + i.every() + " (" + i.periodMonths() + " months)");
                }
            }
            if (!perPeriod) cumulative(i, sink);
            if (i.unit().summable()) groupsShareTheTotal(i, sink);
        }
    }

    /** E150, E151: the targets of one group (or the totals) in month order, one per month. */
    private static void order(Indicator i, DiagnosticSink sink) {
        Map<String, Target> last = new HashMap<>();
        Map<String, Target> seen = new HashMap<>();
        for (Target t : i.targets()) {
            String group = Objects.requireNonNullElse(t.group(), "");
            String of = t.total() ? "" : " for " + t.group();
            Target same = seen.putIfAbsent(group + "@" + t.byMonth(), t);
            if (same != null) {
                sink.report("E151", t.span(), i.name(), of, t.byMonth())
                        .hint("keep one target per month" + (t.total() ? "" : " for a group") + "; a target for another period needs its own by month N (or by YYYY-MM)")
                        .related(same.span(), "the other target for month " + t.byMonth());
                continue;
            }
            Target before = last.get(group);
            if (before != null && t.byMonth() < before.byMonth()) {
                sink.report("E150", t.span(), i.name(), of, t.byMonth(), before.byMonth())
                        .hint("write the targets in the order they fall due, earliest first")
                        .related(before.span(), "the target for month " + before.byMonth());
            } else {
                last.put(group, t);
            }
        }
    }

    /** W150: a cumulative total does not fall back (nor rise back, for a falling indicator). */
    private static void cumulative(Indicator i, DiagnosticSink sink) {
        List<Target> totals = i.totalTargets();
        if (totals.size() < 2 || !i.unit().summable()) return; // shares and yes/no may move either way
        Target first = totals.get(0);
        Target end = totals.get(totals.size() - 1);
        boolean falling = i.baseline() != null ? end.value() < i.baseline() : end.value() < first.value();
        for (int k = 1; k < totals.size(); k++) {
            Target a = totals.get(k - 1);
            Target b = totals.get(k);
            if (falling ? b.value() > a.value() : b.value() < a.value()) {
                sink.report("W150", b.span(), i.name(), amount(a.value(), i.unit()), a.byMonth(),
                        amount(b.value(), i.unit()), b.byMonth(), falling ? "rises" : "falls")
                        .related(a.span(), "the earlier target");
            }
        }
    }

    /** E155: for counts and money, the groups of one dimension add up to at most the total. */
    private static void groupsShareTheTotal(Indicator i, DiagnosticSink sink) {
        Map<Integer, Target> totals = new HashMap<>();
        for (Target t : i.totalTargets()) totals.put(t.byMonth(), t);
        // dimension → month → the group targets at that month
        Map<String, Map<Integer, List<Target>>> byDimension = new LinkedHashMap<>();
        for (Target t : i.groupTargets()) {
            DisaggregationGroups.dimensionOf(t.group(), i.disaggregate()).ifPresent(d ->
                    byDimension.computeIfAbsent(d, k -> new LinkedHashMap<>()).computeIfAbsent(t.byMonth(), k -> new ArrayList<>()).add(t));
        }
        byDimension.forEach((dimension, months) -> months.forEach((month, groups) -> {
            Target total = totals.get(month);
            if (total == null) return;
            double sum = groups.stream().mapToDouble(Target::value).sum();
            if (sum > total.value() * (1 + 1e-9)) {
                var report = sink.report("E155", groups.get(groups.size() - 1).span(), "targets", i.name(), names(groups.stream().map(Target::group).toList()),
                        amount(sum, i.unit()), amount(total.value(), i.unit()), "in month " + month);
                report.related(total.span(), "the total target");
                for (Target g : groups.subList(0, groups.size() - 1)) report.related(g.span(), "the target for " + g.group());
            }
        }));
        if (i.baseline() == null) return;
        Map<String, List<GroupBaseline>> baselines = new LinkedHashMap<>();
        for (GroupBaseline b : i.groupBaselines()) {
            DisaggregationGroups.dimensionOf(b.group(), i.disaggregate()).ifPresent(d -> baselines.computeIfAbsent(d, k -> new ArrayList<>()).add(b));
        }
        baselines.forEach((dimension, groups) -> {
            double sum = groups.stream().mapToDouble(GroupBaseline::value).sum();
            if (sum > i.baseline() * (1 + 1e-9)) {
                var report = sink.report("E155", groups.get(groups.size() - 1).span(), "baselines", i.name(), names(groups.stream().map(GroupBaseline::group).toList()),
                        amount(sum, i.unit()), amount(i.baseline(), i.unit()), "at the baseline");
                report.related(i.properties().spanOf("baseline", i.nameSpan()), "the total baseline");
            }
        });
    }

    /** A target as written: 40 firms, 25%, 1200 EUR. */
    private static String amount(double value, dev.marshall.model.IndicatorUnit unit) {
        if (unit.percent()) return java.math.BigDecimal.valueOf(value * 100).stripTrailingZeros().toPlainString() + "%";
        String number = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return unit.name().equals("number") ? number : number + " " + unit.name();
    }

    private static String names(List<String> groups) {
        return String.join(" and ", groups);
    }
}
