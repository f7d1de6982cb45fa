package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code indicator id : level { … }}. {@code measures} names what it measures
 * ({@code for}: a pillar, then it measures every intervention of that pillar,
 * one intervention, or a declared result), or is null. {@code baseline} and {@code target} are
 * constants in the indicator's unit; {@code value} is evaluated at the end of
 * each reporting period ({@code every}, {@code periodMonths} long) in the scope
 * of {@code clusterIndex} (the programme's only cluster, or -1).
 * {@code target} is the final total target (the latest by month): what a
 * single {@code target} line always meant; {@code targets} holds every
 * target written (one per year or period, one per group), in source order,
 * and {@code groupBaselines} the baselines per group.
 */
public record Indicator(String name, int index, Level level, Measures measures, String capability, IndicatorUnit unit,
                        Double baseline, Target target, String source, String every, int periodMonths,
                        String responsible, List<String> disaggregate, Expr value, int clusterIndex,
                        Properties properties, Span span, Span nameSpan, String doc,
                        List<Target> targets, List<GroupBaseline> groupBaselines) implements Declaration {

    public Indicator {
        disaggregate = List.copyOf(disaggregate);
        targets = List.copyOf(targets);
        groupBaselines = List.copyOf(groupBaselines);
    }

    /** An indicator with its one target (or none) and no group baselines. */
    public Indicator(String name, int index, Level level, Measures measures, String capability, IndicatorUnit unit,
                     Double baseline, Target target, String source, String every, int periodMonths,
                     String responsible, List<String> disaggregate, Expr value, int clusterIndex,
                     Properties properties, Span span, Span nameSpan, String doc) {
        this(name, index, level, measures, capability, unit, baseline, target, source, every, periodMonths, responsible,
                disaggregate, value, clusterIndex, properties, span, nameSpan, doc, target == null ? List.of() : List.of(target), List.of());
    }

    /** The targets for the whole indicator, by month (the last is {@link #target()}). */
    public List<Target> totalTargets() {
        return targets.stream().filter(Target::total).sorted(java.util.Comparator.comparingInt(Target::byMonth)).toList();
    }

    /** The targets for groups of a disaggregation, by group as written, then by month. */
    public List<Target> groupTargets() {
        return targets.stream().filter(t -> !t.total()).toList();
    }

    /** Whether the value is a condition: a yes/no indicator ({@code unit = yes_no}). */
    public boolean yesNo() {
        return unit.yesNo();
    }

    public String kind() { return "indicator"; }

    /** {@code definition}: the precise definition for the reference sheet ("" when not written). */
    public String definition() { return properties.text("definition"); }

    /** {@code method}: how the data are collected ("" when not written). */
    public String method() { return properties.text("method"); }

    /** {@code limitations}: known data-quality limits ("" when not written). */
    public String limitations() { return properties.text("limitations"); }

    /** {@code rationale}: why this indicator and these targets ("" when not written). */
    public String rationale() { return properties.text("rationale"); }

    /** {@code calculation}: how it is calculated, in words, for donors ("" when not written). */
    public String calculation() { return properties.text("calculation"); }

    /** The properties written per group of a disaggregation ({@code target women = …}, {@code baseline women = …}). */
    public static final List<String> PER_GROUP = List.of("target", "baseline");

    /** The words {@code counted} takes. */
    public static final List<String> COUNTING = List.of("cumulative", "per_period");

    /**
     * {@code counted}: {@code cumulative} (each report gives the total since the baseline) or {@code per_period}
     * (the value within each reporting period); "" when not stated.
     */
    public String counted() {
        return properties.get("counted").map(Property::value)
                .map(v -> v instanceof Expr.Word w && COUNTING.contains(w.name()) ? w.name() : "").orElse("");
    }

    /** {@code key = true}: one of the few indicators a dashboard keeps. */
    public boolean key() { return properties.flag("key"); }

    /** What an indicator's {@code for} names. */
    public record Measures(Kind kind, String name, Span span) {
        public enum Kind { PILLAR, INTERVENTION, RESULT }
    }

    /** Whether this indicator measures the given intervention (directly or through its pillar). */
    public boolean measures(Intervention intervention) {
        if (measures == null) return false;
        return switch (measures.kind()) {
            case INTERVENTION -> measures.name().equals(intervention.name());
            case PILLAR -> measures.name().equals(intervention.pillar());
            case RESULT -> false; // a result is measured as a whole; the logframe places the indicator by it
        };
    }
}
