package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Type;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * What a name written in an expression means where it is written: a fn
 * parameter, an indicator's own property, a state or property of a cluster, a
 * param; and what {@code a.b} reaches (a cluster's state or property, a
 * milestone's {@code reached}, an intervention's progress). Reports names that
 * do not resolve or may not be seen from here.
 */
final class NameResolver extends ExpressionPart {
    NameResolver(ExpressionBuilder x, SymbolTable symbols, DiagnosticSink sink) {
        super(x, symbols, sink);
    }

    Expr name(String name, Span span, Scope scope) {
        int local = scope.locals().indexOf(name);
        if (local >= 0) return new Expr.LocalRef(name, local, Type.UNKNOWN, span);
        if (scope.own().containsKey(name)) {
            Expr value = scope.own().get(name);
            return new Expr.OwnProperty(name, value, value.type(), span);
        }
        if (scope.clusters() && scope.cluster() >= 0) {
            Expr inCluster = clusterMember(symbols.clusters.get(scope.cluster()), name, span, scope, true);
            if (inCluster != null) return inCluster;
        } else if (scope.clusters()) {
            List<SymbolTable.ClusterShape> owners = owners(name);
            if (!owners.isEmpty()) {
                symbols.ambiguities.add(new SymbolTable.Ambiguity(name, span, owners.stream().map(c -> c.name).toList()));
                return new Expr.Invalid(span);
            }
        }
        SymbolTable.Entry entry = symbols.lookup(name);
        if (entry != null) {
            if (entry.kind().equals("param")) {
                if (scope.params() >= 0 && entry.index() >= scope.params()) {
                    if (scope.isFunction()) {
                        sink.report("E019", span, "param '" + name + "'", scope.where()).hint("fns are pure: pass the param in as an argument");
                    } else if (scope.where().equals("a param")) {
                        sink.report("E019", span, "param '" + name + "'", scope.where())
                                .related(entry.nameSpan(), "declared here").hint("a param can use only params declared before it");
                    } else {
                        sink.report("E019", span, "param '" + name + "'", scope.where())
                                .hint("params are sampled for each run; " + scope.where() + " must be a constant");
                    }
                    return new Expr.Invalid(span);
                }
                return new Expr.ParamRef(name, entry.index(), symbols.paramTypes.getOrDefault(name, Type.UNKNOWN), span);
            }
            sink.report("E012", span, name, ExpressionBuilder.article(entry.kind()), "a value in " + scope.where(), "a number, a condition or text")
                    .related(entry.nameSpan(), "declared here")
                    .hint(switch (entry.kind()) {
                        case "milestone" -> "write " + name + ".reached";
                        case "intervention" -> "write " + name + ".active, " + name + ".started or " + name + ".finished";
                        case "cluster" -> "name one of its states: " + name + ".<state>";
                        default -> "";
                    });
            return new Expr.Invalid(span);
        }
        sink.report("E010", span, name).hint(Suggestions.didYouMean(name, symbols.allNames(scope)));
        return new Expr.Invalid(span);
    }

    List<SymbolTable.ClusterShape> owners(String name) {
        List<SymbolTable.ClusterShape> owners = new ArrayList<>();
        for (SymbolTable.ClusterShape c : symbols.clusters) {
            if (c.states.contains(name) || c.properties.contains(name)) owners.add(c);
        }
        return owners;
    }

    /** A state or property of a cluster, or null when the cluster has none of that name. */
    private Expr clusterMember(SymbolTable.ClusterShape cluster, String name, Span span, Scope scope, boolean unqualified) {
        int state = cluster.states.indexOf(name);
        int property = cluster.properties.indexOf(name);
        if (state < 0 && property < 0) return null;
        if (!scope.clusters()) {
            sink.report("E019", span, "cluster '" + cluster.name + "'", scope.where())
                    .hint(scope.isFunction() ? "fns are pure: pass the value in as an argument" : "it is fixed before the clusters are sampled");
            return new Expr.Invalid(span);
        }
        if (state >= 0 && !scope.dynamic()) {
            if (unqualified && property < 0) return null;
            if (property < 0) {
                sink.report("E019", span, "state '" + name + "'", scope.where()).hint("states change during the simulation; " + scope.where() + " is fixed before it starts");
                return new Expr.Invalid(span);
            }
        }
        if (cluster.replicated() && !scope.aggregate() && !(scope.perReplica() && scope.cluster() == cluster.index)) {
            sink.report("E051", span, name, cluster.name);
            return new Expr.Invalid(span);
        }
        if (scope.aggregate() && cluster.replicated()) x.aggregated.add(cluster.index);
        if (state >= 0 && scope.dynamic()) {
            return new Expr.StateRef(cluster.name, cluster.index, name, state, cluster.types.getOrDefault("state " + name, Type.UNKNOWN), span);
        }
        if (scope.visibleProperties() >= 0 && scope.cluster() == cluster.index && property >= scope.visibleProperties()) {
            sink.report("E019", span, "property '" + name + "'", scope.where()).hint("a cluster property can use only the properties written before it");
            return new Expr.Invalid(span);
        }
        return new Expr.PropertyRef(cluster.name, cluster.index, name, property, cluster.types.getOrDefault(name, Type.UNKNOWN), span);
    }

    Expr member(MarshallParser.MemberExprContext m, Scope scope) {
        Span span = span(m);
        String field = m.field == null ? "" : m.field.getText();
        if (!(m.target instanceof MarshallParser.PrimaryExprContext p && p.primary() instanceof MarshallParser.NameExprContext n)) {
            x.build(m.target, scope);
            sink.report("E001", span(m.field), "'." + field + "' can follow only the name of a cluster, a milestone, an intervention or a network");
            return new Expr.Invalid(span);
        }
        String target = n.ident().getText();
        SymbolTable.Entry entry = symbols.lookup(target);
        if (entry == null) {
            sink.report("E010", span(n), target).hint(Suggestions.didYouMean(target, symbols.declarations.keySet()));
            return new Expr.Invalid(span);
        }
        switch (entry.kind()) {
            case "cluster" -> {
                SymbolTable.ClusterShape cluster = symbols.clusters.get(entry.index());
                Expr e = clusterMember(cluster, field, span, scope, false);
                if (e != null) return e;
                List<String> candidates = new ArrayList<>(cluster.states);
                candidates.addAll(cluster.properties);
                sink.report("E013", span(m.field), "cluster '" + target + "'", field).hint(Suggestions.didYouMean(field, candidates));
                return new Expr.Invalid(span);
            }
            case "milestone" -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "a milestone's progress", scope.where());
                    return new Expr.Invalid(span);
                }
                if (field.equals("reached")) return new Expr.MilestoneReached(target, entry.index(), span);
                sink.report("E013", span(m.field), "milestone '" + target + "'", field).hint("a milestone has 'reached'");
                return new Expr.Invalid(span);
            }
            case "intervention" -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "an intervention's progress", scope.where());
                    return new Expr.Invalid(span);
                }
                Expr.InterventionStatus.Status status = switch (field) {
                    case "active" -> Expr.InterventionStatus.Status.ACTIVE;
                    case "started" -> Expr.InterventionStatus.Status.STARTED;
                    case "finished" -> Expr.InterventionStatus.Status.FINISHED;
                    default -> null;
                };
                if (status != null) return new Expr.InterventionStatus(target, entry.index(), status, span);
                sink.report("E013", span(m.field), "intervention '" + target + "'", field)
                        .hint(Suggestions.closest(field, List.of("active", "started", "finished")) instanceof String s
                                ? "did you mean '" + s + "'?" : "an intervention has 'active', 'started' and 'finished'");
                return new Expr.Invalid(span);
            }
            case "network" -> {
                return networkMember(target, entry, field, span, span(m.field), scope);
            }
            default -> {
                sink.report("E012", span(n), target, ExpressionBuilder.article(entry.kind()), "the target of '." + field + "'", "a cluster, a milestone, an intervention or a network")
                        .related(entry.nameSpan(), "declared here");
                return new Expr.Invalid(span);
            }
        }
    }


    /** {@code n.firms}, {@code n.strength}, {@code n.active}: a network as the simulation grows it (dynamic places only). */
    private Expr networkMember(String target, SymbolTable.Entry entry, String field, Span span, Span fieldSpan, Scope scope) {
        Expr.NetworkState.Field f = switch (field) {
            case "firms" -> Expr.NetworkState.Field.FIRMS;
            case "strength" -> Expr.NetworkState.Field.STRENGTH;
            case "active" -> Expr.NetworkState.Field.ACTIVE;
            default -> null;
        };
        if (f == null) {
            sink.report("E013", fieldSpan, "network '" + target + "'", field)
                    .hint(Suggestions.closest(field, List.of("firms", "strength", "active")) instanceof String s
                            ? "did you mean '" + s + "'?" : "a network has 'firms', 'strength' and 'active'");
            return new Expr.Invalid(span);
        }
        if (!scope.dynamic()) {
            sink.report("E019", span, "a network's progress", scope.where());
            return new Expr.Invalid(span);
        }
        if (f == Expr.NetworkState.Field.FIRMS && !symbols.networksWithFirms.contains(target)) {
            sink.report("E234", span, target).related(entry.nameSpan(), "declared here");
            return new Expr.Invalid(span);
        }
        return new Expr.NetworkState(target, entry.index(), f, span);
    }
}
