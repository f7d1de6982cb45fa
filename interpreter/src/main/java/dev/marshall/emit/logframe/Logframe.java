package dev.marshall.emit.logframe;

import dev.marshall.model.CostShare;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The M&E framework of a programme, derived once ({@link LogframeDerivation})
 * and read by every format: the results chain goal → outcomes (the declared
 * {@code result}s, else one per pillar in use) → outputs (the declared ones,
 * else one per intervention) → activities, each level with its
 * indicators and means of verification, plus the assumptions, risks,
 * milestones, actors and networks a donor document shows beside it.
 *
 * <p>Everything here is already resolved to display-ready words (labels, not
 * vocabulary keys) but numbers stay numbers, so each format rounds and
 * formats them its own way. Simulated figures are null when the programme
 * was not simulated.
 */
public record Logframe(Overview overview, Goal goal, List<Outcome> outcomes, List<IndicatorEntry> otherIndicators,
                       List<AssumptionEntry> assumptions, List<RiskEntry> risks, List<MilestoneEntry> milestones,
                       List<ActorEntry> actors, List<NetworkEntry> networks, Optional<SimulationInfo> simulation,
                       Map<String, String> writtenNames, List<CostLineEntry> costLines) {

    public Logframe {
        costLines = List.copyOf(costLines);
        outcomes = List.copyOf(outcomes);
        otherIndicators = List.copyOf(otherIndicators);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
        milestones = List.copyOf(milestones);
        actors = List.copyOf(actors);
        networks = List.copyOf(networks);
        writtenNames = Map.copyOf(writtenNames);
    }

    /** The name people read for an id: the declaration's written name ({@code name = "…"}), else the id. */
    public String nameOf(String id) {
        return writtenNames.getOrDefault(id, id);
    }

    /** {@link #nameOf} of each id, joined by ", ". */
    public String namesOf(List<String> ids) {
        return String.join(", ", ids.stream().map(this::nameOf).toList());
    }

    /** Every output in logframe order. */
    public List<Output> outputs() {
        List<Output> all = new ArrayList<>();
        for (Outcome o : outcomes) all.addAll(o.outputs());
        return all;
    }

    /** Every intervention's work once, in logframe order (the activities of the workplan, Gantt and budget). */
    public List<Work> work() {
        List<Work> all = new ArrayList<>();
        for (Output o : outputs()) all.addAll(o.work());
        return all;
    }

    /** What the programme-level cost lines cost in all (0 when there are none). */
    public double costLinesCost() {
        double total = 0;
        for (CostLineEntry c : costLines) total += c.total();
        return total;
    }

    /** What the activities (the interventions) cost in all: the planned cost less the cost lines. */
    public double activitiesCost() {
        return overview.plannedCost() - costLinesCost();
    }

    /** Whether the results chain is the designer's own ({@code result} declarations) rather than derived from pillars. */
    public boolean declaredChain() {
        return outcomes.stream().anyMatch(o -> o.result() != null);
    }

    /** Every indicator once, in logframe order (goal, outcomes, outputs, the rest). */
    public List<IndicatorEntry> indicators() {
        Map<String, IndicatorEntry> all = new LinkedHashMap<>();
        for (IndicatorEntry i : goal.indicators()) all.putIfAbsent(i.name(), i);
        for (Outcome o : outcomes) for (IndicatorEntry i : o.indicators()) all.putIfAbsent(i.name(), i);
        for (Output o : outputs()) for (IndicatorEntry i : o.indicators()) all.putIfAbsent(i.name(), i);
        for (IndicatorEntry i : otherIndicators) all.putIfAbsent(i.name(), i);
        return List.copyOf(all.values());
    }

    /** Where an indicator sits in the logframe: "Goal: …", "Outcome 1: …", "Output 2.1: …", joined by "; ". */
    public String placeOf(IndicatorEntry indicator) {
        List<String> places = new ArrayList<>();
        if (goal.indicators().stream().anyMatch(x -> x.name().equals(indicator.name()))) places.add("Goal: " + goal.statement());
        for (Outcome o : outcomes) {
            if (o.indicators().stream().anyMatch(x -> x.name().equals(indicator.name()))) places.add("Outcome " + o.ref() + ": " + o.title());
            for (Output out : o.outputs()) {
                if (out.indicators().stream().anyMatch(x -> x.name().equals(indicator.name()))) {
                    places.add("Output " + out.ref() + ": " + out.title());
                }
            }
        }
        return places.isEmpty() ? "not attached to a result" : String.join("; ", places);
    }

    /** The name documents show for an actor id: its {@code name = "…"}, else the id itself. */
    public String actorTitle(String id) {
        for (ActorEntry a : actors) if (a.name().equals(id)) return a.title();
        return id;
    }

    public Optional<IndicatorEntry> indicator(String name) {
        for (IndicatorEntry i : indicators()) if (i.name().equals(name)) return Optional.of(i);
        return Optional.empty();
    }

    /**
     * The programme at a glance. {@code end} is the last month of the horizon;
     * {@code plannedSpend} is the cumulative planned cost by the end of each
     * month (index 0 = month 1), each intervention's cost spread evenly over
     * its planned months; {@code parameters} are the uncertain knobs
     * ({@code param}) with their distributions and doc comments. The last
     * five are what the programme says about itself for publishing
     * ({@code description}, {@code identifier}, {@code organisation},
     * {@code organisation_ref}, {@code organisation_type}): "" (null for the
     * type) when not written.
     */
    public record Overview(String title, String narrative, String country, YearMonth start, YearMonth end, int horizon,
                           String currency, double budget, double plannedCost, double beneficiaryContribution,
                           String focus, List<ClusterEntry> clusters, List<String> priorities, List<Fact> parameters,
                           List<Double> plannedSpend, String description, String identifier, String organisation,
                           String organisationRef, Integer organisationType) {
        public Overview {
            clusters = List.copyOf(clusters);
            priorities = List.copyOf(priorities);
            parameters = List.copyOf(parameters);
            plannedSpend = List.copyOf(plannedSpend);
        }
    }

    /** A cluster (its id, and its name for people: {@code name = "…"}, else the id) and its facts as written ({@code Firms: 300}, {@code Exports: 90%}). */
    public record ClusterEntry(String name, String title, String narrative, int replicas, List<Fact> facts, List<Fact> states) {
        public ClusterEntry {
            facts = List.copyOf(facts);
            states = List.copyOf(states);
        }
    }

    public record Fact(String label, String value) {}

    /** The impact level: the programme's goal and its impact indicators. */
    public record Goal(String statement, String narrative, List<IndicatorEntry> indicators) {
        public Goal { indicators = List.copyOf(indicators); }
    }

    /**
     * One outcome per pillar in use ({@code pillar} null for the outcome
     * indicators that name no pillar or intervention), with its outputs and
     * their planned cost; in a declared results chain, one per
     * {@code result … : outcome} ({@code result} its name, the title its
     * statement, {@code pillar} null).
     */
    public record Outcome(String ref, String pillar, String title, String narrative, List<IndicatorEntry> indicators,
                          List<Output> outputs, double cost, String result) {
        /** An outcome derived from a pillar (or the programme-wide outcome): no declared result. */
        public Outcome(String ref, String pillar, String title, String narrative, List<IndicatorEntry> indicators,
                       List<Output> outputs, double cost) {
            this(ref, pillar, title, narrative, indicators, outputs, cost, null);
        }

        public Outcome {
            indicators = List.copyOf(indicators);
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * An output: its output indicators, the higher-level indicators that also
     * measure it, and the work that delivers it. Derived from pillars, there
     * is one output per intervention, titled by it ({@code work} is that one
     * intervention); in a declared results chain, the output is the
     * designer's {@code result … : output} ({@code result} its name, the title
     * its statement) and {@code work} every intervention it is delivered by.
     * {@code intervention} and {@code activity} are the first of them.
     */
    public record Output(String ref, String intervention, String title, String narrative, String pillarLabel,
                         List<IndicatorEntry> indicators, List<String> measuredAlsoBy, Activity activity,
                         String result, List<Work> work) {
        public Output {
            indicators = List.copyOf(indicators);
            measuredAlsoBy = List.copyOf(measuredAlsoBy);
            work = List.copyOf(work);
        }

        /** Whether the output is a declared results statement (not one derived from an intervention). */
        public boolean declared() { return result != null; }
    }

    /** One intervention delivering an output: its id, its name in words, its doc comment, its pillar and its activity. */
    public record Work(String intervention, String title, String narrative, String pillarLabel, Activity activity) {}

    /**
     * The work behind an output: who leads, with whom, for whom; when
     * (planned, and simulated when available); what it costs and who shares
     * the cost; what it waits for; what it changes each month.
     * {@code plannedSpend} is its cumulative planned cost by the end of each
     * month of the horizon (index 0 = month 1), as in {@link Overview}; cost
     * planned after the horizon, or not plannable, is {@code cost} less the last.
     */
    public record Activity(ActorRef lead, List<ActorRef> partners, List<ActorRef> targets, List<String> waitsFor,
                           Timing planned, SimulatedTiming simulated, double cost, Double costShare, String risk,
                           List<String> eachMonth, List<Double> plannedSpend, Exit exit, List<FundedBy> funders,
                           CostShare rising) {
        public Activity {
            funders = List.copyOf(funders);
            partners = List.copyOf(partners);
            targets = List.copyOf(targets);
            waitsFor = List.copyOf(waitsFor);
            eachMonth = List.copyOf(eachMonth);
            plannedSpend = List.copyOf(plannedSpend);
        }

        /** The planned cost spent in programme months {@code from..to} (clipped to the horizon). */
        public double plannedSpend(int from, int to) {
            int last = Math.min(to, plannedSpend.size());
            if (last < from || last < 1) return 0;
            return plannedSpend.get(last - 1) - (from <= 1 ? 0 : plannedSpend.get(from - 2));
        }

        /** The planned cost that falls after the horizon or cannot be planned (a cycle). */
        public double plannedBeyondHorizon() {
            double spent = plannedSpend.isEmpty() ? 0 : plannedSpend.get(plannedSpend.size() - 1);
            double rest = cost - spent;
            return Math.abs(rest) <= 1e-9 * Math.max(1, Math.abs(cost)) ? 0 : rest; // rounding of cost / duration
        }

        /** What a funder pays of this activity in programme months {@code from..to}: its share of the part the beneficiaries do not pay. */
        public double fundedIn(FundedBy funder, int from, int to) {
            if (rising == null) return plannedSpend(from, to) * (costShare == null ? 1 : 1 - costShare) * funder.share();
            return (plannedSpend(from, to) - beneficiariesIn(from, to)) * funder.share();
        }

        /** What the beneficiaries pay of this activity in programme months {@code from..to}, month by month when their share rises. */
        public double beneficiariesIn(int from, int to) {
            if (rising == null) return costShare == null ? 0 : plannedSpend(from, to) * costShare;
            double paid = 0;
            for (int m = Math.max(1, from); m <= Math.min(to, plannedSpend.size()); m++) paid += plannedSpend(m, m) * rising.at(m);
            return paid;
        }

        /** The amount the beneficiaries pay, in the programme's currency (a rising share month by month as planned). */
        public double beneficiaryContribution() {
            if (rising == null) return costShare == null ? 0 : cost * costShare;
            return beneficiariesIn(1, plannedSpend.size()) + plannedBeyondHorizon() * rising.to();
        }
    }

    /** Planned months (null when the plan cannot say, e.g. a cycle) and their calendar months. */
    public record Timing(Integer startMonth, Integer endMonth, int duration, YearMonth start, YearMonth end) {}

    /** Simulated start and end months, p10/p50/p90 across runs (each null when too few runs got there). */
    public record SimulatedTiming(double probabilityStarted, Double startP10, Double startP50, Double startP90,
                                  Double endP10, Double endP50, Double endP90) {}

    /**
     * An actor as documents name it: its id {@code name}, its display name
     * {@code title} (its {@code name = "…"}, else the id) and its kind:
     * "Sialkot Chamber (Business association)".
     */
    /**
     * The exit of a line of work ({@code handover}): the local actor its lead passes to, when ("month 18
     * (2028-06)", "when milestone X is reached", "at the end of the work"), and whether the work then continues or
     * decays.
     */
    public record Exit(ActorRef to, String when, Integer month, boolean decays) {
        /** "Handed over to Association (business association) by month 18 (2028-06); the work continues under it". */
        public String describe() {
            return "Handed over to " + to.display() + " " + when + "; " + (decays ? "the work then decays" : "the work then continues under it");
        }
    }

    /** A funder of an activity and its share of what the beneficiaries do not pay. */
    /** A funder of an activity, its share of what the beneficiaries do not pay, and the total it declares it pays (or null). */
    public record FundedBy(ActorRef funder, double share, Double commits) {}

    /**
     * A programme-level cost line (not an activity): the CDA and its staff, management, M&E, equipment. It spends
     * {@code monthly} in programme months {@code from..until}; {@code plannedSpend} is cumulative by the end of each
     * month of the horizon (index 0 = month 1), as an activity's. The beneficiaries pay no part of it.
     */
    public record CostLineEntry(String name, String title, String category, String narrative, double monthly, int from,
                                int until, YearMonth start, YearMonth end, double total, List<Double> plannedSpend,
                                List<FundedBy> funders) {
        public CostLineEntry {
            plannedSpend = List.copyOf(plannedSpend);
            funders = List.copyOf(funders);
        }

        /** The planned cost spent in programme months {@code from..to} (clipped to the horizon). */
        public double plannedSpend(int fromMonth, int toMonth) {
            int last = Math.min(toMonth, plannedSpend.size());
            if (last < fromMonth || last < 1) return 0;
            return plannedSpend.get(last - 1) - (fromMonth <= 1 ? 0 : plannedSpend.get(fromMonth - 2));
        }

        /** What a funder pays of this line in programme months {@code from..to}. */
        public double fundedIn(FundedBy funder, int fromMonth, int toMonth) {
            return plannedSpend(fromMonth, toMonth) * funder.share();
        }
    }

    public record ActorRef(String name, String title, String kindLabel) {
        public String display() { return kindLabel.isEmpty() ? title : title + " (" + kindLabel + ")"; }
    }

    /**
     * An indicator with every field of a reference sheet. {@code baseline}
     * and the target are in the indicator's unit (fractions for percentages);
     * {@code probabilityTargetMet} is null without simulation or target.
     * {@code definition} is the {@code definition} property followed by the
     * doc comment (either alone when only one is written); {@code method},
     * {@code limitations} and {@code rationale} are "" when not written;
     * {@code key} marks the few indicators a dashboard keeps.
     * {@code calculation} is the model's formula (the technical annex and
     * JSON only); {@code calculationWords} the designer's {@code calculation}
     * in words, what donor documents show ("" when not written);
     * {@code counted} is {@code cumulative}, {@code per_period} or "" (not stated).
     */
    public record IndicatorEntry(String name, String title, String definition, String level, String levelLabel,
                                 String measures, String capability, dev.marshall.model.IndicatorUnit unit,
                                 Double baseline, YearMonth baselineMonth, TargetEntry target, String source,
                                 String frequency, int periodMonths, ActorRef responsible, List<String> disaggregation,
                                 List<String> disaggregationKeys, String calculation, List<Fact> glossary,
                                 List<Period> periods, Double probabilityTargetMet, Boolean ascending,
                                 String method, String limitations, String rationale, boolean key,
                                 String calculationWords, String counted, List<TargetEntry> targets,
                                 List<GroupBaselineEntry> groupBaselines) {
        public IndicatorEntry {
            disaggregation = List.copyOf(disaggregation);
            disaggregationKeys = List.copyOf(disaggregationKeys);
            glossary = List.copyOf(glossary);
            periods = List.copyOf(periods);
            targets = List.copyOf(targets);
            groupBaselines = List.copyOf(groupBaselines);
        }

        /** Whether more than one target is declared (targets per year or period, or per group). */
        public boolean severalTargets() {
            return targets.size() > 1;
        }

        /** The declared targets due within programme months {@code from..to}, totals first, each in month order. */
        public List<TargetEntry> targetsWithin(int from, int to) {
            List<TargetEntry> in = new ArrayList<>();
            for (TargetEntry t : targets) if (t.group() == null && t.month() >= from && t.month() <= to) in.add(t);
            for (TargetEntry t : targets) if (t.group() != null && t.month() >= from && t.month() <= to) in.add(t);
            return in;
        }

        /** The latest total target due within programme months {@code from..to}, if any. */
        public Optional<TargetEntry> totalTargetWithin(int from, int to) {
            TargetEntry last = null;
            for (TargetEntry t : targets) if (t.group() == null && t.month() >= from && t.month() <= to && (last == null || t.month() >= last.month())) last = t;
            return Optional.ofNullable(last);
        }

        /** Whether values are yes or no ({@code unit = yes_no}). */
        public boolean yesNo() {
            return unit != null && unit.yesNo();
        }

        /** The simulated value at the end of the target's reporting period, if simulated. */
        public Optional<Quantiles> simulatedAtTarget() {
            for (Period p : periods) if (p.holdsTarget() && p.simulated() != null) return Optional.of(p.simulated());
            return Optional.empty();
        }
    }

    /**
     * A declared target: for the whole indicator ({@code group} null) or for one group of a disaggregation
     * ({@code dimension} its key, e.g. sex, and {@code groupLabel} e.g. Women); {@code probabilityMet} the share
     * of simulated runs that meet it (null for group targets: the model has no value per group, or unsimulated).
     */
    public record TargetEntry(double value, int month, YearMonth date, String group, String groupLabel, String dimension,
                              Double probabilityMet) {
        public TargetEntry(double value, int month, YearMonth date) {
            this(value, month, date, null, "", "", null);
        }
    }

    /** {@code baseline women = 10}: a baseline for one group; {@code dimension} is its dimension's key. */
    public record GroupBaselineEntry(String group, String groupLabel, String dimension, double value) {}

    /**
     * One reporting period of an indicator: programme months
     * {@code startMonth..endMonth}, their calendar days, whether the declared
     * target falls in it, and the simulated value at its end.
     */
    public record Period(int index, int startMonth, int endMonth, LocalDate start, LocalDate end, boolean holdsTarget,
                         Quantiles simulated) {}

    public record Quantiles(double p10, double p50, double p90) {}

    /**
     * A milestone: its model condition (the technical annex and JSON only), its {@code definition} in words
     * (what donor documents show; "" when not written) and, when simulated, when it is reached.
     */
    public record MilestoneEntry(String name, String title, String narrative, int due, YearMonth dueMonth, String condition,
                                 List<String> unlocks, MilestoneForecast forecast, String definition) {
        public MilestoneEntry { unlocks = List.copyOf(unlocks); }
    }

    /** When a milestone is reached across runs (months; quantiles null when too few runs reached it). */
    public record MilestoneForecast(double probabilityOnTime, double probabilityNever, Double p10, Double p50, Double p90) {}

    public record AssumptionEntry(String text, String narrative) {}

    public record RiskEntry(String text, String mitigation, String narrative) {}

    /** An actor (id {@code name}, display name {@code title}) and the roles it plays in the programme. */
    public record ActorEntry(String name, String title, String kind, String kindLabel, String narrative, List<Fact> facts,
                             List<String> leads, List<String> partnerIn, List<String> targetedBy,
                             List<String> responsibleFor) {
        public ActorEntry {
            facts = List.copyOf(facts);
            leads = List.copyOf(leads);
            partnerIn = List.copyOf(partnerIn);
            targetedBy = List.copyOf(targetedBy);
            responsibleFor = List.copyOf(responsibleFor);
        }
    }

    /**
     * A network (its id and {@code title}, its name for people): a horizontal network (members, firms) or a vertical linkage (from → to, kind). {@code firmsOf} is its size as a
     * count or share of a cluster's firms ("40 of tiruppur", "15% of tiruppur"; "" otherwise); {@code formedBy} and
     * {@code strengthenedBy} the interventions that form or strengthen it; {@code uptake} how fast firms join while it
     * is formed ("10%" a month, or a param's name).
     */
    public record NetworkEntry(String name, String title, boolean horizontal, List<String> members, Integer firms, String from, String to,
                               String linkage, String narrative, String firmsOf, List<String> formedBy,
                               List<String> strengthenedBy, String uptake) {
        public NetworkEntry {
            members = List.copyOf(members);
            formedBy = List.copyOf(formedBy);
            strengthenedBy = List.copyOf(strengthenedBy);
        }

        /** Its size in words: "12 firms", "40 firms of tiruppur", "15% of tiruppur's firms", or "". */
        public String size() {
            if (firms != null) return firms + (firms == 1 ? " firm" : " firms");
            if (firmsOf.isEmpty()) return "";
            String[] parts = firmsOf.split(" of ", 2);
            return parts[0].endsWith("%") ? parts[0] + " of " + parts[1] + "'s firms" : parts[0] + " firms of " + parts[1];
        }

        /** What the programme does with it, in words: "formed by a; strengthened by b", or "". */
        public String work() {
            List<String> out = new java.util.ArrayList<>();
            if (!formedBy.isEmpty()) out.add("formed by " + String.join(", ", formedBy));
            if (!strengthenedBy.isEmpty()) out.add("strengthened by " + String.join(", ", strengthenedBy));
            return String.join("; ", out);
        }
    }

    /** How the programme was simulated, and its cumulative spend (p10/p50/p90 by month) against the budget. */
    public record SimulationInfo(int runs, long seed, Map<String, Double> overrides, List<SpendPoint> spend) {
        public SimulationInfo {
            overrides = Map.copyOf(overrides);
            spend = List.copyOf(spend);
        }
    }

    public record SpendPoint(int month, double p10, double p50, double p90) {}
}
