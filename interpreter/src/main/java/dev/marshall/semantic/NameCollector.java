package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.source.Span;
import dev.marshall.syntax.Parsing;
import dev.marshall.syntax.TreeText;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Pass 1: every declared name, from every file, before any expression is
 * built, so that declarations may come in any order. Duplicates (E011) are
 * reported here and only the first declaration is kept; cluster states and
 * properties are collected with their cluster, with its replica count.
 */
final class NameCollector {
    private final SymbolTable symbols;
    private final DiagnosticSink sink;
    /** The programme's own main file: a name clashing with a library module's is reported there. */
    private final dev.marshall.source.SourceFile main;

    NameCollector(SymbolTable symbols, DiagnosticSink sink, dev.marshall.source.SourceFile main) {
        this.symbols = symbols;
        this.sink = sink;
        this.main = main;
    }

    void collect(Parsing.Parsed file) {
        if (file.tree() == null) return;
        TreeText x = new TreeText(file.source(), sink);
        for (MarshallParser.DeclarationContext d : file.tree().declaration()) {
            if (d.paramDecl() != null && d.paramDecl().name != null) {
                if (declare("param", d.paramDecl().name, symbols.params.size(), x)) symbols.params.add(d.paramDecl().name.getText());
            } else if (d.clusterDecl() != null && d.clusterDecl().name != null) {
                MarshallParser.ClusterDeclContext c = d.clusterDecl();
                SymbolTable.ClusterShape shape = new SymbolTable.ClusterShape(c.name.getText(), symbols.clusters.size());
                if (!declare("cluster", c.name, shape.index, x)) continue;
                if (c.block() != null) {
                    Map<String, Span> states = new HashMap<>();
                    for (MarshallParser.MemberContext m : c.block().member()) {
                        if (m.stateDecl() != null && m.stateDecl().name != null) {
                            String state = m.stateDecl().name.getText();
                            if (states.containsKey(state)) {
                                sink.report("E011", x.span(m.stateDecl().name), "state", state).related(states.get(state), "first declared here");
                            }
                            states.putIfAbsent(state, x.span(m.stateDecl().name));
                            shape.states.add(state);
                        } else if (m.property() != null && m.property().name != null) {
                            shape.properties.add(m.property().name.getText());
                            if (isDefaultMark(m.property())) markDefault(shape, x.span(m.property().name), x);
                        }
                    }
                    replicasOf(c, shape);
                }
                symbols.clusters.add(shape);
            } else if (d.actorDecl() != null && d.actorDecl().name != null) {
                declare("actor", d.actorDecl().name, -1, x);
            } else if (d.networkDecl() != null && d.networkDecl().name != null) {
                if (declare("network", d.networkDecl().name, symbols.networks.size(), x)) {
                    symbols.networks.add(d.networkDecl().name.getText());
                    if (d.networkDecl().block() != null && d.networkDecl().block().member().stream().anyMatch(m -> m.property() != null
                            && m.property().name != null && m.property().name.getText().equals("firms"))) {
                        symbols.networksWithFirms.add(d.networkDecl().name.getText());
                    }
                }
            } else if (d.interventionDecl() != null && d.interventionDecl().name != null) {
                if (declare("intervention", d.interventionDecl().name, symbols.interventions.size(), x)) symbols.interventions.add(d.interventionDecl().name.getText());
            } else if (d.indicatorDecl() != null && d.indicatorDecl().name != null) {
                declare("indicator", d.indicatorDecl().name, -1, x);
            } else if (d.milestoneDecl() != null && d.milestoneDecl().name != null) {
                if (declare("milestone", d.milestoneDecl().name, symbols.milestones.size(), x)) symbols.milestones.add(d.milestoneDecl().name.getText());
            } else if (d.resultDecl() != null && d.resultDecl().name != null) {
                declare("result", d.resultDecl().name, -1, x);
            } else if (d.costLineDecl() != null && d.costLineDecl().name != null) {
                declare("cost_line", d.costLineDecl().name, -1, x);
            } else if (d.fnDecl() != null && d.fnDecl().name != null) {
                if (declare("fn", d.fnDecl().name, symbols.functionNames.size(), x)) {
                    symbols.functionNames.add(d.fnDecl().name.getText());
                    symbols.functionArities.add(d.fnDecl().params.size());
                }
            } else if (d.enumDecl() != null && d.enumDecl().name != null) {
                declare("enum", d.enumDecl().name, -1, x);
            }
        }
    }

    /** {@code default = true}: known before expressions are built, since it decides the context cluster of everything. */
    private static boolean isDefaultMark(MarshallParser.PropertyContext p) {
        return p.name.getText().equals(ClusterReader.DEFAULT) && p.value instanceof MarshallParser.PrimaryExprContext e
                && e.primary() instanceof MarshallParser.BooleanLiteralContext b && b.value != null && b.value.getText().equals("true");
    }

    private final Map<Integer, Span> defaultMarks = new HashMap<>();

    private void markDefault(SymbolTable.ClusterShape shape, Span where, TreeText x) {
        if (symbols.defaultCluster >= 0 && symbols.defaultCluster != shape.index) {
            String first = symbols.clusters.get(symbols.defaultCluster).name;
            sink.report("E140", where, shape.name, first).related(defaultMarks.get(symbols.defaultCluster), "'" + first + "' is the default here");
            return;
        }
        symbols.defaultCluster = shape.index;
        defaultMarks.put(shape.index, where);
    }

    /** Replica counts are needed before expressions are built (replicated states are read differently). */
    private void replicasOf(MarshallParser.ClusterDeclContext c, SymbolTable.ClusterShape shape) {
        for (MarshallParser.MemberContext m : c.block().member()) {
            if (m.property() != null && m.property().name != null && m.property().name.getText().equals("replicas")
                    && m.property().value instanceof MarshallParser.PrimaryExprContext p
                    && p.primary() instanceof MarshallParser.QuantityLiteralContext q && q.unit == null) {
                try {
                    double v = Double.parseDouble(q.NUMBER().getText().replace("_", ""));
                    if (v >= 1 && v == Math.rint(v) && v <= 1_000_000) shape.replicas = (int) v;
                } catch (NumberFormatException ignored) {
                    // reported when the property is built
                }
            }
        }
    }

    private boolean declare(String kind, MarshallParser.IdentContext name, int index, TreeText x) {
        String text = name.getText();
        Span span = x.span(name);
        SymbolTable.Entry earlier = symbols.declarations.get(text);
        if (earlier != null && isLibrary(span) && !isLibrary(earlier.nameSpan())) {
            // The programme's own name clashes with one of a library module: say so where the user can act.
            sink.report("E011", earlier.nameSpan(), earlier.kind(), text).related(span, "also declared by the library, as " + ExpressionBuilder.article(kind))
                    .hint("rename it: '" + text + "' is taken by a module the programme uses");
            return false;
        }
        if (earlier != null) {
            sink.report("E011", span, kind, text).related(earlier.nameSpan(), "first declared here (as " + ExpressionBuilder.article(earlier.kind()) + ")");
            return false;
        }
        if (kind.equals("fn") && isBuiltinName(text)) {
            boolean native_ = name.getParent() instanceof MarshallParser.FnDeclContext f && f.NATIVE() != null;
            if (!native_) {
                sink.report("E011", span, kind, text).hint("'" + text + "' is built into the language; choose another name");
                return false;
            }
        }
        symbols.declarations.put(text, new SymbolTable.Entry(kind, text, span, index));
        return true;
    }

    /** Whether a span lies in a class-path library module (std.unido) rather than in a file of the programme. */
    private boolean isLibrary(Span span) {
        return span.file().location() == null && span.file() != main;
    }

    private static boolean isBuiltinName(String name) {
        for (Expr.Builtin b : Expr.Builtin.values()) if (b.keyword().equals(name)) return true;
        for (Expr.Distribution d : Expr.Distribution.values()) if (d.keyword().equals(name)) return true;
        return Set.of("sum", "mean", "count").contains(name);
    }
}
