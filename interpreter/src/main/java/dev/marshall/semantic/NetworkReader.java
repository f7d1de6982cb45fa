package dev.marshall.semantic;

import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Network;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Type;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.List;
import java.util.Map;

/**
 * {@code network name : horizontal|vertical { … }}: which properties it may
 * have depends on its kind (a kind that is neither is E017, and then any
 * property is let through so that the one mistake is reported once).
 * Its {@code firms} is a constant count, or a count or share of a cluster's
 * firms ({@code firms = 40 of tiruppur}, {@code firms = 15% of tiruppur});
 * its {@code uptake} a constant fraction or a param (which may hold a draw).
 */
final class NetworkReader extends DeclarationReader {

    /** Network properties are constants, except that {@code uptake} may name a param (a constant anywhere else is E024). */
    private static final Scope PROPERTIES = new Scope("a network's property", false, -1, false, 0, -1, List.of(), Map.of(),
            false, false, false);

    NetworkReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.NetworkDeclContext n) {
        if (n.name == null) return;
        int index = indexOf("network", n.name);
        if (!isOwnDeclaration("network", n.name, index)) return;
        String shapeWord = n.kind == null ? "" : n.kind.getText();
        Network.Shape shape = switch (shapeWord) {
            case "horizontal" -> Network.Shape.HORIZONTAL;
            case "vertical" -> Network.Shape.VERTICAL;
            default -> {
                sink.report("E017", n.kind == null ? x.span(n) : x.span(n.kind), shapeWord, "a kind of network (horizontal or vertical)")
                        .hint(Suggestions.didYouMean(shapeWord, List.of("horizontal", "vertical")));
                yield null;
            }
        };
        DeclarationSchema schema = shape == Network.Shape.VERTICAL ? Schema.VERTICAL_NETWORK
                : shape == Network.Shape.HORIZONTAL ? Schema.HORIZONTAL_NETWORK : Schema.ANY_NETWORK;
        DeclarationBlock block = block(n.block(), schema, "a " + shapeWord + " network");
        Properties props = block.properties(PROPERTIES);
        text(props, "name"); // the display name documents show instead of the id
        List<String> members = actors(props, "members");
        Integer firms = null;
        Network.FirmsOf firmsOf = null;
        if (props.get("firms").isPresent()) {
            Property p = props.get("firms").get();
            MarshallParser.IdentContext of = block.propertyContexts.stream()
                    .filter(c -> c.name.getText().equals("firms")).findFirst().map(c -> c.of).orElse(null);
            if (of == null) {
                double f = constant(p, Type.NUMBER, "firms", true);
                firms = Counts.whole(f, 0, Limits.MAX_FIRMS, "the number of firms", "", p.value().span(), sink).orElse(0);
            } else {
                firmsOf = firmsOf(p, of);
            }
        }
        String from = actor(props, "from");
        String to = actor(props, "to");
        String linkage = props.get("kind").map(p -> word(p.value())).orElse(null);
        if (linkage != null) vocabularyWord("linkage", "a kind of linkage", linkage, props.valueSpanOf("kind", x.span(n)));
        double uptake = Network.DEFAULT_UPTAKE;
        int uptakeParam = -1;
        if (props.get("uptake").isPresent()) {
            Expr u = props.get("uptake").get().value();
            if (u instanceof Expr.ParamRef param && param.type().isNumeric()) {
                uptakeParam = param.param();
            } else if (!u.type().isUnknown()) {
                double v = Constants.number(u).orElse(Double.NaN);
                if (Double.isNaN(v) || !u.type().fits(Type.NUMBER) || v <= 0 || v > 1) {
                    sink.report("E236", u.span(), n.name.getText(), u.span().text());
                } else {
                    uptake = v;
                }
            }
        }
        if (shape != null) requireAll(schema, props, x.span(n.name), "network", n.name.getText());
        parts.networks.add(new Network(n.name.getText(), shape == null ? Network.Shape.HORIZONTAL : shape, members, firms, from, to, linkage,
                props, x.span(n), x.span(n.name), doc(d), index, firmsOf, uptake, uptakeParam));
    }

    /** {@code firms = 40 of c} (a whole count) or {@code firms = 15% of c} (a share, written as a percentage). */
    private Network.FirmsOf firmsOf(Property p, MarshallParser.IdentContext of) {
        String clusterName = of.getText();
        Span at = x.span(of);
        SymbolTable.ClusterShape cluster = symbols.cluster(clusterName);
        if (cluster == null) {
            SymbolTable.Entry e = symbols.lookup(clusterName);
            if (e != null) sink.report("E012", at, clusterName, ExpressionBuilder.article(e.kind()), "'of'", "a cluster").related(e.nameSpan(), "declared here");
            else sink.report("E010", at, clusterName).hint(Suggestions.didYouMean(clusterName, symbols.clusters.stream().map(s -> s.name).toList()));
            return null;
        }
        int firmsProperty = cluster.properties.indexOf("firms");
        if (firmsProperty < 0) {
            sink.report("E231", at, clusterName).related(symbols.lookup(clusterName).nameSpan(), "declared here");
            return null;
        }
        double amount = constant(p, Type.NUMBER, "firms", true);
        if (Double.isNaN(amount)) return null;
        boolean share = p.value() instanceof Expr.Quantity q && q.percent();
        if (share) {
            if (amount < 0 || amount > 1) {
                sink.report("E030", p.value().span(), "the share of " + clusterName + "'s firms", p.value().span().text());
                return null;
            }
        } else if (Counts.whole(amount, 0, Limits.MAX_FIRMS, "the number of firms", "", p.value().span(), sink).isEmpty()) {
            return null;
        }
        return new Network.FirmsOf(clusterName, cluster.index, firmsProperty, amount, share);
    }
}
