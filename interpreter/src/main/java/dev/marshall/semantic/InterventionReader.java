package dev.marshall.semantic;

import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.CostShare;
import dev.marshall.model.Dependency;
import dev.marshall.model.Expr;
import dev.marshall.model.Intervention;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.RiskLevel;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code intervention name : pillar { … }}: who leads it, when it runs
 * (exactly one of start and after), what it costs, and its {@code each month}
 * statements.
 */
final class InterventionReader extends DeclarationReader {

    InterventionReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.InterventionDeclContext i) {
        if (i.name == null) return;
        String name = i.name.getText();
        int index = indexOf("intervention", i.name);
        if (!isOwnDeclaration("intervention", i.name, index)) return;
        String pillar = i.pillar == null ? "" : i.pillar.getText();
        if (i.pillar != null) vocabularyWord("pillar", "a pillar", pillar, x.span(i.pillar));
        DeclarationBlock block = block(i.block(), Schema.INTERVENTION);
        Properties props = block.properties(Scope.constant("an intervention's property"));
        text(props, "name"); // the display name documents show instead of the id
        int cluster = clusterOf(props);
        List<Statement> body = new ArrayList<>();
        if (block.eachMonth != null) body = x.statements(block.eachMonth.statementBlock(), Scope.intervention(cluster));
        if (block.eachMonthCount > 1) sink.report("E011", x.span(block.secondEachMonth), "block", "each month").hint("put all monthly statements in one each month block");

        Integer start = null;
        if (props.get("start").isPresent()) {
            Property p = props.get("start").get();
            start = monthPoint(p.value());
            if (start != null && start < 1) sink.report("E041", p.value().span(), "the start of '" + name + "'", start, parts.horizon).hint("months count from 1");
        }
        List<Dependency> after = new ArrayList<>();
        props.get("after").ifPresent(p -> {
            for (Expr w : items(p.value())) {
                String n = word(w);
                if (n == null) {
                    sink.report("E020", w.span(), "the name of an intervention or a milestone", w.type().describe());
                    continue;
                }
                SymbolTable.Entry e = symbols.lookup(n);
                if (e == null) {
                    List<String> candidates = new ArrayList<>(symbols.interventions);
                    candidates.addAll(symbols.milestones);
                    sink.report("E010", w.span(), n).hint(Suggestions.didYouMean(n, candidates));
                } else if (e.kind().equals("intervention")) {
                    after.add(new Dependency(Dependency.Kind.INTERVENTION, n, e.index(), w.span()));
                } else if (e.kind().equals("milestone")) {
                    after.add(new Dependency(Dependency.Kind.MILESTONE, n, e.index(), w.span()));
                } else {
                    sink.report("E012", w.span(), n, ExpressionBuilder.article(e.kind()), "after", "an intervention or a milestone").related(e.nameSpan(), "declared here");
                }
            }
        });
        if (start != null && props.has("after")) {
            sink.report("E043", props.spanOf("after", x.span(i)), name, "has both start and after")
                    .related(props.spanOf("start", x.span(i)), "start is given here");
        } else if (!props.has("start") && !props.has("after")) {
            sink.report("E043", x.span(i.name), name, "has neither start nor after");
        }
        int duration = 0;
        if (props.get("duration").isPresent()) {
            double v = constant(props.get("duration").get(), Type.DURATION, "duration", true);
            duration = Counts.whole(v, 1, Limits.MAX_MONTHS, "the duration", "months", props.valueSpanOf("duration", x.span(i)), sink).orElse(0);
        }
        requireAll(Schema.INTERVENTION, props, x.span(i.name), "intervention", name);
        double cost = 0;
        if (props.get("cost").isPresent()) cost = money(props.get("cost").get(), "the cost of '" + name + "'");
        Double costShare = null;
        CostShare rising = null;
        if (props.get("cost_share").isPresent()) {
            double share = constant(props.get("cost_share").get(), Type.NUMBER, "cost_share", true);
            if (share < 0 || share > 1) sink.report("E030", props.valueSpanOf("cost_share", x.span(i)), "cost_share", props.valueSpanOf("cost_share", x.span(i)).text());
            else costShare = share;
            rising = rising(name, props.get("cost_share").get(), costShare);
        }
        RiskLevel risk = RiskLevel.LOW;
        if (props.get("risk").isPresent()) {
            String w = word(props.get("risk").get().value());
            if ("high".equals(w)) risk = RiskLevel.HIGH;
            else if (!"low".equals(w)) sink.report("E017", props.valueSpanOf("risk", x.span(i)), String.valueOf(w), "a risk level (low or high)");
        }
        handover(name, props, x.span(i.name));
        new NetworkWorkReader(symbols, sink).check(name, props);
        parts.interventions.add(new Intervention(name, index, pillar, i.pillar == null ? x.span(i) : x.span(i.pillar),
                actor(props, "lead"), actors(props, "partners"), actors(props, "targets"), cluster, start, after, duration, cost,
                costShare, risk, body, props, x.span(i), x.span(i.name), doc(d), rising));
    }

    /**
     * {@code cost_share = 20% rising to 80% by month 36}: the share it rises to is a share (E030), higher than
     * where it starts (E175), reached by a month in the horizon (E174 without one, E041 outside). Null for a single
     * share, or when reported.
     */
    private CostShare rising(String name, Property p, Double from) {
        if (p.rise() == null) return null;
        double to = constant(p.rise(), Type.NUMBER, "the share a cost share rises to", true);
        if (Double.isNaN(to)) return null;
        if (to < 0 || to > 1) {
            sink.report("E030", p.rise().span(), "the share '" + name + "' rises to", p.rise().span().text());
            return null;
        }
        if (p.by() == null) {
            sink.report("E174", p.rise().span(), name, p.value().span().text(), p.rise().span().text(), Math.max(2, parts.horizon));
            return null;
        }
        Integer month = monthPoint(p.by());
        if (month == null) return null;
        if (parts.horizon > 0 && month > parts.horizon) {
            sink.report("E041", p.by().span(), "the month the cost share of '" + name + "' reaches " + p.rise().span().text(), month, parts.horizon);
            return null;
        }
        if (from == null) return null; // the starting share was reported
        if (to <= from) {
            sink.report("E175", p.rise().span(), name, p.value().span().text(), p.rise().span().text())
                    .related(p.value().span(), "it starts here");
            return null;
        }
        return new CostShare(from, to, month, p.span());
    }

    /**
     * {@code handover = actor by …} and {@code after_handover}: the actor is an actor (as for lead), {@code by} a
     * month in the horizon or a milestone (E020, E010, E012, E041), {@code after_handover} a known word (E017)
     * written only beside a handover (E123); a handover to the lead itself passes nothing (E124).
     */
    private void handover(String name, Properties props, dev.marshall.source.Span at) {
        props.get("after_handover").ifPresent(a -> {
            String w = word(a.value());
            if (!"continues".equals(w) && !"decays".equals(w)) {
                sink.report("E017", a.value().span(), w == null ? a.value().span().text() : w, "what happens after a handover (continues or decays)")
                        .hint(w == null ? "" : Suggestions.didYouMean(w, List.of("continues", "decays")));
            }
            if (!props.has("handover")) sink.report("E123", a.nameSpan(), name);
        });
        Property p = props.get("handover").orElse(null);
        if (p == null) return;
        String to = actor(props, "handover");
        String lead = actor(props, "lead");
        if (to != null && to.equals(lead)) {
            sink.report("E124", p.value().span(), name, to).related(props.valueSpanOf("lead", at), "the lead");
        }
        Expr by = p.by();
        if (by == null) return;
        if (by instanceof Expr.Word w) {
            SymbolTable.Entry e = symbols.lookup(w.name());
            if (e == null) sink.report("E010", w.span(), w.name()).hint(Suggestions.didYouMean(w.name(), new ArrayList<>(symbols.milestones)));
            else if (!e.kind().equals("milestone")) {
                sink.report("E012", w.span(), w.name(), ExpressionBuilder.article(e.kind()), "a handover's by", "a milestone or a month")
                        .related(e.nameSpan(), "declared here");
            }
            return;
        }
        Integer month = monthPoint(by);
        if (month != null && (month < 1 || (parts.horizon > 0 && month > parts.horizon))) {
            sink.report("E041", by.span(), "the handover of '" + name + "'", month, parts.horizon);
        }
    }
}
