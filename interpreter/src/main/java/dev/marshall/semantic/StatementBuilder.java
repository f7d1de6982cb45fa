package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of an intervention's {@code each month} block: assignments
 * to states (resolved to the state they change, refused for properties and
 * for replicated clusters the block does not run per replica) and
 * {@code if}/{@code else}.
 */
final class StatementBuilder extends ExpressionPart {
    StatementBuilder(ExpressionBuilder x, SymbolTable symbols, DiagnosticSink sink) {
        super(x, symbols, sink);
    }

    List<Statement> statements(MarshallParser.StatementBlockContext block, Scope scope) {
        List<Statement> out = new ArrayList<>();
        if (block == null) return out;
        for (MarshallParser.StatementContext s : block.statement()) {
            Statement built = statement(s, scope);
            if (built != null) out.add(built);
        }
        return out;
    }

    private Statement statement(MarshallParser.StatementContext s, Scope scope) {
        if (s.assignment() != null) return assignment(s.assignment(), scope);
        if (s.ifStatement() != null) return ifStatement(s.ifStatement(), scope);
        return null;
    }

    private Statement ifStatement(MarshallParser.IfStatementContext c, Scope scope) {
        Expr condition = x.build(c.condition, scope, Type.BOOLEAN);
        List<Statement> whenTrue = statements(c.thenBlock, scope);
        List<Statement> whenFalse = c.elseBlock != null ? statements(c.elseBlock, scope)
                : c.elseIf != null ? List.of(ifStatement(c.elseIf, scope)) : List.of();
        return new Statement.If(condition, whenTrue, whenFalse, span(c));
    }

    private Statement assignment(MarshallParser.AssignmentContext a, Scope scope) {
        Span span = span(a);
        Expr value = x.build(a.value, scope);
        Expr.StateRef target = assignable(a.target, scope);
        if (target == null || a.op == null) return null;
        Statement.AssignOp op = switch (a.op.getType()) {
            case MarshallParser.PLUS_ASSIGN -> Statement.AssignOp.ADD;
            case MarshallParser.MINUS_ASSIGN -> Statement.AssignOp.SUBTRACT;
            case MarshallParser.TIMES_ASSIGN -> Statement.AssignOp.MULTIPLY;
            case MarshallParser.DIV_ASSIGN -> Statement.AssignOp.DIVIDE;
            default -> Statement.AssignOp.SET;
        };
        boolean scales = op == Statement.AssignOp.MULTIPLY || op == Statement.AssignOp.DIVIDE;
        x.expect(value, scales ? Type.NUMBER : target.type());
        return new Statement.Assign(target, op, value, span);
    }

    private Expr.StateRef assignable(MarshallParser.QualifiedNameContext q, Scope scope) {
        if (q == null || q.ident().isEmpty()) return null;
        Span span = span(q);
        List<MarshallParser.IdentContext> parts = q.ident();
        SymbolTable.ClusterShape cluster;
        String state;
        if (parts.size() == 1) {
            state = parts.get(0).getText();
            if (scope.cluster() >= 0) {
                cluster = symbols.clusters.get(scope.cluster());
            } else {
                List<SymbolTable.ClusterShape> owners = x.names.owners(state);
                if (owners.size() == 1 && symbols.clusters.size() == 1) {
                    cluster = owners.get(0);
                } else if (!owners.isEmpty()) {
                    symbols.ambiguities.add(new SymbolTable.Ambiguity(state, span, owners.stream().map(c -> c.name).toList()));
                    return null;
                } else {
                    return notAState(state, span, scope);
                }
            }
        } else if (parts.size() == 2) {
            cluster = symbols.cluster(parts.get(0).getText());
            state = parts.get(1).getText();
            if (cluster == null) {
                SymbolTable.Entry e = symbols.lookup(parts.get(0).getText());
                if (e == null) sink.report("E010", span(parts.get(0)), parts.get(0).getText()).hint(Suggestions.didYouMean(parts.get(0).getText(), symbols.declarations.keySet()));
                else sink.report("E053", span, q.getText(), ExpressionBuilder.article(e.kind()) + "'s property");
                return null;
            }
        } else {
            sink.report("E053", span, q.getText(), "not a cluster state");
            return null;
        }
        int index = cluster.states.indexOf(state);
        if (index < 0) {
            if (cluster.properties.contains(state)) {
                sink.report("E053", span, state, "a property of cluster '" + cluster.name + "', fixed for a run").hint("declare it as a state: state " + state + " = … in lo..hi");
                return null;
            }
            return notAState(state, span, scope);
        }
        if (cluster.replicated() && !(scope.perReplica() && scope.cluster() == cluster.index)) {
            String own = scope.cluster() >= 0 ? symbols.clusters.get(scope.cluster()).name : "no cluster";
            sink.report("E054", span, own, cluster.name).hint("give the intervention in = " + cluster.name + ", so that it runs for each replica");
            return null;
        }
        return new Expr.StateRef(cluster.name, cluster.index, state, index, cluster.types.getOrDefault("state " + state, Type.UNKNOWN), span);
    }

    private Expr.StateRef notAState(String name, Span span, Scope scope) {
        SymbolTable.Entry e = symbols.lookup(name);
        if (e != null) {
            sink.report("E053", span, name, ExpressionBuilder.article(e.kind()));
        } else {
            List<String> states = new ArrayList<>();
            for (SymbolTable.ClusterShape c : symbols.clusters) states.addAll(c.states);
            sink.report("E010", span, name).hint(Suggestions.didYouMean(name, states));
        }
        return null;
    }

}
