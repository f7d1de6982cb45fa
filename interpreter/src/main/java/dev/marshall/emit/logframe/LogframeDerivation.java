package dev.marshall.emit.logframe;

import dev.marshall.emit.logframe.Logframe.Activity;
import dev.marshall.emit.logframe.Logframe.ActorEntry;
import dev.marshall.emit.logframe.Logframe.ActorRef;
import dev.marshall.emit.logframe.Logframe.ClusterEntry;
import dev.marshall.emit.logframe.Logframe.Fact;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Logframe.MilestoneEntry;
import dev.marshall.emit.logframe.Logframe.Outcome;
import dev.marshall.emit.logframe.Logframe.Output;
import dev.marshall.emit.text.ExprText;
import dev.marshall.model.Actor;
import dev.marshall.model.Cluster;
import dev.marshall.model.CostLine;
import dev.marshall.model.Dependency;
import dev.marshall.model.Expr;
import dev.marshall.model.Indicator;
import dev.marshall.model.Funding;
import dev.marshall.model.Handover;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.NetworkWork;
import dev.marshall.model.Priority;
import dev.marshall.model.Programme;
import dev.marshall.model.Property;
import dev.marshall.model.Result;
import dev.marshall.model.State;
import dev.marshall.model.Statement;
import dev.marshall.model.Vocabulary;
import dev.marshall.plan.PlannedSchedule;
import dev.marshall.simulation.SimulationResult;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one derivation of a programme's M&E framework. Every format (markdown,
 * HTML, CSV, JSON, IATI, indicator sheets, reporting calendar, the report)
 * reads the {@link Logframe} built here and nothing else decides what goes
 * where:
 * <ul>
 *   <li>a programme that declares its results ({@code result}) gets that chain:
 *       see {@link #declaredOutcomes}; the rest of this list is the chain
 *       derived for a programme that declares none;</li>
 *   <li>goal: the programme's {@code goal} (or its impact result's statement), with every impact indicator;</li>
 *   <li>one outcome per pillar in use (in the order std.unido lists the
 *       pillars), with the outcome indicators {@code for} that pillar or one
 *       of its interventions; outcome indicators naming neither form one
 *       programme-wide outcome;</li>
 *   <li>one output per intervention, with the output indicators that measure
 *       it, and its activity (lead, partners, targets, timing planned and
 *       simulated, cost and cost share, what it waits for);</li>
 *   <li>assumptions, risks with mitigation, milestones, actors, networks;</li>
 *   <li>doc comments become the narrative of what they document.</li>
 * </ul>
 * Works with or without a simulation: simulated figures are simply absent.
 */
public final class LogframeDerivation {
    private final Programme programme;
    private final Optional<SimulationResult> simulation;
    private final Labels labels;
    private final ExprText text;
    private final PlannedSchedule schedule;
    private final Map<String, IndicatorEntry> indicatorEntries = new HashMap<>();

    private LogframeDerivation(Programme programme, Optional<SimulationResult> simulation) {
        this.programme = programme;
        this.simulation = simulation;
        this.labels = new Labels(programme);
        this.text = new ExprText(programme.clusters().size() > 1);
        this.schedule = PlannedSchedule.of(programme);
    }

    public static Logframe derive(Programme programme, Optional<SimulationResult> simulation) {
        return new LogframeDerivation(programme, simulation).derive();
    }

    private Logframe derive() {
        List<IndicatorEntry> goalIndicators = new ArrayList<>();
        for (Indicator i : programme.indicators()) if (i.level() == Level.IMPACT) goalIndicators.add(indicator(i));
        String goal = programme.goal() == null || programme.goal().isBlank() ? "" : programme.goal();
        String goalNarrative = "";
        for (Result impact : programme.results(Level.IMPACT)) {
            goal = impact.statement();
            goalNarrative = Narrative.of(impact.doc());
            break;
        }

        List<Outcome> outcomes = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (IndicatorEntry i : goalIndicators) placed.add(i.name());
        int number = programme.declaresResults() ? declaredOutcomes(outcomes, placed) : derivedOutcomes(outcomes, placed);
        List<IndicatorEntry> programmeWide = new ArrayList<>();
        for (Indicator ind : programme.indicators()) {
            if (ind.level() == Level.OUTCOME && !placed.contains(ind.name())) {
                programmeWide.add(indicator(ind));
                placed.add(ind.name());
            }
        }
        if (!programmeWide.isEmpty()) {
            outcomes.add(new Outcome(Integer.toString(number), null, "Programme-wide outcomes", "", programmeWide, List.of(), 0));
        }
        List<IndicatorEntry> others = new ArrayList<>();
        for (Indicator ind : programme.indicators()) if (!placed.contains(ind.name())) others.add(indicator(ind));

        List<Logframe.AssumptionEntry> assumptions = new ArrayList<>();
        programme.assumptions().forEach(a -> assumptions.add(new Logframe.AssumptionEntry(a.text(), Narrative.of(a.doc()))));
        List<Logframe.RiskEntry> risks = new ArrayList<>();
        programme.risks().forEach(r -> risks.add(new Logframe.RiskEntry(r.text(), r.mitigation() == null ? "" : r.mitigation(),
                Narrative.of(r.doc()))));

        List<MilestoneEntry> milestones = new ArrayList<>();
        for (Milestone m : programme.milestones()) milestones.add(milestone(m));
        List<ActorEntry> actors = new ArrayList<>();
        for (Actor a : programme.actors()) actors.add(actor(a));
        List<Logframe.NetworkEntry> networks = new ArrayList<>();
        for (Network n : programme.networks()) networks.add(network(n));

        return new Logframe(overview(), new Logframe.Goal(goal, goalNarrative, goalIndicators), outcomes, others, assumptions, risks,
                milestones, actors, networks, simulation.map(LogframeDerivation::simulationInfo), writtenNames(),
                costLines());
    }

    /** The programme-level cost lines, in declaration order, with their planned spend and funders. */
    private List<Logframe.CostLineEntry> costLines() {
        List<Logframe.CostLineEntry> out = new ArrayList<>();
        for (CostLine c : programme.costLines()) {
            List<Double> spend = new ArrayList<>();
            for (int m = 1; m <= programme.horizon(); m++) spend.add(c.spentBy(m));
            out.add(new Logframe.CostLineEntry(c.name(), c.properties().has("name") ? c.displayName() : Labels.humanise(c.name()), labels.word("cost_category", c.category()), Narrative.of(c.doc()),
                    c.monthly(), c.from(), c.until(), programme.calendarMonth(c.from()), programme.calendarMonth(c.until()), c.total(), spend,
                    Funding.of(programme, c).stream().map(f -> new Logframe.FundedBy(actorRef(f.funder()), f.share(), commits(f.funder()))).toList()));
        }
        return out;
    }

    /**
     * The designer's results chain: one outcome per {@code result … : outcome}, in declaration order, with the
     * outcome indicators attached to it or measuring one of its interventions; under it, one output per
     * {@code result … : output} that contributes to it, with its interventions as its work. Returns the next
     * outcome number.
     */
    private int declaredOutcomes(List<Outcome> outcomes, Set<String> placed) {
        int number = 1;
        for (Result outcome : programme.results(Level.OUTCOME)) {
            String ref = Integer.toString(number++);
            List<Output> outputs = new ArrayList<>();
            List<Intervention> work = new ArrayList<>();
            int sub = 1;
            double cost = 0;
            for (Result r : programme.results(Level.OUTPUT)) {
                if (!outcome.name().equals(r.contributesTo())) continue;
                List<Intervention> delivering = new ArrayList<>();
                for (String name : r.deliveredBy()) programme.intervention(name).ifPresent(delivering::add);
                if (delivering.isEmpty()) continue; // E107: nothing to show for it
                outputs.add(declaredOutput(ref + "." + sub++, r, delivering, placed));
                for (Intervention i : delivering) cost += i.cost();
                work.addAll(delivering);
            }
            List<IndicatorEntry> indicators = new ArrayList<>();
            for (Indicator ind : programme.indicators()) {
                if (ind.level() != Level.OUTCOME) continue;
                if (attachedTo(ind, outcome) || work.stream().anyMatch(ind::measures)) {
                    indicators.add(indicator(ind));
                    placed.add(ind.name());
                }
            }
            outcomes.add(new Outcome(ref, null, outcome.statement(), Narrative.of(outcome.doc()), indicators, outputs, cost,
                    outcome.name()));
        }
        return number;
    }

    private Output declaredOutput(String ref, Result result, List<Intervention> delivering, Set<String> placed) {
        List<IndicatorEntry> indicators = new ArrayList<>();
        List<String> alsoBy = new ArrayList<>();
        for (Indicator ind : programme.indicators()) {
            boolean measured = attachedTo(ind, result) || delivering.stream().anyMatch(ind::measures);
            if (!measured) continue;
            if (ind.level() == Level.OUTPUT) {
                indicators.add(indicator(ind));
                placed.add(ind.name());
            } else {
                alsoBy.add(ind.name());
            }
        }
        List<Logframe.Work> work = new ArrayList<>();
        for (Intervention i : delivering) work.add(work(i));
        List<String> pillars = work.stream().map(Logframe.Work::pillarLabel).distinct().toList();
        return new Output(ref, delivering.get(0).name(), result.statement(), Narrative.of(result.doc()), String.join(", ", pillars),
                indicators, alsoBy, work.get(0).activity(), result.name(), work);
    }

    private static boolean attachedTo(Indicator ind, Result result) {
        return ind.measures() != null && ind.measures().kind() == Indicator.Measures.Kind.RESULT
                && ind.measures().name().equals(result.name());
    }

    private Logframe.Work work(Intervention i) {
        String narrative = Narrative.of(i.doc());
        String networks = networkWork(i);
        if (!networks.isEmpty()) narrative = narrative.isEmpty() ? networks : narrative + " " + networks;
        return new Logframe.Work(i.name(), Labels.title(i), narrative, labels.pillar(i.pillar()), activity(i));
    }

    /** "Forms network exporters (15% of tiruppur's firms). Strengthens network buyers." — the output's network, in words. */
    private String networkWork(Intervention i) {
        List<String> sentences = new ArrayList<>();
        for (String property : List.of("forms", "strengthens")) {
            List<String> named = new ArrayList<>();
            for (String name : NetworkWork.named(i, property)) {
                programme.networks().stream().filter(n -> n.name().equals(name)).findFirst().ifPresent(n -> {
                    String size = network(n).size();
                    named.add(name + (size.isEmpty() || property.equals("strengthens") ? "" : " (" + size + ")"));
                });
            }
            if (!named.isEmpty()) sentences.add((property.equals("forms") ? "Forms" : "Strengthens") + " network"
                    + (named.size() == 1 ? " " : "s ") + String.join(", ", named) + ".");
        }
        return String.join(" ", sentences);
    }

    /** The chain derived from pillars: one outcome per pillar in use, one output per intervention. Returns the next outcome number. */
    private int derivedOutcomes(List<Outcome> outcomes, Set<String> placed) {
        int number = 1;
        for (String pillar : pillarsInUse()) {
            List<Intervention> work = new ArrayList<>();
            for (Intervention i : programme.interventions()) if (pillar.equals(i.pillar())) work.add(i);
            List<IndicatorEntry> indicators = new ArrayList<>();
            for (Indicator ind : programme.indicators()) {
                if (ind.level() != Level.OUTCOME) continue;
                boolean measuresPillar = work.stream().anyMatch(ind::measures);
                if (measuresPillar) {
                    indicators.add(indicator(ind));
                    placed.add(ind.name());
                }
            }
            String ref = Integer.toString(number++);
            List<Output> outputs = new ArrayList<>();
            int sub = 1;
            double cost = 0;
            for (Intervention i : work) {
                outputs.add(output(ref + "." + sub++, i, placed));
                cost += i.cost();
            }
            outcomes.add(new Outcome(ref, pillar, labels.pillar(pillar), Narrative.of(labels.wordDoc("pillar", pillar)),
                    indicators, outputs, cost));
        }
        return number;
    }

    /** The pillars with at least one intervention, in the order the pillar vocabulary lists them, then any others. */
    private List<String> pillarsInUse() {
        Set<String> used = new LinkedHashSet<>();
        for (Intervention i : programme.interventions()) if (i.pillar() != null) used.add(i.pillar());
        List<String> ordered = new ArrayList<>();
        programme.vocabulary("pillar").ifPresent(v -> {
            for (Vocabulary.Word w : v.words()) if (used.contains(w.name())) ordered.add(w.name());
        });
        for (String p : used) if (!ordered.contains(p)) ordered.add(p);
        return ordered;
    }

    private Logframe.Overview overview() {
        double contribution = 0;
        for (Intervention i : programme.interventions()) {
            if (i.rising() != null) contribution += i.cost() - dev.marshall.plan.PlannedFunding.fundedCost(i, schedule);
            else if (i.costShare() != null) contribution += i.cost() * i.costShare();
        }
        List<ClusterEntry> clusters = new ArrayList<>();
        for (Cluster c : programme.clusters()) clusters.add(cluster(c));
        List<String> priorities = new ArrayList<>();
        for (Priority p : programme.priorities()) {
            priorities.add(Labels.humanise(p.preferred().keyword()) + " over " + p.over().keyword());
        }
        List<Fact> parameters = new ArrayList<>();
        for (dev.marshall.model.Param p : programme.params()) {
            String doc = Narrative.oneLine(p.doc());
            parameters.add(new Fact(p.name(), text.render(p.value()) + (doc.isEmpty() ? "" : " — " + doc)));
        }
        List<Double> plannedSpend = new ArrayList<>();
        double cumulative = 0;
        for (int m = 1; m <= programme.horizon(); m++) {
            cumulative += schedule.spendIn(m);
            plannedSpend.add(cumulative);
        }
        YearMonth start = programme.start();
        return new Logframe.Overview(programme.title(), Narrative.of(programme.doc()), nullToEmpty(programme.country()),
                start, start.plusMonths(Math.max(1, programme.horizon()) - 1L), programme.horizon(),
                nullToEmpty(programme.currency()), programme.budget(), programme.totalCost(), contribution,
                programme.focus() == null ? "" : focus(programme.focus()), clusters, priorities,
                parameters, plannedSpend, programme.description(), programme.identifier(), programme.organisation(),
                programme.organisationRef(), programme.organisationType());
    }

    private static String focus(dev.marshall.model.Focus focus) {
        return switch (focus) {
            case PRO_POOR -> "Pro-poor";
            case GROWTH -> "Growth";
        };
    }

    /** The ids that have a name for people, with that name (an id's own name is never written twice). */
    private Map<String, String> writtenNames() {
        Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.of(programme.interventions(), programme.milestones(), programme.indicators(), programme.networks(),
                        programme.clusters(), programme.actors())
                .flatMap(List::stream)
                .filter(d -> !d.writtenName().isBlank())
                .forEach(d -> names.putIfAbsent(d.name(), d.writtenName()));
        return names;
    }

    private ClusterEntry cluster(Cluster c) {
        List<Fact> facts = new ArrayList<>();
        for (Property p : c.properties().all()) {
            if (p.name().equals("replicas")) continue;
            if (p.name().equals("default") && p.value() instanceof Expr.Bool b) {
                // default = true decides the context of unqualified names; a reader sees which cluster that is.
                facts.add(new Fact("Default cluster", b.value() ? "yes: declarations without in are about it" : "no"));
                continue;
            }
            if (p.name().equals("name") && p.value() instanceof Expr.Text) continue; // the name is the title
            facts.add(new Fact(Labels.humanise(p.name()), value(p.value())));
        }
        List<Fact> states = new ArrayList<>();
        for (State s : c.states()) {
            String range = text.render(s.low()) + ".." + text.render(s.high());
            String doc = Narrative.oneLine(s.doc());
            states.add(new Fact(s.name(), "starts at " + text.render(s.initial()) + ", kept in " + range
                    + (doc.isEmpty() ? "" : " — " + doc)));
        }
        return new ClusterEntry(c.name(), c.displayName(), Narrative.of(c.doc()), c.replicas(), facts, states);
    }

    private Output output(String ref, Intervention i, Set<String> placed) {
        List<IndicatorEntry> indicators = new ArrayList<>();
        List<String> alsoBy = new ArrayList<>();
        for (Indicator ind : programme.indicators()) {
            if (!ind.measures(i)) continue;
            if (ind.level() == Level.OUTPUT) {
                indicators.add(indicator(ind));
                placed.add(ind.name());
            } else {
                alsoBy.add(ind.name());
            }
        }
        Logframe.Work work = work(i);
        return new Output(ref, i.name(), work.title(), work.narrative(), work.pillarLabel(), indicators, alsoBy, work.activity(),
                null, List.of(work));
    }

    private Activity activity(Intervention i) {
        List<ActorRef> partners = new ArrayList<>();
        i.partners().forEach(p -> partners.add(actorRef(p)));
        List<ActorRef> targets = new ArrayList<>();
        i.targets().forEach(t -> targets.add(actorRef(t)));
        List<String> waits = new ArrayList<>();
        for (Dependency d : i.after()) {
            waits.add(switch (d.kind()) {
                case INTERVENTION -> "end of " + d.name() + programme.intervention(d.name()).map(Intervention::writtenName).filter(n -> !n.isBlank()).map(n -> " (" + n + ")").orElse("");
                case MILESTONE -> "milestone " + d.name() + programme.milestone(d.name()).map(m -> " (" + milestoneTitle(m) + ")").orElse("");
            });
        }
        Integer start = boxed(schedule.startOf(i));
        Integer end = boxed(schedule.endOf(i));
        Logframe.Timing planned = new Logframe.Timing(start, end, i.duration(),
                start == null ? null : programme.calendarMonth(start), end == null ? null : programme.calendarMonth(end));
        Logframe.SimulatedTiming simulated = simulation.flatMap(s -> s.interventions().stream()
                        .filter(o -> o.name().equals(i.name())).findFirst())
                .map(o -> new Logframe.SimulatedTiming(o.probabilityStarted(), o.startP10(), o.startP50(), o.startP90(),
                        o.endP10(), o.endP50(), o.endP90()))
                .orElse(null);
        List<String> eachMonth = new ArrayList<>();
        for (Statement s : i.eachMonth()) eachMonth.add(text.render(s));
        List<Double> spend = new ArrayList<>();
        double cumulative = 0;
        for (int m = 1; m <= programme.horizon(); m++) {
            cumulative += schedule.spendIn(i, m);
            spend.add(cumulative);
        }
        return new Activity(i.lead() == null ? null : actorRef(i.lead()), partners, targets, waits, planned, simulated,
                i.cost(), i.costShare(), i.risk() == null ? "" : i.risk().keyword(), eachMonth, spend, exit(i),
                Funding.of(programme, i).stream().map(f -> new Logframe.FundedBy(actorRef(f.funder()), f.share(), commits(f.funder()))).toList(),
                i.rising());
    }

    /** A funder's declared total ({@code pays}), or null. */
    private Double commits(String funder) {
        return programme.actor(funder).flatMap(a -> a.properties().get("pays")).map(p -> p.value())
                .flatMap(dev.marshall.model.Constants::number).orElse(null);
    }

    private Logframe.Exit exit(Intervention i) {
        return Handover.of(programme, i).map(h -> {
            String when = h.milestone() != null
                    ? "when milestone " + h.milestone() + programme.milestone(h.milestone()).map(m -> " (" + milestoneTitle(m) + ")").orElse("") + " is reached"
                    : h.month() > 0 ? "by month " + h.month() + " (" + programme.calendarMonth(h.month()) + ")"
                    : "at the end of the work";
            return new Logframe.Exit(actorRef(h.actor()), when, h.month() > 0 ? h.month() : null, h.decays());
        }).orElse(null);
    }

    private ActorRef actorRef(String name) {
        Optional<Actor> actor = programme.actor(name);
        return new ActorRef(name, actor.map(Actor::displayName).orElse(name), actor.map(a -> labels.actorKind(a.actorKind())).orElse(""));
    }

    private IndicatorEntry indicator(Indicator i) {
        IndicatorEntry cached = indicatorEntries.get(i.name());
        if (cached != null) return cached;
        Integer targetMonth = i.target() == null ? null : i.target().byMonth();
        Optional<SimulationResult.IndicatorOutcome> outcome = simulation.flatMap(s -> s.indicators().stream()
                .filter(o -> o.name().equals(i.name())).findFirst());
        List<Logframe.Period> periods = new ArrayList<>();
        int index = 1;
        for (int[] p : ReportingPeriods.of(i.periodMonths(), programme.horizon(), targetMonth)) {
            Logframe.Quantiles q = outcome.flatMap(o -> o.periods().stream().filter(po -> po.month() == p[1]).findFirst())
                    .map(po -> new Logframe.Quantiles(po.p10(), po.p50(), po.p90())).orElse(null);
            periods.add(new Logframe.Period(index++, p[0], p[1], programme.calendarMonth(p[0]).atDay(1),
                    programme.calendarMonth(p[1]).atEndOfMonth(), ReportingPeriods.holds(p, targetMonth), q));
        }
        Double probability = outcome.map(SimulationResult.IndicatorOutcome::probabilityTargetMet)
                .filter(v -> !Double.isNaN(v)).orElse(null);
        Logframe.TargetEntry target = i.target() == null ? null
                : new Logframe.TargetEntry(i.target().value(), i.target().byMonth(), programme.calendarMonth(i.target().byMonth()));
        Boolean ascending = i.target() == null || i.baseline() == null ? null : i.target().value() >= i.baseline();
        List<String> dimensions = new ArrayList<>();
        i.disaggregate().forEach(d -> dimensions.add(labels.disaggregation(d)));
        String definition = String.join("\n\n", java.util.stream.Stream.of(Narrative.of(i.definition()), Narrative.of(i.doc()))
                .filter(d -> !d.isEmpty()).toList());
        IndicatorEntry entry = new IndicatorEntry(i.name(), Labels.title(i), definition,
                i.level().keyword(), Labels.humanise(i.level().keyword()), measures(i),
                i.capability() == null ? "" : labels.capability(i.capability()), i.unit(), i.baseline(), baselineMonth(i),
                target, nullToEmpty(i.source()), i.every() == null ? "" : labels.period(i.every()), i.periodMonths(),
                i.responsible() == null ? null : actorRef(i.responsible()), dimensions, i.disaggregate(),
                i.value() == null ? "" : text.render(i.value()), Glossary.of(programme, text, i.value()), periods,
                probability, ascending, i.method(), i.limitations(), i.rationale(), i.key(), i.calculation(), i.counted(),
                targets(i, outcome), groupBaselines(i));
        indicatorEntries.put(i.name(), entry);
        return entry;
    }

    /** Every declared target in month order (totals with their forecast, then per group), as the sheets list them. */
    private List<Logframe.TargetEntry> targets(Indicator i, Optional<SimulationResult.IndicatorOutcome> outcome) {
        List<Logframe.TargetEntry> out = new ArrayList<>();
        for (dev.marshall.model.Target t : i.totalTargets()) {
            // The final target's chance is the outcome's own; an earlier one's is forecast from the report holding its month.
            Double p = outcome.map(o -> t == i.target() ? o.probabilityTargetMet() : o.probabilityMetBy(t.byMonth()))
                    .filter(v -> !Double.isNaN(v)).orElse(null);
            out.add(new Logframe.TargetEntry(t.value(), t.byMonth(), programme.calendarMonth(t.byMonth()), null, "", "", p));
        }
        for (dev.marshall.model.Target t : i.groupTargets()) {
            out.add(new Logframe.TargetEntry(t.value(), t.byMonth(), programme.calendarMonth(t.byMonth()), t.group(),
                    Labels.humanise(t.group()), dimensionOf(i, t.group()), null));
        }
        return out;
    }

    private List<Logframe.GroupBaselineEntry> groupBaselines(Indicator i) {
        return i.groupBaselines().stream().map(b -> new Logframe.GroupBaselineEntry(b.group(), Labels.humanise(b.group()),
                dimensionOf(i, b.group()), b.value())).toList();
    }

    /** The dimension a group belongs to: the one whose fixed groups name it, else the indicator's only open dimension. */
    private static String dimensionOf(Indicator i, String group) {
        return dev.marshall.model.DisaggregationGroups.dimensionOf(group, i.disaggregate()).orElseGet(() -> i.disaggregate().stream()
                .filter(d -> dev.marshall.model.DisaggregationGroups.of(d).isEmpty()).findFirst().orElse(""));
    }

    /** When the baseline was measured: its {@code by} date ({@code baseline = 12 by 2026-06}), else the programme's start. */
    private YearMonth baselineMonth(Indicator i) {
        Expr by = i.properties().get("baseline").map(Property::by).orElse(null);
        if (by instanceof Expr.Date d) return YearMonth.of(d.year(), d.month());
        if (by != null) {
            Optional<Double> month = dev.marshall.model.Constants.number(by);
            if (month.isPresent() && month.get() >= 1) return programme.calendarMonth((int) Math.round(month.get()));
        }
        return programme.start();
    }

    /** A name for people with the id after it, when they differ: "Effluent treatment plant (effluent)". */
    private String withId(String id) {
        String name = programme.displayName(id);
        return name.equals(id) ? id : name + " (" + id + ")";
    }

    private String measures(Indicator i) {
        if (i.measures() == null) return "the programme as a whole";
        return switch (i.measures().kind()) {
            case PILLAR -> "every intervention of pillar " + labels.pillar(i.measures().name());
            case INTERVENTION -> "intervention " + withId(i.measures().name());
            case RESULT -> programme.result(i.measures().name()).map(r -> r.level().keyword() + " \u201c" + r.statement() + "\u201d")
                    .orElse("result " + i.measures().name());
        };
    }

    private MilestoneEntry milestone(Milestone m) {
        List<String> unlocks = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            for (Dependency d : i.after()) {
                if (d.kind() == Dependency.Kind.MILESTONE && d.name().equals(m.name())) unlocks.add(i.name());
            }
        }
        Logframe.MilestoneForecast forecast = simulation.flatMap(s -> s.milestones().stream()
                        .filter(o -> o.name().equals(m.name())).findFirst())
                .map(o -> new Logframe.MilestoneForecast(o.probabilityOnTime(), o.probabilityNever(), o.p10(), o.p50(), o.p90()))
                .orElse(null);
        return new MilestoneEntry(m.name(), milestoneTitle(m),
                Narrative.of(m.doc()), m.due(), programme.calendarMonth(m.due()),
                m.when() == null ? "" : text.render(m.when()), unlocks, forecast, m.definition());
    }

    /** A milestone's title as every document shows it: the title written, else its name in words. */
    private static String milestoneTitle(Milestone m) {
        return m.displayName();
    }

    private ActorEntry actor(Actor a) {
        List<Fact> facts = new ArrayList<>();
        for (Property p : a.properties().all()) {
            if (!p.name().equals("name")) facts.add(new Fact(Labels.humanise(p.name()), value(p.value()))); // the name is the title
        }
        List<String> leads = new ArrayList<>();
        List<String> partnerIn = new ArrayList<>();
        List<String> targetedBy = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            if (a.name().equals(i.lead())) leads.add(i.name());
            if (i.partners().contains(a.name())) partnerIn.add(i.name());
            if (i.targets().contains(a.name())) targetedBy.add(i.name());
        }
        List<String> responsible = new ArrayList<>();
        for (Indicator i : programme.indicators()) if (a.name().equals(i.responsible())) responsible.add(i.name());
        return new ActorEntry(a.name(), a.displayName(), a.actorKind(), labels.actorKind(a.actorKind()), Narrative.of(a.doc()), facts,
                leads, partnerIn, targetedBy, responsible);
    }

    private Logframe.NetworkEntry network(Network n) {
        boolean horizontal = n.shape() == Network.Shape.HORIZONTAL;
        String firmsOf = n.firmsOf() == null ? "" : (n.firmsOf().share()
                ? dev.marshall.emit.text.Quantities.percentValue(n.firmsOf().amount()) : dev.marshall.emit.text.Quantities.number(n.firmsOf().amount())) + " of " + n.firmsOf().cluster();
        String uptake = n.uptakeParam() >= 0 ? programme.params().get(n.uptakeParam()).name()
                : dev.marshall.emit.text.Quantities.percentValue(n.uptake());
        return new Logframe.NetworkEntry(n.name(), n.displayName(), horizontal, n.members(), n.firms(), n.from(), n.to(),
                n.linkage() == null ? "" : labels.linkage(n.linkage()), Narrative.of(n.doc()), firmsOf,
                NetworkWork.formers(programme, n).stream().map(Intervention::name).toList(),
                NetworkWork.strengtheners(programme, n).stream().map(Intervention::name).toList(), uptake);
    }

    private static Logframe.SimulationInfo simulationInfo(SimulationResult s) {
        List<Logframe.SpendPoint> spend = new ArrayList<>();
        for (SimulationResult.MonthlySpend m : s.spend()) spend.add(new Logframe.SpendPoint(m.month(), m.p10(), m.p50(), m.p90()));
        return new Logframe.SimulationInfo(s.runs(), s.seed(), s.overrides(), spend);
    }

    /** A property value as a reader wants it: text without quotes, lists as "a, b", everything else as written. */
    private String value(Expr e) {
        if (e instanceof Expr.Text t) return t.value();
        if (e instanceof Expr.ListOf l) {
            List<String> items = new ArrayList<>();
            for (Expr item : l.items()) items.add(value(item));
            return String.join(", ", items);
        }
        return text.render(e);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Integer boxed(OptionalInt month) {
        return month.isPresent() ? month.getAsInt() : null;
    }
}
