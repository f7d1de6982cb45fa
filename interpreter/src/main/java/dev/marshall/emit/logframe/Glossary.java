package dev.marshall.emit.logframe;

import dev.marshall.emit.text.ExprText;
import dev.marshall.model.Cluster;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Programme;
import dev.marshall.model.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each name in a calculation means, so an indicator sheet can be read
 * without the source: {@code governance} — "state of cluster sialkot, kept
 * in 0..1, starts at 0.1". One entry per name, in order of first use.
 */
final class Glossary {
    private final Programme programme;
    private final ExprText text;
    private final Map<String, String> entries = new LinkedHashMap<>();

    private Glossary(Programme programme, ExprText text) {
        this.programme = programme;
        this.text = text;
    }

    static List<Logframe.Fact> of(Programme programme, ExprText text, Expr e) {
        Glossary g = new Glossary(programme, text);
        if (e != null) g.visit(e);
        List<Logframe.Fact> facts = new ArrayList<>();
        g.entries.forEach((name, meaning) -> facts.add(new Logframe.Fact(name, meaning)));
        return facts;
    }

    private void visit(Expr e) {
        switch (e) {
            case Expr.StateRef s -> add(text.render(s), state(s));
            case Expr.PropertyRef p -> add(text.render(p), property(p));
            case Expr.ParamRef p -> add(p.name(), param(p));
            case Expr.OwnProperty o -> add(o.name(), "this indicator's own " + o.name() + ", " + text.render(o.value()));
            case Expr.CurrentMonth m -> add("month", "the programme month, 1 = "
                    + dev.marshall.emit.text.Dates.month(programme.start()));
            case Expr.MilestoneReached m -> add(text.render(m), "whether milestone " + m.milestone() + " ("
                    + programme.milestone(m.milestone()).map(x -> x.title()).orElse("") + ") has been reached");
            case Expr.InterventionStatus s -> add(text.render(s), "whether intervention " + s.intervention() + " is "
                    + s.status().name().toLowerCase(java.util.Locale.ROOT));
            case Expr.NetworkState n -> add(text.render(n), switch (n.field()) {
                case FIRMS -> "the firms in network " + n.network() + " this month";
                case STRENGTH -> "the strength (0 to 1) of network " + n.network() + " this month";
                case ACTIVE -> "whether network " + n.network() + " is active (strength at least 0.5)";
            });
            case Expr.Unary u -> visit(u.operand());
            case Expr.Binary b -> { visit(b.left()); visit(b.right()); }
            case Expr.Conditional c -> { visit(c.condition()); visit(c.whenTrue()); visit(c.whenFalse()); }
            case Expr.Call c -> {
                c.args().forEach(this::visit);
                programme.function(c.name()).ifPresent(f -> add(c.name() + "(" + String.join(", ", f.params()) + ")", function(f)));
            }
            case Expr.BuiltinCall c -> c.args().forEach(this::visit);
            case Expr.Draw d -> d.args().forEach(this::visit);
            case Expr.ListOf l -> l.items().forEach(this::visit);
            case Expr.Aggregate a -> visit(a.body());
            default -> { }
        }
    }

    private void add(String name, String meaning) {
        entries.putIfAbsent(name, meaning);
    }

    private String state(Expr.StateRef s) {
        StringBuilder out = new StringBuilder("state of cluster ").append(s.cluster());
        Cluster c = programme.clusters().size() > s.clusterIndex() && s.clusterIndex() >= 0
                ? programme.clusters().get(s.clusterIndex()) : programme.cluster(s.cluster()).orElse(null);
        State state = c == null ? null : c.state(s.state()).orElse(null);
        if (state != null) {
            out.append(", kept in ").append(text.render(state.low())).append("..").append(text.render(state.high()))
                    .append(", starts at ").append(text.render(state.initial()));
            if (c.isReplicated()) out.append(", one value per replica");
            appendDoc(out, state.doc());
        }
        return out.toString();
    }

    private String property(Expr.PropertyRef p) {
        StringBuilder out = new StringBuilder("property of cluster ").append(p.cluster());
        programme.cluster(p.cluster()).flatMap(c -> c.properties().get(p.property())).ifPresent(prop -> {
            out.append(": ").append(text.render(prop.value()));
            if (!(prop.value() instanceof Expr.Quantity)) out.append(", sampled once per run");
            appendDoc(out, prop.doc());
        });
        return out.toString();
    }

    private String param(Expr.ParamRef p) {
        StringBuilder out = new StringBuilder("uncertain parameter");
        programme.param(p.name()).ifPresent(param -> {
            out.append(", ").append(text.render(param.value())).append(", sampled once per run");
            appendDoc(out, param.doc());
        });
        return out.toString();
    }

    private String function(Function f) {
        StringBuilder out = new StringBuilder();
        if (f.body() != null) out.append("= ").append(text.render(f.body()));
        else out.append("built into Marshall");
        appendDoc(out, f.doc());
        return out.toString();
    }

    private static void appendDoc(StringBuilder out, String doc) {
        if (doc != null && !doc.isBlank()) out.append(" — ").append(Narrative.oneLine(doc));
    }
}
