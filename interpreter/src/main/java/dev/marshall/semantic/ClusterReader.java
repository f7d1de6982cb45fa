package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Allow;
import dev.marshall.model.Cluster;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.State;
import dev.marshall.model.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cluster name { … }}: free properties (each may use those written
 * before it), {@code replicas}, and states. Clusters are read right after the
 * params: everything else reads their types.
 */
final class ClusterReader extends DeclarationReader {
    /** {@code default = true}: this cluster is the context of declarations without {@code in} when there are several. */
    static final String DEFAULT = "default";


    ClusterReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.ClusterDeclContext c) {
        if (c.name == null) return;
        SymbolTable.ClusterShape shape = symbols.cluster(c.name.getText());
        if (shape == null || !isOwnDeclaration("cluster", c.name, shape.index)) return;
        List<Property> properties = new ArrayList<>();
        List<State> states = new ArrayList<>();
        int replicas = 1;
        List<Allow> allows = new ArrayList<>();
        if (c.block() != null) {
            for (MarshallParser.MemberContext m : c.block().member()) {
                if (m.property() != null && m.property().name != null) {
                    MarshallParser.PropertyContext pc = m.property();
                    String name = pc.name.getText();
                    if (pc.of != null) sink.report("E230", x.span(pc.of), name);
                    if (name.equals(DEFAULT)) {
                        // default = true: the context cluster of declarations without `in` (read in pass 1).
                        Expr v = x.build(pc.value, Scope.constant(DEFAULT));
                        if (!(v instanceof Expr.Bool) && !v.type().isUnknown()) sink.report("E020", v.span(), "true or false", pc.value.getText());
                        properties.add(new Property(name, v, null, x.span(pc.name), x.span(pc), doc(m)));
                        continue;
                    }
                    if (name.equals("replicas")) {
                        Expr v = x.build(pc.value, Scope.constant("replicas"));
                        double r = constant(v, Type.NUMBER, "replicas", true);
                        if (r < 1 || r != Math.rint(r) || r > 1_000_000) {
                            if (!v.type().isUnknown() && Constants.isConstant(v)) sink.report("E020", v.span(), "a whole number of replicas from 1 to 1_000_000", format(r));
                        } else {
                            // Pass 1 read only a literal; a constant expression is known now, before any
                            // expression outside the clusters is built.
                            replicas = (int) r;
                            shape.replicas = replicas;
                        }
                        shape.types.put(name, Type.NUMBER);
                        properties.add(new Property(name, v, null, x.span(pc.name), x.span(pc), doc(m)));
                        continue;
                    }
                    int index = shape.properties.indexOf(name);
                    Expr v = x.build(pc.value, Scope.clusterProperty(shape.index, index));
                    if (properties.stream().anyMatch(p -> p.name().equals(name))) {
                        sink.report("E011", x.span(pc.name), "property", name).related(properties.stream().filter(p -> p.name().equals(name)).findFirst().get().nameSpan(), "first written here");
                    }
                    shape.types.put(name, v.type());
                    checkShare(name, v);
                    if (pc.by != null) sink.report("E019", x.span(pc.by), "'by'", "a cluster property").hint("only a target has a month: target = 50 by month 24");
                    properties.add(new Property(name, v, null, x.span(pc.name), x.span(pc), doc(m)));
                } else if (m.stateDecl() != null && m.stateDecl().name != null) {
                    states.add(state(m, m.stateDecl(), shape, states.size()));
                } else if (m.eachMonth() != null) {
                    sink.report("E019", x.span(m.eachMonth()), "each month", "a cluster").hint("dynamics belong to interventions: intervention x : pillar { each month { … } }");
                } else if (m.allowDecl() != null) {
                    allow(m.allowDecl(), x.span(c));
                }
            }
        }
        parts.clusters.add(new Cluster(c.name.getText(), shape.index, new Properties(properties), states, replicas,
                x.span(c), x.span(c.name), doc(d)));
    }

    private State state(MarshallParser.MemberContext m, MarshallParser.StateDeclContext s, SymbolTable.ClusterShape shape, int index) {
        String name = s.name.getText();
        Scope scope = Scope.state(shape.index);
        Expr initial = x.build(s.initial, scope);
        Expr low = s.range() == null ? new Expr.Invalid(x.span(s)) : x.build(s.range().low, scope);
        Expr high = s.range() == null ? new Expr.Invalid(x.span(s)) : x.build(s.range().high, scope);
        Type type = initial.type().isUnknown() ? low.type() : initial.type();
        for (Expr bound : List.of(low, high)) x.expect(bound, type);
        shape.types.put("state " + name, type);
        return new State(name, index, initial, low, high, x.span(s), x.span(s.name), doc(m));
    }

    /** women, informal, exports and any share written as a percentage must lie in 0%..100%. */
    private void checkShare(String name, Expr v) {
        if (v instanceof Expr.Quantity q && q.percent() && (q.value() < 0 || q.value() > 1)) {
            sink.report("E030", v.span(), "'" + name + "'", v.span().text());
        } else if (v.type().isNumeric() && Constants.number(v).orElse(0.0) < 0) {
            sink.report("E031", v.span(), "'" + name + "'", v.span().text());
        }
    }
}
