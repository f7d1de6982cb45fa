package dev.marshall.semantic;

import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Constants;
import dev.marshall.model.DisaggregationGroups;
import dev.marshall.model.Expr;
import dev.marshall.model.GroupBaseline;
import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Level;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Target;
import dev.marshall.model.Type;
import dev.marshall.model.Vocabulary;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code indicator name : level { … }}: its unit is read first, as baseline,
 * target and value are checked against it; its value is built last, in a
 * scope where {@code baseline} is its own.
 */
final class IndicatorReader extends DeclarationReader {

    IndicatorReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.IndicatorDeclContext i) {
        if (i.name == null || !isOwnDeclaration("indicator", i.name, -1)) return;
        String name = i.name.getText();
        String levelWord = i.level == null ? "" : i.level.getText();
        Level level = null;
        try {
            level = Level.valueOf(levelWord.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            sink.report("E017", i.level == null ? x.span(i) : x.span(i.level), levelWord, "an indicator level (impact, outcome or output)")
                    .hint(Suggestions.didYouMean(levelWord, List.of("impact", "outcome", "output")));
        }
        DeclarationBlock block = block(i.block(), Schema.INDICATOR);
        Properties raw = block.properties(null);
        // Unit first: baseline, target and value are checked against it.
        IndicatorUnit unit = IndicatorUnit.NUMBER;
        if (raw.get("unit").isPresent()) {
            String u = word(raw.get("unit").get().value());
            if (u == null) sink.report("E020", raw.valueSpanOf("unit", x.span(i)), "a unit (a currency code, percent, or a word such as firms)", raw.get("unit").get().value().type().describe());
            else if (u.equals(IndicatorUnit.YES_NO.name())) unit = IndicatorUnit.YES_NO;
            else if (u.length() == 3 && u.equals(u.toUpperCase(Locale.ROOT))) {
                if (ExpressionBuilder.isCurrency(u)) unit = new IndicatorUnit(u, Type.money(u), false);
                else sink.report("E017", raw.valueSpanOf("unit", x.span(i)), u, "an ISO 4217 currency code");
            } else unit = new IndicatorUnit(u, Type.NUMBER, u.equals("percent"));
        }
        Double baseline = null;
        Expr baselineExpr = null;
        if (raw.get("baseline").isPresent()) {
            baselineExpr = raw.get("baseline").get().value();
            baseline = unitConstant(baselineExpr, unit, "the baseline", name);
        }
        // Every target line (one per year or period, one per group); the last total one is what a single target always was.
        List<Target> targets = new ArrayList<>();
        for (Property t : raw.every("target")) {
            String what = t.group() == null ? "the target" : "the target for " + t.group();
            Double v = unitConstant(t.value(), unit, what, name);
            int by = parts.horizonOrDefault();
            if (t.by() != null) {
                Integer month = monthPoint(t.by());
                if (month != null) by = month;
            }
            if (v != null) targets.add(new Target(v, by, t.group(), t.span()));
            if (unit.percent() && v != null && (v < 0 || v > 1)) sink.report("E030", t.value().span(), what, t.value().span().text());
        }
        Target target = null;
        for (Target t : targets) if (t.total() && (target == null || t.byMonth() >= target.byMonth())) target = t;
        List<GroupBaseline> groupBaselines = new ArrayList<>();
        for (Property b : raw.every("baseline")) {
            if (b.group() == null) continue;
            if (b.by() != null) sink.report("E019", b.by().span(), "'by'", "a group's baseline")
                    .hint("a group's baseline is measured with the total baseline: date that one (baseline = 12 by 2026-06)");
            Double v = unitConstant(b.value(), unit, "the baseline for " + b.group(), name);
            if (v != null) groupBaselines.add(new GroupBaseline(b.group(), v, b.span()));
            if (unit.percent() && v != null && (v < 0 || v > 1)) sink.report("E030", b.value().span(), "the baseline for " + b.group(), b.value().span().text());
        }
        if (baselineExpr != null) baselineDate(raw.get("baseline").get(), target);
        if (unit.percent() && baseline != null && (baseline < 0 || baseline > 1)) sink.report("E030", baselineExpr.span(), "the baseline", baselineExpr.span().text());

        int cluster = clusterOf(raw);
        Map<String, Expr> own = new LinkedHashMap<>();
        if (baselineExpr != null) own.put("baseline", baselineExpr);
        Expr value = null;
        Properties props = raw;
        if (block.later.containsKey("value")) {
            value = x.build(block.later.get("value").value, Scope.indicator(cluster, own));
            if (!value.type().fits(unit.type())) {
                sink.report("E023", value.span(), "the value", name, unit.type().describe(), unit.name(), value.type().describe());
            }
            props = DeclarationBlock.withValue(raw, "value", value);
        }

        Indicator.Measures measures = null;
        if (props.get("for").isPresent()) {
            Property f = props.get("for").get();
            String w = word(f.value());
            SymbolTable.Entry e = w == null ? null : symbols.lookup(w);
            Vocabulary pillars = symbols.vocabularies.get("pillar");
            if (e != null && e.kind().equals("intervention")) measures = new Indicator.Measures(Indicator.Measures.Kind.INTERVENTION, w, f.value().span());
            else if (e != null && e.kind().equals("result")) measures = new Indicator.Measures(Indicator.Measures.Kind.RESULT, w, f.value().span());
            else if (w != null && pillars != null && pillars.word(w).isPresent()) measures = new Indicator.Measures(Indicator.Measures.Kind.PILLAR, w, f.value().span());
            else if (e != null) sink.report("E012", f.value().span(), w, ExpressionBuilder.article(e.kind()), "for",
                    hasResults() ? "a pillar, an intervention or a result" : "a pillar or an intervention").related(e.nameSpan(), "declared here");
            else {
                List<String> candidates = new ArrayList<>(symbols.interventions);
                symbols.declarations.values().stream().filter(s -> s.kind().equals("result")).forEach(s -> candidates.add(s.name()));
                if (pillars != null) pillars.words().forEach(p -> candidates.add(p.name()));
                sink.report("E010", f.value().span(), String.valueOf(w)).hint(Suggestions.didYouMean(String.valueOf(w), candidates));
            }
        }
        for (String t : List.of("name", "definition", "method", "limitations", "rationale", "calculation")) text(props, t);
        props.get("key").map(Property::value).filter(k -> !(k instanceof Expr.Bool) && !k.type().isUnknown())
                .ifPresent(k -> sink.report("E020", k.span(), "true or false", k.type().describe()));
        String counted = props.get("counted").map(p -> word(p.value())).orElse(null);
        if (counted != null && !Indicator.COUNTING.contains(counted)) {
            sink.report("E017", props.valueSpanOf("counted", x.span(i)), counted, "a way of counting (cumulative or per_period)")
                    .hint(Suggestions.didYouMean(counted, Indicator.COUNTING));
        }
        String capability = props.get("capability").map(p -> word(p.value())).orElse(null);
        if (capability != null) vocabularyWord("capability", "a capability", capability, props.valueSpanOf("capability", x.span(i)));
        String every = props.get("every").map(p -> word(p.value())).orElse(null);
        int periodMonths = 0;
        if (every != null) {
            Vocabulary.Word w = vocabularyWord("period", "a reporting period", every, props.valueSpanOf("every", x.span(i)));
            if (w != null && w.value() != null) periodMonths = Counts.whole(w.value(), 1, Limits.MAX_MONTHS, "the reporting period '" + every + "'", "months", props.valueSpanOf("every", x.span(i)), sink).orElse(0);
        }
        List<String> dimensions = new ArrayList<>();
        props.get("disaggregate").ifPresent(p -> {
            for (Expr item : items(p.value())) {
                String w = word(item);
                if (w != null && vocabularyWord("dimension", "a disaggregation dimension", w, item.span()) != null) dimensions.add(w);
            }
        });
        groups(props, dimensions);
        parts.indicators.add(new Indicator(name, parts.indicators.size(), level == null ? Level.OUTPUT : level, measures, capability, unit,
                baseline, target, text(props, "source"), every, periodMonths, actor(props, "responsible"), dimensions, value, cluster,
                props, x.span(i), x.span(i.name), doc(d), targets, groupBaselines));
    }

    /**
     * {@code baseline = X by 2026-06} (or {@code by month N}): when the baseline was measured, which may be before
     * the programme's start; it must not come after the target's month (E108).
     */
    private void baselineDate(Property baseline, Target target) {
        if (baseline.by() == null || parts.start == null) return;
        java.time.YearMonth date;
        if (baseline.by() instanceof Expr.Date d) {
            date = java.time.YearMonth.of(d.year(), d.month());
        } else {
            Integer month = monthPoint(baseline.by());
            if (month == null) return;
            date = parts.start.plusMonths(month - 1L);
        }
        java.time.YearMonth last = target != null ? parts.start.plusMonths(target.byMonth() - 1L)
                : parts.start.plusMonths(Math.max(1, parts.horizonOrDefault()) - 1L);
        if (date.isAfter(last)) {
            sink.report("E108", baseline.by().span(), date.toString(), target != null ? "its target's month, " + last : "the programme's last month, " + last);
        }
    }

    /**
     * The group of a target or baseline ({@code target women = …}) must be a group of one of the indicator's
     * {@code disaggregate} dimensions (E154): the fixed groups of sex, age, disability and firm size; any word for
     * a dimension whose groups are the programme's own (a location).
     */
    private void groups(Properties props, List<String> dimensions) {
        java.util.Set<String> valid = new java.util.LinkedHashSet<>();
        boolean open = false;
        for (String dimension : dimensions) {
            var groups = DisaggregationGroups.of(dimension);
            if (groups.isPresent()) valid.addAll(groups.get());
            else open = true;
        }
        for (Property p : props.all()) {
            if (p.group() == null || open && !dimensions.isEmpty()) continue;
            if (valid.contains(p.group())) continue;
            var report = sink.report("E154", groupSpan(p), p.group(), p.name());
            if (dimensions.isEmpty()) {
                report.hint("write the dimension it belongs to first: disaggregate = [sex] (then the groups are women, men)");
            } else {
                report.hint(Suggestions.vocabularyHint(p.group(), List.copyOf(valid)).replace("the words are", "the groups of " + String.join(", ", dimensions) + " are"));
            }
        }
    }

    /** The span of the group word after the property's name ({@code women} in {@code target women = …}). */
    private static dev.marshall.source.Span groupSpan(Property p) {
        dev.marshall.source.Span name = p.nameSpan();
        String line = p.span().text();
        int at = line.indexOf(p.group(), p.name().length());
        return at < 0 ? name : new dev.marshall.source.Span(name.file(), p.span().start() + at, p.span().start() + at + p.group().length());
    }

    private boolean hasResults() {
        return symbols.declarations.values().stream().anyMatch(s -> s.kind().equals("result"));
    }

    private Double unitConstant(Expr e, IndicatorUnit unit, String what, String indicator) {
        if (e.type().isUnknown()) return null;
        if (unit.yesNo()) {
            // A yes/no indicator's baseline and targets are yes or no, kept as 1 and 0.
            if (e instanceof Expr.Bool b) return b.value() ? 1.0 : 0.0;
            sink.report("E156", e.span(), what, indicator, e.span().text());
            return null;
        }

        if (!e.type().fits(unit.type())) {
            sink.report("E023", e.span(), what, indicator, unit.type().describe(), unit.name(), e.type().describe());
            return null;
        }
        return Constants.number(e).orElseGet(() -> {
            sink.report("E024", e.span(), what);
            return null;
        });
    }
}
