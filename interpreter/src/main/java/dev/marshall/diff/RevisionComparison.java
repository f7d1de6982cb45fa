package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diff.Revision.CostChange;
import dev.marshall.diff.Revision.FundingChange;
import dev.marshall.diff.Revision.ProbabilityChange;
import dev.marshall.diff.Revision.ScheduleChange;
import dev.marshall.diff.Revision.TargetChange;
import dev.marshall.diff.Revision.ValueChange;
import dev.marshall.emit.logframe.FundingByYear;
import dev.marshall.emit.logframe.LogframeDerivation;
import dev.marshall.model.Compilation;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.plan.PlannedSchedule;
import dev.marshall.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two checked revisions of a programme. Pure: the simulations (with
 * the same request) are run by the caller, which owns the engine, and passed in
 * — null when a revision has errors or no simulation was asked for.
 */
public final class RevisionComparison {
    private RevisionComparison() {}

    /** A cost or spend that moved by less than this (half a currency unit) is rounding, not a change. */
    private static final double AMOUNT_EPSILON = 0.5;

    public static Revision compare(String oldName, Compilation before, String newName, Compilation after,
                                   SimulationResult oldResult, SimulationResult newResult, Revision.Simulation simulation) {
        Programme a = before.programme();
        Programme b = after.programme();
        DeclarationMatching matching = new DeclarationMatching(
                a == null ? List.of() : DeclarationEntry.of(a), b == null ? List.of() : DeclarationEntry.of(b));
        List<ValueChange> header = a == null || b == null ? List.of() : header(a, b);
        List<CostChange> budget = a == null || b == null ? List.of() : budget(a, b, matching);
        List<CostChange> years = a == null || b == null ? List.of() : years(a, b);
        List<FundingChange> funding = a == null || b == null ? List.of() : funding(a, b, matching);
        List<ScheduleChange> schedules = a == null || b == null ? List.of() : schedules(a, b, matching);
        List<TargetChange> targets = a == null || b == null ? List.of() : targets(a, b, matching);
        // Messages name declarations: the old revision's are read in the new names on both sides.
        List<Diagnostic> oldFindings = comparable(before.diagnostics(), after.diagnostics());
        List<Diagnostic> newFindings = comparable(after.diagnostics(), before.diagnostics());
        List<Diagnostic> introduced = unmatched(newFindings, Map.of(), oldFindings, matching.renames);
        List<Diagnostic> resolved = unmatched(oldFindings, matching.renames, newFindings, Map.of());
        List<ProbabilityChange> forecast = oldResult == null || newResult == null ? List.of()
                : forecast(oldResult, newResult, matching);
        return new Revision(oldName, newName, a == null ? "" : Objects.toString(a.title(), ""),
                b == null ? "" : Objects.toString(b.title(), ""), matching.changes, header, budget, years, funding, schedules,
                targets, introduced, resolved, forecast, simulation);
    }

    private static List<ValueChange> header(Programme a, Programme b) {
        List<ValueChange> changes = new ArrayList<>();
        value(changes, "title", a.title(), b.title());
        value(changes, "country", a.country(), b.country());
        value(changes, "start", a.start(), b.start());
        value(changes, "horizon", a.horizon() + " months", b.horizon() + " months");
        value(changes, "currency", a.currency(), b.currency());
        value(changes, "budget", Amounts.format(a.budget()), Amounts.format(b.budget()));
        value(changes, "focus", a.focus() == null ? null : a.focus().keyword(), b.focus() == null ? null : b.focus().keyword());
        value(changes, "goal", a.goal(), b.goal());
        return changes;
    }

    private static void value(List<ValueChange> changes, String property, Object before, Object after) {
        String x = before == null ? "" : before.toString();
        String y = after == null ? "" : after.toString();
        if (!x.equals(y)) changes.add(new ValueChange(property, x, y));
    }

    /** Each intervention whose cost changed (added and removed ones too), then the total when it changed. */
    private static List<CostChange> budget(Programme a, Programme b, DeclarationMatching matching) {
        List<CostChange> changes = new ArrayList<>();
        Map<String, Intervention> old = byName(a.interventions(), Intervention::name);
        for (Intervention i : b.interventions()) {
            Intervention was = old.remove(matching.oldNameOf("intervention", i.name()));
            Double before = was == null ? null : was.cost();
            if (before == null || Math.abs(before - i.cost()) >= AMOUNT_EPSILON) changes.add(new CostChange(i.name(), before, i.cost()));
        }
        for (Intervention was : old.values()) changes.add(new CostChange(was.name(), was.cost(), null));
        if (Math.abs(a.totalCost() - b.totalCost()) >= AMOUNT_EPSILON) {
            changes.add(new CostChange("all interventions", a.totalCost(), b.totalCost()));
        }
        return changes;
    }

    /** Planned spend by calendar year (the plan: fixed starts, dependencies at their planned ends). */
    private static List<CostChange> years(Programme a, Programme b) {
        TreeMap<Integer, Double> before = spendByYear(a);
        TreeMap<Integer, Double> after = spendByYear(b);
        TreeMap<Integer, Boolean> all = new TreeMap<>();
        before.keySet().forEach(y -> all.put(y, true));
        after.keySet().forEach(y -> all.put(y, true));
        List<CostChange> changes = new ArrayList<>();
        for (int year : all.keySet()) {
            Double x = before.get(year);
            Double y = after.get(year);
            if (x == null || y == null || Math.abs(x - y) >= AMOUNT_EPSILON) changes.add(new CostChange(String.valueOf(year), x, y));
        }
        return changes;
    }

    private static TreeMap<Integer, Double> spendByYear(Programme p) {
        PlannedSchedule plan = PlannedSchedule.of(p);
        TreeMap<Integer, Double> years = new TreeMap<>();
        for (int m = 1; m <= p.horizon(); m++) years.merge(p.calendarMonth(m).getYear(), plan.spendIn(m), Double::sum);
        // to the cent: an even spread over months leaves 25999.999999999996 where 26,000 was planned
        years.replaceAll((year, amount) -> Math.round(amount * 100) / 100.0);
        return years;
    }

    /**
     * What each funder pays in all and by programme year, before and after: the rows of the logframe's
     * <em>Funding by year</em> table ({@link FundingByYear}, the plan, not a simulation), paired by the
     * funder's name (a renamed actor is the same funder). The beneficiaries' cost shares are compared
     * only when both revisions declare funders — a side without funders has no such table.
     */
    private static List<FundingChange> funding(Programme a, Programme b, DeclarationMatching matching) {
        List<FundingByYear.Row> before = FundingByYear.of(LogframeDerivation.derive(a, Optional.empty()));
        List<FundingByYear.Row> after = FundingByYear.of(LogframeDerivation.derive(b, Optional.empty()));
        boolean beneficiaries = !before.isEmpty() && !after.isEmpty();
        Map<String, FundingByYear.Row> old = new java.util.LinkedHashMap<>();
        for (FundingByYear.Row r : before) if (r.funder() != null) old.put(r.funder().name(), r);
        FundingByYear.Row oldBeneficiaries = before.isEmpty() ? null : before.get(before.size() - 1);
        List<FundingChange> changes = new ArrayList<>();
        for (FundingByYear.Row r : after) {
            if (r.funder() == null) {
                if (beneficiaries) funder(changes, oldBeneficiaries, r);
                continue;
            }
            funder(changes, old.remove(matching.oldNameOf("actor", r.funder().name())), r);
        }
        for (FundingByYear.Row was : old.values()) funder(changes, was, null);
        return changes;
    }

    /** Adds one funder's change when its total or any year's payment moved (or it came or went). */
    private static void funder(List<FundingChange> changes, FundingByYear.Row was, FundingByYear.Row is) {
        FundingByYear.Row named = is == null ? was : is;
        List<CostChange> years = new ArrayList<>();
        int n = Math.max(was == null ? 0 : was.byYear().size(), is == null ? 0 : is.byYear().size());
        for (int y = 0; y < n; y++) {
            Double x = was == null || y >= was.byYear().size() ? null : cents(was.byYear().get(y));
            Double z = is == null || y >= is.byYear().size() ? null : cents(is.byYear().get(y));
            if (x == null || z == null || Math.abs(x - z) >= AMOUNT_EPSILON) years.add(new CostChange("year " + (y + 1), x, z));
        }
        Double total0 = was == null ? null : cents(was.total());
        Double total1 = is == null ? null : cents(is.total());
        boolean moved = total0 == null || total1 == null || Math.abs(total0 - total1) >= AMOUNT_EPSILON;
        if (moved || !years.isEmpty()) {
            changes.add(new FundingChange(named.funder() == null ? null : named.funder().name(), named.who(),
                    new CostChange(named.who(), total0, total1), years));
        }
    }

    /** To the cent, as the planned spend: a share of an even spread leaves 0.30000000000000004. */
    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    private static List<ScheduleChange> schedules(Programme a, Programme b, DeclarationMatching matching) {
        List<ScheduleChange> changes = new ArrayList<>();
        PlannedSchedule planA = PlannedSchedule.of(a);
        PlannedSchedule planB = PlannedSchedule.of(b);
        Map<String, Intervention> old = byName(a.interventions(), Intervention::name);
        for (Intervention i : b.interventions()) {
            Intervention was = old.get(matching.oldNameOf("intervention", i.name()));
            if (was == null) continue;
            Integer s0 = month(planA.startOf(was));
            Integer s1 = month(planB.startOf(i));
            Integer e0 = month(planA.endOf(was));
            Integer e1 = month(planB.endOf(i));
            if (!Objects.equals(s0, s1) || !Objects.equals(e0, e1)) changes.add(new ScheduleChange("intervention", i.name(), s0, s1, e0, e1));
        }
        Map<String, Milestone> oldMilestones = byName(a.milestones(), Milestone::name);
        for (Milestone m : b.milestones()) {
            Milestone was = oldMilestones.get(matching.oldNameOf("milestone", m.name()));
            if (was != null && was.due() != m.due()) changes.add(new ScheduleChange("milestone", m.name(), was.due(), m.due(), null, null));
        }
        return changes;
    }

    private static Integer month(OptionalInt m) {
        return m.isPresent() ? m.getAsInt() : null;
    }

    private static List<TargetChange> targets(Programme a, Programme b, DeclarationMatching matching) {
        List<TargetChange> changes = new ArrayList<>();
        Map<String, Indicator> old = byName(a.indicators(), Indicator::name);
        for (Indicator i : b.indicators()) {
            Indicator was = old.get(matching.oldNameOf("indicator", i.name()));
            if (was == null) continue;
            Double t0 = was.target() == null ? null : was.target().value();
            Double t1 = i.target() == null ? null : i.target().value();
            Integer by0 = was.target() == null ? null : was.target().byMonth();
            Integer by1 = i.target() == null ? null : i.target().byMonth();
            if (!Objects.equals(was.baseline(), i.baseline()) || !Objects.equals(t0, t1) || !Objects.equals(by0, by1)) {
                changes.add(new TargetChange(i.name(), i.unit() == null ? "" : i.unit().name(), was.baseline(), i.baseline(),
                        t0, t1, by0, by1));
            }
        }
        return changes;
    }

    /**
     * The diagnostics of {@code these} that {@code others} does not have, counted as a multiset
     * of code and message (lines move in any revision, so places do not count), with
     * each side's renames applied to the names in its messages.
     */
    /**
     * The findings of one revision that can be set against the other's. The approach checks run only on
     * a programme without errors, so when either revision has errors their warnings are left out on both
     * sides: otherwise a revision that breaks the build would seem to resolve every approach warning.
     */
    private static List<Diagnostic> comparable(List<Diagnostic> these, List<Diagnostic> others) {
        boolean approachRanOnBoth = these.stream().noneMatch(Diagnostic::isError) && others.stream().noneMatch(Diagnostic::isError);
        if (approachRanOnBoth) return these;
        return these.stream().filter(d -> !APPROACH_CODE.matcher(d.code()).matches()).toList();
    }

    private static final Pattern APPROACH_CODE = Pattern.compile("A\\d\\d");

    private static List<Diagnostic> unmatched(List<Diagnostic> these, Map<String, String> theseRenamed,
                                              List<Diagnostic> others, Map<String, String> othersRenamed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Diagnostic d : others) counts.merge(key(d, othersRenamed), 1, Integer::sum);
        List<Diagnostic> left = new ArrayList<>();
        for (Diagnostic d : these) {
            String key = key(d, theseRenamed);
            Integer c = counts.get(key);
            if (c != null && c > 0) counts.put(key, c - 1);
            else left.add(d);
        }
        left.sort(Diagnostic.SOURCE_ORDER);
        return left;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A diagnostic's identity across revisions: its code and its message, names renamed. */
    private static String key(Diagnostic d, Map<String, String> renames) {
        String message = d.message();
        if (!renames.isEmpty()) {
            Matcher m = WORD.matcher(message);
            StringBuilder out = new StringBuilder();
            while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(renames.getOrDefault(m.group(), m.group())));
            m.appendTail(out);
            message = out.toString();
        }
        return d.code() + " " + message;
    }

    private static List<ProbabilityChange> forecast(SimulationResult a, SimulationResult b, DeclarationMatching matching) {
        List<ProbabilityChange> changes = new ArrayList<>();
        Map<String, SimulationResult.MilestoneOutcome> oldMilestones = byName(a.milestones(), SimulationResult.MilestoneOutcome::name);
        for (SimulationResult.MilestoneOutcome m : b.milestones()) {
            var was = oldMilestones.remove(matching.oldNameOf("milestone", m.name()));
            changes.add(new ProbabilityChange("milestone", m.name(), was == null ? null : was.probabilityOnTime(), m.probabilityOnTime()));
        }
        for (var was : oldMilestones.values()) changes.add(new ProbabilityChange("milestone", was.name(), was.probabilityOnTime(), null));
        Map<String, SimulationResult.IndicatorOutcome> oldIndicators = byName(a.indicators(), SimulationResult.IndicatorOutcome::name);
        for (SimulationResult.IndicatorOutcome i : b.indicators()) {
            var was = oldIndicators.remove(matching.oldNameOf("indicator", i.name()));
            Double before = was == null ? null : finite(was.probabilityTargetMet());
            Double after = finite(i.probabilityTargetMet());
            if (before != null || after != null) changes.add(new ProbabilityChange("indicator", i.name(), before, after));
        }
        for (var was : oldIndicators.values()) {
            if (finite(was.probabilityTargetMet()) != null) {
                changes.add(new ProbabilityChange("indicator", was.name(), was.probabilityTargetMet(), null));
            }
        }
        return changes;
    }

    private static Double finite(double p) {
        return Double.isNaN(p) ? null : p;
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        for (T t : items) map.putIfAbsent(name.apply(t), t);
        return map;
    }
}
