package dev.marshall.syntax;

import dev.marshall.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.grammar.MarshallParser.ExprContext;
import dev.marshall.check.Counts;
import dev.marshall.model.Limits;
import dev.marshall.model.Actor;
import dev.marshall.model.Allow;
import dev.marshall.model.Assumption;
import dev.marshall.model.Cluster;
import dev.marshall.model.Constants;
import dev.marshall.model.Dependency;
import dev.marshall.model.Expr;
import dev.marshall.model.Focus;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.Param;
import dev.marshall.model.Priority;
import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Risk;
import dev.marshall.model.RiskLevel;
import dev.marshall.model.State;
import dev.marshall.model.Statement;
import dev.marshall.model.Target;
import dev.marshall.model.Type;
import dev.marshall.model.Use;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the semantic model of a programme from its parse trees, in two
 * passes: the first collects every declared name (declarations may come in
 * any order), the second builds each declaration, resolving and typing its
 * expressions. The only place where parse trees become the model.
 */
public final class ModelBuilder {
    /** Parsing and building recurse on nesting; give them a stack that deep input cannot exhaust. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final DiagnosticSink sink = new DiagnosticSink();
    private final SymbolTable symbols = new SymbolTable();
    private final List<Parsing.Parsed> files = new ArrayList<>();
    private final ModuleLoader modules;
    private final List<Diagnostic> readProblems;

    private ModelBuilder(SourceReader.Read read) {
        this.readProblems = read.problems();
        this.modules = new ModuleLoader(read.source(), read.modules(), sink);
    }

    /** Builds the model of a programme; every problem found is in the returned diagnostics. */
    public static Compilation build(SourceReader.Read read) {
        AtomicReference<Compilation> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(new ModelBuilder(read).run());
            } catch (StackOverflowError e) {
                DiagnosticSink sink = new DiagnosticSink();
                sink.report("E006", Span.at(read.source(), 0), Parsing.MAX_NESTING, "expressions", "split the expression with a fn or a param");
                result.set(new Compilation(null, sink.diagnostics(), List.of(read.source())));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "marshall-model-builder", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the model", e);
        }
        if (failure.get() instanceof RuntimeException r) throw r;
        if (failure.get() instanceof Error err) throw err;
        return result.get();
    }

    private Compilation run() {
        Parsing.Parsed main = Parsing.parse(modules.main(), sink);
        files.add(main);
        for (Parsing.Parsed module : modules.loadAll(main)) files.add(module);
        boolean usesStd = modules.usesStandardLibrary();

        for (Parsing.Parsed file : files) collect(file);
        List<SourceFile> sources = files.stream().map(Parsing.Parsed::source).toList();

        ProgrammeParts parts = new ProgrammeParts();
        for (Parsing.Parsed file : files) vocabularies(file, parts);
        for (Parsing.Parsed file : files) functions(file, parts);
        buildFunctionBodies(parts);
        for (Parsing.Parsed file : files) header(file, parts);
        for (Parsing.Parsed file : files) declarations(file, parts);

        List<Diagnostic> all = new ArrayList<>(readProblems);
        Programme programme = parts.programme(main.source(), usesStd, modules.uses(), sources, sink);
        all.addAll(sink.diagnostics());
        all.sort(Diagnostic.SOURCE_ORDER);
        return new Compilation(main.tree() == null ? null : programme, all, sources);
    }

    // ============================================================ pass 1: names

    private void collect(Parsing.Parsed file) {
        if (file.tree() == null) return;
        ExpressionBuilder x = new ExpressionBuilder(file.source(), symbols, sink);
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
                        }
                    }
                    replicasOf(c, shape);
                }
                symbols.clusters.add(shape);
            } else if (d.actorDecl() != null && d.actorDecl().name != null) {
                declare("actor", d.actorDecl().name, -1, x);
            } else if (d.networkDecl() != null && d.networkDecl().name != null) {
                declare("network", d.networkDecl().name, -1, x);
            } else if (d.interventionDecl() != null && d.interventionDecl().name != null) {
                if (declare("intervention", d.interventionDecl().name, symbols.interventions.size(), x)) symbols.interventions.add(d.interventionDecl().name.getText());
            } else if (d.indicatorDecl() != null && d.indicatorDecl().name != null) {
                declare("indicator", d.indicatorDecl().name, -1, x);
            } else if (d.milestoneDecl() != null && d.milestoneDecl().name != null) {
                if (declare("milestone", d.milestoneDecl().name, symbols.milestones.size(), x)) symbols.milestones.add(d.milestoneDecl().name.getText());
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

    private boolean declare(String kind, MarshallParser.IdentContext name, int index, ExpressionBuilder x) {
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
        return span.file().location() == null && span.file() != files.get(0).source();
    }

    private static boolean isBuiltinName(String name) {
        for (Expr.Builtin b : Expr.Builtin.values()) if (b.keyword().equals(name)) return true;
        for (Expr.Distribution d : Expr.Distribution.values()) if (d.keyword().equals(name)) return true;
        return Set.of("sum", "mean", "count").contains(name);
    }

    // ============================================================ pass 2: vocabularies and functions

    private void vocabularies(Parsing.Parsed file, ProgrammeParts parts) {
        if (file.tree() == null) return;
        ExpressionBuilder x = new ExpressionBuilder(file.source(), symbols, sink);
        for (MarshallParser.DeclarationContext d : file.tree().declaration()) {
            MarshallParser.EnumDeclContext e = d.enumDecl();
            if (e == null || e.name == null) continue;
            List<Vocabulary.Word> words = new ArrayList<>();
            Map<String, Span> seen = new HashMap<>();
            for (MarshallParser.EnumMemberContext m : e.enumMember()) {
                String name = m.name != null ? m.name.getText() : m.MONTH() != null ? "month" : null;
                if (name == null) continue;
                Span span = x.span(m);
                if (seen.containsKey(name)) {
                    sink.report("E011", span, "word", name).related(seen.get(name), "first declared here");
                    continue;
                }
                seen.put(name, span);
                Double value = null;
                if (m.value != null) {
                    Expr v = x.build(m.value, Scope.constant("an enum value"));
                    value = Constants.number(v).orElse(null);
                    if (value == null) sink.report("E024", v.span(), "an enum word's value");
                }
                String label = m.label != null ? x.string(m.label) : name;
                words.add(new Vocabulary.Word(name, label, value, span, doc(file, m)));
            }
            Vocabulary vocabulary = new Vocabulary(e.name.getText(), words, x.span(e), x.span(e.name), doc(file, d));
            symbols.vocabularies.putIfAbsent(vocabulary.name(), vocabulary);
            parts.vocabularies.add(vocabulary);
        }
    }

    private void functions(Parsing.Parsed file, ProgrammeParts parts) {
        if (file.tree() == null) return;
        ExpressionBuilder x = new ExpressionBuilder(file.source(), symbols, sink);
        for (MarshallParser.DeclarationContext d : file.tree().declaration()) {
            MarshallParser.FnDeclContext f = d.fnDecl();
            if (f == null || f.name == null) continue;
            SymbolTable.Entry own = symbols.lookup(f.name.getText());
            if (own == null || !own.kind().equals("fn") || !own.nameSpan().equals(x.span(f.name))) continue;
            List<String> params = new ArrayList<>();
            for (MarshallParser.IdentContext p : f.params) {
                if (params.contains(p.getText())) sink.report("E011", x.span(p), "parameter", p.getText());
                params.add(p.getText());
            }
            boolean isNative = f.NATIVE() != null;
            if (isNative && file.source().location() != null) {
                sink.report("E019", x.span(f.NATIVE().getSymbol()), "a native fn", "a programme's own file")
                        .hint("native fns are implemented by the interpreter and declared only in the standard library; write fn " + f.name.getText() + "(…) = expression");
            }
            if (isNative && f.body != null) {
                sink.report("E019", x.span(f.body), "a body", "a native fn").hint("a native fn is implemented by the interpreter; remove '= …'");
            } else if (!isNative && f.body == null) {
                sink.report("E014", x.span(f), "fn", f.name.getText(), "a body: fn " + f.name.getText() + "(…) = expression");
            }
            parts.functions.add(new Function(f.name.getText(), parts.functions.size(), params, null, isNative,
                    x.span(f), x.span(f.name), doc(file, d)));
            parts.functionContexts.add(f);
            parts.functionFiles.add(file);
        }
    }

    /** Bodies are built once every fn is known, twice, so that calls between fns get their types. */
    private void buildFunctionBodies(ProgrammeParts parts) {
        symbols.functions = parts.functions;
        DiagnosticSink quiet = new DiagnosticSink();
        for (int round = 0; round < 2; round++) {
            List<Function> built = new ArrayList<>();
            for (int i = 0; i < parts.functions.size(); i++) {
                Function f = parts.functions.get(i);
                MarshallParser.FnDeclContext ctx = parts.functionContexts.get(i);
                Expr body = null;
                if (!f.isNative() && ctx.body != null) {
                    ExpressionBuilder x = new ExpressionBuilder(parts.functionFiles.get(i).source(), symbols, round == 1 ? sink : quiet);
                    body = x.build(ctx.body, Scope.function(f.params()));
                }
                built.add(new Function(f.name(), f.index(), f.params(), body, f.isNative(), f.span(), f.nameSpan(), f.doc()));
            }
            symbols.functions = built;
            parts.functions.clear();
            parts.functions.addAll(built);
        }
    }

    // ============================================================ pass 2: declarations

    /** The programme header first: currency and horizon are needed to check costs and targets. */
    private void header(Parsing.Parsed file, ProgrammeParts parts) {
        if (file.tree() == null) return;
        DeclarationReader reader = new DeclarationReader(file, parts);
        for (MarshallParser.DeclarationContext d : file.tree().declaration()) {
            if (d.programmeDecl() != null) reader.programme(d, d.programmeDecl());
        }
    }

    private void declarations(Parsing.Parsed file, ProgrammeParts parts) {
        if (file.tree() == null) return;
        DeclarationReader reader = new DeclarationReader(file, parts);
        List<MarshallParser.DeclarationContext> all = file.tree().declaration();
        // Params and clusters first: their types are needed by everything that reads them.
        for (MarshallParser.DeclarationContext d : all) if (d.paramDecl() != null) reader.param(d, d.paramDecl());
        for (MarshallParser.DeclarationContext d : all) if (d.clusterDecl() != null) reader.cluster(d, d.clusterDecl());
        for (MarshallParser.DeclarationContext d : all) {
            if (d.actorDecl() != null) reader.actor(d, d.actorDecl());
            else if (d.networkDecl() != null) reader.network(d, d.networkDecl());
            else if (d.interventionDecl() != null) reader.intervention(d, d.interventionDecl());
            else if (d.indicatorDecl() != null) reader.indicator(d, d.indicatorDecl());
            else if (d.milestoneDecl() != null) reader.milestone(d, d.milestoneDecl());
            else if (d.prioritiesDecl() != null) reader.priorities(d.prioritiesDecl());
            else if (d.assumptionDecl() != null) parts.assumptions.add(new Assumption(reader.x.string(d.assumptionDecl().text), reader.x.span(d), doc(file, d)));
            else if (d.riskDecl() != null) parts.risks.add(new Risk(reader.x.string(d.riskDecl().text),
                    d.riskDecl().mitigation == null ? "" : reader.x.string(d.riskDecl().mitigation), reader.x.span(d), doc(file, d)));
            else if (d.allowDecl() != null) reader.allow(d.allowDecl(), null);
        }
    }

    /** The doc comment (///) written right before a declaration or member, without the slashes. */
    static String doc(Parsing.Parsed file, ParserRuleContext ctx) {
        if (ctx == null || ctx.start == null || ctx.start.getTokenIndex() < 0) return "";
        List<Token> hidden = file.tokens().getHiddenTokensToLeft(ctx.start.getTokenIndex(), MarshallLexer.DOC);
        if (hidden == null || hidden.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        for (Token t : hidden) {
            String line = t.getText().substring(3);
            if (line.startsWith(" ")) line = line.substring(1);
            if (!out.isEmpty()) out.append('\n');
            out.append(line.stripTrailing());
        }
        return out.toString().strip();
    }

    /** Reads the declarations of one file into {@link ProgrammeParts}. */
    private final class DeclarationReader {
        final Parsing.Parsed file;
        final ProgrammeParts parts;
        final ExpressionBuilder x;

        DeclarationReader(Parsing.Parsed file, ProgrammeParts parts) {
            this.file = file;
            this.parts = parts;
            this.x = new ExpressionBuilder(file.source(), symbols, sink);
        }

        // -------------------------------------------------------- programme

        void programme(MarshallParser.DeclarationContext d, MarshallParser.ProgrammeDeclContext p) {
            Span span = x.span(p);
            if (parts.programmeSpan != null) {
                sink.report("E018", x.span(p.PROGRAMME().getSymbol()), "a programme has only one programme header")
                        .related(parts.programmeSpan, "the first one is here").hint("");
                return;
            }
            parts.programmeSpan = span;
            parts.title = x.string(p.title);
            parts.programmeDoc = doc(file, d);
            Block block = block(p.block(), "the programme", Set.of("country", "start", "horizon", "currency", "budget", "focus", "goal", "identifier", "organisation", "description"));
            parts.programmeProperties = block.properties(this, Scope.constant("the programme header"), Map.of(
                    "currency", PropertyForm.WORD, "focus", PropertyForm.WORD));
            Properties props = parts.programmeProperties;
            parts.country = text(props, "country");
            parts.goal = text(props, "goal");
            props.get("start").ifPresent(s -> {
                if (s.value() instanceof Expr.Date date) parts.start = YearMonth.of(date.year(), date.month());
                else if (!s.value().type().isUnknown()) sink.report("E020", s.value().span(), "a date (YYYY-MM)", s.value().type().describe());
            });
            props.get("horizon").ifPresent(h -> parts.horizon = Counts.whole(constant(h, Type.DURATION, "the horizon", true), 1, Limits.MAX_MONTHS, "the horizon", "months", h.value().span(), sink).orElse(0));
            props.get("currency").ifPresent(c -> {
                String code = word(c.value());
                if (code != null && ExpressionBuilder.isCurrency(code)) parts.currency = code;
                else sink.report("E017", c.value().span(), code == null ? c.value().span().text() : code, "an ISO 4217 currency code (e.g. EUR, USD)");
            });
            props.get("focus").ifPresent(f -> {
                String w = word(f.value());
                try {
                    parts.focus = Focus.valueOf(w == null ? "" : w.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    sink.report("E017", f.value().span(), w == null ? f.value().span().text() : w, "a focus (pro_poor or growth)")
                            .hint(w == null ? "" : Suggestions.didYouMean(w, List.of("pro_poor", "growth")));
                }
            });
            parts.budgetProperty = props.get("budget").orElse(null);
            for (String required : List.of("start", "horizon", "currency", "budget")) {
                if (!props.has(required)) sink.report("E014", x.span(p.PROGRAMME().getSymbol()), "programme", parts.title, required);
            }
        }

        // -------------------------------------------------------- params and clusters

        void param(MarshallParser.DeclarationContext d, MarshallParser.ParamDeclContext p) {
            if (p.name == null) return;
            int index = indexOf("param", p.name);
            if (index < 0) return;
            Expr value = x.build(p.value, Scope.param(index));
            if (!value.type().isNumeric()) {
                sink.report("E020", value.span(), "a number, an amount of money or a duration (a param is sampled for each run)", value.type().describe());
            }
            symbols.paramTypes.put(p.name.getText(), value.type());
            if (isOwnDeclaration("param", p.name, index)) {
                parts.params.add(new Param(p.name.getText(), index, value, x.span(p), x.span(p.name), doc(file, d)));
            }
        }

        void cluster(MarshallParser.DeclarationContext d, MarshallParser.ClusterDeclContext c) {
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
                            properties.add(new Property(name, v, null, x.span(pc.name), x.span(pc), doc(file, m)));
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
                        properties.add(new Property(name, v, null, x.span(pc.name), x.span(pc), doc(file, m)));
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
                    x.span(c), x.span(c.name), doc(file, d)));
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
            return new State(name, index, initial, low, high, x.span(s), x.span(s.name), doc(file, m));
        }

        /** women, informal, exports and any share written as a percentage must lie in 0%..100%. */
        private void checkShare(String name, Expr v) {
            if (v instanceof Expr.Quantity q && q.percent() && (q.value() < 0 || q.value() > 1)) {
                sink.report("E030", v.span(), "'" + name + "'", v.span().text());
            } else if (v.type().isNumeric() && Constants.number(v).orElse(0.0) < 0) {
                sink.report("E031", v.span(), "'" + name + "'", v.span().text());
            }
        }

        // -------------------------------------------------------- actors and networks

        void actor(MarshallParser.DeclarationContext d, MarshallParser.ActorDeclContext a) {
            if (a.name == null) return;
            if (!isOwnDeclaration("actor", a.name, -1)) return;
            String kind = a.kind == null ? "" : a.kind.getText();
            if (a.kind != null) vocabularyWord("actor_kind", "an actor kind", kind, x.span(a.kind));
            Block block = block(a.block(), "an actor", null);
            Properties props = block.properties(this, Scope.constant("an actor's property"), Map.of());
            parts.actors.add(new Actor(a.name.getText(), kind, a.kind == null ? x.span(a) : x.span(a.kind), props, x.span(a), x.span(a.name), doc(file, d)));
        }

        void network(MarshallParser.DeclarationContext d, MarshallParser.NetworkDeclContext n) {
            if (n.name == null || !isOwnDeclaration("network", n.name, -1)) return;
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
            Set<String> allowed = shape == Network.Shape.VERTICAL ? Set.of("from", "to", "kind") : Set.of("members", "firms");
            Block block = block(n.block(), "a " + shapeWord + " network", shape == null ? null : allowed);
            Properties props = block.properties(this, Scope.constant("a network's property"),
                    Map.of("members", PropertyForm.WORDS, "from", PropertyForm.WORD, "to", PropertyForm.WORD, "kind", PropertyForm.WORD));
            List<String> members = actors(props, "members");
            Integer firms = null;
            if (props.get("firms").isPresent()) {
                double f = constant(props.get("firms").get(), Type.NUMBER, "firms", true);
                firms = Counts.whole(f, 0, Limits.MAX_FIRMS, "the number of firms", "", props.valueSpanOf("firms", x.span(n)), sink).orElse(0);
            }
            String from = actor(props, "from");
            String to = actor(props, "to");
            String linkage = props.get("kind").map(p -> word(p.value())).orElse(null);
            if (linkage != null) vocabularyWord("linkage", "a kind of linkage", linkage, props.valueSpanOf("kind", x.span(n)));
            if (shape == Network.Shape.HORIZONTAL && !props.has("members")) sink.report("E014", x.span(n.name), "network", n.name.getText(), "members = [actors …]");
            if (shape == Network.Shape.VERTICAL) {
                for (String required : List.of("from", "to")) if (!props.has(required)) sink.report("E014", x.span(n.name), "network", n.name.getText(), required + " = actor");
            }
            parts.networks.add(new Network(n.name.getText(), shape == null ? Network.Shape.HORIZONTAL : shape, members, firms, from, to, linkage,
                    props, x.span(n), x.span(n.name), doc(file, d)));
        }

        // -------------------------------------------------------- interventions

        void intervention(MarshallParser.DeclarationContext d, MarshallParser.InterventionDeclContext i) {
            if (i.name == null) return;
            String name = i.name.getText();
            int index = indexOf("intervention", i.name);
            if (!isOwnDeclaration("intervention", i.name, index)) return;
            String pillar = i.pillar == null ? "" : i.pillar.getText();
            if (i.pillar != null) vocabularyWord("pillar", "a pillar", pillar, x.span(i.pillar));
            Block block = block(i.block(), "an intervention", Set.of("lead", "partners", "targets", "in", "start", "after", "duration", "cost", "cost_share", "risk"));
            Properties props = block.properties(this, Scope.constant("an intervention's property"), Map.of(
                    "lead", PropertyForm.WORD, "partners", PropertyForm.WORDS, "targets", PropertyForm.WORDS, "in", PropertyForm.WORD,
                    "after", PropertyForm.WORDS, "risk", PropertyForm.WORD));
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
            } else {
                sink.report("E014", x.span(i.name), "intervention", name, "a duration, e.g. duration = 6 months");
            }
            double cost = 0;
            if (props.get("cost").isPresent()) cost = money(props.get("cost").get(), "the cost of '" + name + "'");
            Double costShare = null;
            if (props.get("cost_share").isPresent()) {
                double share = constant(props.get("cost_share").get(), Type.NUMBER, "cost_share", true);
                if (share < 0 || share > 1) sink.report("E030", props.valueSpanOf("cost_share", x.span(i)), "cost_share", props.valueSpanOf("cost_share", x.span(i)).text());
                else costShare = share;
            }
            RiskLevel risk = RiskLevel.LOW;
            if (props.get("risk").isPresent()) {
                String w = word(props.get("risk").get().value());
                if ("high".equals(w)) risk = RiskLevel.HIGH;
                else if (!"low".equals(w)) sink.report("E017", props.valueSpanOf("risk", x.span(i)), String.valueOf(w), "a risk level (low or high)");
            }
            parts.interventions.add(new Intervention(name, index, pillar, i.pillar == null ? x.span(i) : x.span(i.pillar),
                    actor(props, "lead"), actors(props, "partners"), actors(props, "targets"), cluster, start, after, duration, cost,
                    costShare, risk, body, props, x.span(i), x.span(i.name), doc(file, d)));
        }

        // -------------------------------------------------------- indicators

        void indicator(MarshallParser.DeclarationContext d, MarshallParser.IndicatorDeclContext i) {
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
            Block block = block(i.block(), "an indicator", Set.of("for", "capability", "unit", "baseline", "target", "source", "every",
                    "responsible", "disaggregate", "value", "in", "method", "limitations", "rationale", "key", "definition"));
            Properties raw = block.properties(this, null, Map.of("for", PropertyForm.WORD, "capability", PropertyForm.WORD, "unit", PropertyForm.WORD,
                    "every", PropertyForm.WORD, "responsible", PropertyForm.WORD, "disaggregate", PropertyForm.WORDS, "in", PropertyForm.WORD,
                    "value", PropertyForm.LATER));
            // Unit first: baseline, target and value are checked against it.
            IndicatorUnit unit = IndicatorUnit.NUMBER;
            if (raw.get("unit").isPresent()) {
                String u = word(raw.get("unit").get().value());
                if (u == null) sink.report("E020", raw.valueSpanOf("unit", x.span(i)), "a unit (a currency code, percent, or a word such as firms)", raw.get("unit").get().value().type().describe());
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
            Target target = null;
            if (raw.get("target").isPresent()) {
                Property t = raw.get("target").get();
                Double v = unitConstant(t.value(), unit, "the target", name);
                int by = parts.horizonOrDefault();
                if (t.by() != null) {
                    Integer month = monthPoint(t.by());
                    if (month != null) by = month;
                }
                if (v != null) target = new Target(v, by, t.span());
                if (unit.percent() && v != null && (v < 0 || v > 1)) sink.report("E030", t.value().span(), "the target", t.value().span().text());
            }
            if (unit.percent() && baseline != null && (baseline < 0 || baseline > 1)) sink.report("E030", baselineExpr.span(), "the baseline", baselineExpr.span().text());

            int cluster = clusterOf(raw);
            Map<String, Expr> own = new LinkedHashMap<>();
            if (baselineExpr != null) own.put("baseline", baselineExpr);
            Expr value = null;
            List<Property> properties = new ArrayList<>(raw.all());
            if (block.valueContext != null) {
                value = x.build(block.valueContext.value, Scope.indicator(cluster, own));
                if (!value.type().fits(unit.type())) {
                    sink.report("E023", value.span(), "the value", name, unit.type().describe(), unit.name(), value.type().describe());
                }
                for (int k = 0; k < properties.size(); k++) {
                    if (properties.get(k).name().equals("value")) {
                        Property old = properties.get(k);
                        properties.set(k, new Property("value", value, null, old.nameSpan(), old.span(), old.doc()));
                    }
                }
            }
            Properties props = new Properties(properties);

            Indicator.Measures measures = null;
            if (props.get("for").isPresent()) {
                Property f = props.get("for").get();
                String w = word(f.value());
                SymbolTable.Entry e = w == null ? null : symbols.lookup(w);
                Vocabulary pillars = symbols.vocabularies.get("pillar");
                if (e != null && e.kind().equals("intervention")) measures = new Indicator.Measures(Indicator.Measures.Kind.INTERVENTION, w, f.value().span());
                else if (w != null && pillars != null && pillars.word(w).isPresent()) measures = new Indicator.Measures(Indicator.Measures.Kind.PILLAR, w, f.value().span());
                else if (e != null) sink.report("E012", f.value().span(), w, ExpressionBuilder.article(e.kind()), "for", "a pillar or an intervention").related(e.nameSpan(), "declared here");
                else {
                    List<String> candidates = new ArrayList<>(symbols.interventions);
                    if (pillars != null) pillars.words().forEach(p -> candidates.add(p.name()));
                    sink.report("E010", f.value().span(), String.valueOf(w)).hint(Suggestions.didYouMean(String.valueOf(w), candidates));
                }
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
            parts.indicators.add(new Indicator(name, parts.indicators.size(), level == null ? Level.OUTPUT : level, measures, capability, unit,
                    baseline, target, text(props, "source"), every, periodMonths, actor(props, "responsible"), dimensions, value, cluster,
                    props, x.span(i), x.span(i.name), doc(file, d)));
        }

        private Double unitConstant(Expr e, IndicatorUnit unit, String what, String indicator) {
            if (e.type().isUnknown()) return null;
            if (!e.type().fits(unit.type())) {
                sink.report("E023", e.span(), what, indicator, unit.type().describe(), unit.name(), e.type().describe());
                return null;
            }
            return Constants.number(e).orElseGet(() -> {
                sink.report("E024", e.span(), what);
                return null;
            });
        }

        // -------------------------------------------------------- milestones, priorities, allow

        void milestone(MarshallParser.DeclarationContext d, MarshallParser.MilestoneDeclContext m) {
            if (m.name == null) return;
            String name = m.name.getText();
            int index = indexOf("milestone", m.name);
            if (!isOwnDeclaration("milestone", m.name, index)) return;
            Block block = block(m.block(), "a milestone", Set.of("due", "when", "in"));
            Properties raw = block.properties(this, Scope.constant("a milestone's due month"), Map.of("when", PropertyForm.LATER, "in", PropertyForm.WORD));
            int cluster = clusterOf(raw);
            int due = 0;
            if (raw.get("due").isPresent()) {
                Property p = raw.get("due").get();
                Integer month = monthPoint(p.value());
                if (month != null) due = month;
            } else {
                sink.report("E014", x.span(m.name), "milestone", name, "a due month, e.g. due = month 6");
            }
            Expr when = null;
            List<Property> properties = new ArrayList<>(raw.all());
            if (block.whenContext != null) {
                when = x.build(block.whenContext.value, Scope.milestone(cluster), Type.BOOLEAN);
                for (int k = 0; k < properties.size(); k++) {
                    if (properties.get(k).name().equals("when")) {
                        Property old = properties.get(k);
                        properties.set(k, new Property("when", when, null, old.nameSpan(), old.span(), old.doc()));
                    }
                }
            } else {
                sink.report("E014", x.span(m.name), "milestone", name, "a condition, e.g. when = members >= 5");
            }
            String title = m.title != null ? x.string(m.title) : name;
            parts.milestones.add(new Milestone(name, index, title, due, when, new Properties(properties), x.span(m), x.span(m.name), doc(file, d)));
        }

        void priorities(MarshallParser.PrioritiesDeclContext p) {
            for (MarshallParser.PriorityContext pc : p.priority()) {
                Priority.Objective preferred = objective(pc.preferred);
                Priority.Objective over = objective(pc.other);
                if (preferred == null || over == null) continue;
                if (preferred.opposite() != over) {
                    sink.report("E017", x.span(pc), preferred.keyword() + " over " + over.keyword(), "a trade-off")
                            .hint("the pairs are inclusiveness/growth, depth/breadth and tomorrow/today; write e.g. " + preferred.keyword() + " over " + preferred.opposite().keyword());
                    continue;
                }
                parts.priorities.add(new Priority(preferred, over, x.span(pc)));
            }
        }

        private Priority.Objective objective(MarshallParser.IdentContext id) {
            if (id == null) return null;
            try {
                return Priority.Objective.valueOf(id.getText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> words = java.util.Arrays.stream(Priority.Objective.values()).map(Priority.Objective::keyword).toList();
                sink.report("E017", x.span(id), id.getText(), "an objective (" + String.join(", ", words) + ")").hint(Suggestions.didYouMean(id.getText(), words));
                return null;
            }
        }

        void allow(MarshallParser.AllowDeclContext a, Span scope) {
            if (a.code == null) return;
            String reason = a.reason == null ? "" : x.string(a.reason);
            parts.allows.add(new Allow(a.code.getText(), reason, x.span(a), scope));
        }

        // -------------------------------------------------------- helpers

        /** The index pass 1 gave this declaration, or -1 when pass 1 rejected it as a duplicate. */
        private int indexOf(String kind, MarshallParser.IdentContext name) {
            SymbolTable.Entry e = symbols.lookup(name.getText());
            return e != null && e.kind().equals(kind) && e.nameSpan().equals(x.span(name)) ? e.index() : -1;
        }

        /** Duplicates were reported in pass 1; only the declaration pass 1 kept is built. */
        private boolean isOwnDeclaration(String kind, MarshallParser.IdentContext name, int index) {
            SymbolTable.Entry e = symbols.lookup(name.getText());
            return e != null && e.kind().equals(kind) && e.nameSpan().equals(x.span(name));
        }

        private int clusterOf(Properties props) {
            if (props.get("in").isPresent()) {
                Property p = props.get("in").get();
                String w = word(p.value());
                SymbolTable.ClusterShape c = w == null ? null : symbols.cluster(w);
                if (c != null) return c.index;
                SymbolTable.Entry e = w == null ? null : symbols.lookup(w);
                if (e != null) sink.report("E012", p.value().span(), w, ExpressionBuilder.article(e.kind()), "in", "a cluster").related(e.nameSpan(), "declared here");
                else sink.report("E010", p.value().span(), String.valueOf(w)).hint(Suggestions.didYouMean(String.valueOf(w), symbols.clusters.stream().map(s -> s.name).toList()));
                return -1;
            }
            return symbols.clusters.size() == 1 ? 0 : -1;
        }

        private String actor(Properties props, String property) {
            return props.get(property).map(p -> actorName(p.value())).orElse(null);
        }

        private List<String> actors(Properties props, String property) {
            List<String> out = new ArrayList<>();
            props.get(property).ifPresent(p -> {
                for (Expr item : items(p.value())) {
                    String a = actorName(item);
                    if (a != null) out.add(a);
                }
            });
            return out;
        }

        private String actorName(Expr e) {
            String w = word(e);
            if (w == null) {
                if (!e.type().isUnknown()) sink.report("E020", e.span(), "the name of an actor", e.type().describe());
                return null;
            }
            SymbolTable.Entry entry = symbols.lookup(w);
            if (entry == null) {
                List<String> actors = symbols.declarations.values().stream().filter(s -> s.kind().equals("actor")).map(SymbolTable.Entry::name).toList();
                sink.report("E010", e.span(), w).hint(Suggestions.didYouMean(w, actors));
                return null;
            }
            if (!entry.kind().equals("actor")) {
                sink.report("E012", e.span(), w, ExpressionBuilder.article(entry.kind()), "this", "an actor").related(entry.nameSpan(), "declared here");
                return null;
            }
            return w;
        }

        /** A word of a std.unido vocabulary, or null (reported) when it is not one. */
        private Vocabulary.Word vocabularyWord(String vocabularyName, String what, String word, Span span) {
            Vocabulary v = symbols.vocabularies.get(vocabularyName);
            if (v == null) {
                sink.report("E017", span, word, what).hint("the words for " + what.replaceFirst("^an? ", "") + "s come from the standard library: add `use std.unido`");
                return null;
            }
            return v.word(word).orElseGet(() -> {
                sink.report("E017", span, word, what).hint(Suggestions.didYouMean(word, v.words().stream().map(Vocabulary.Word::name).toList()));
                return null;
            });
        }

        /** A constant point in time ({@code month 6}, {@code month 6 + 3 months}) as a month number; null (reported) otherwise. */
        private Integer monthPoint(Expr e) {
            if (e.type().isUnknown()) return null;
            if (e.type().kind() != Type.Kind.MONTH_POINT) {
                sink.report("E020", e.span(), Type.MONTH_POINT.describe(), e.type().describe());
                return null;
            }
            Double v = Constants.number(e).orElse(null);
            if (v == null) {
                sink.report("E024", e.span(), "a month");
                return null;
            }
            return Counts.whole(v, 1, Limits.MAX_MONTHS, "the month", "", e.span(), sink).stream().boxed().findFirst().orElse(null);
        }

        private double constant(Property p, Type expected, String what, boolean required) {
            return constant(p.value(), expected, what, required);
        }

        private double constant(Expr e, Type expected, String what, boolean required) {
            if (e.type().isUnknown()) return Double.NaN;
            if (!e.type().fits(expected)) {
                sink.report("E020", e.span(), expected.describe(), e.type().describe());
                return Double.NaN;
            }
            return Constants.number(e).orElseGet(() -> {
                if (required) sink.report("E024", e.span(), what);
                return Double.NaN;
            });
        }

        /** A constant amount of money in the programme's currency (E022 otherwise). */
        double money(Property p, String what) {
            Expr e = p.value();
            if (e.type().isUnknown()) return 0;
            if (e.type().kind() != Type.Kind.MONEY) {
                sink.report("E020", e.span(), "money (e.g. 40_000 " + parts.currencyOrDefault() + ")", e.type().describe());
                return 0;
            }
            if (parts.currency != null && !e.type().currency().equals(parts.currency)) {
                sink.report("E022", e.span(), what, parts.currency, e.type().currency());
            }
            double v = Constants.number(e).orElseGet(() -> {
                sink.report("E024", e.span(), what);
                return 0.0;
            });
            if (v < 0) sink.report("E031", e.span(), what, format(v));
            return v;
        }

        private String text(Properties props, String property) {
            if (props.get(property).isEmpty()) return "";
            Expr v = props.get(property).get().value();
            if (v instanceof Expr.Text t) return t.value();
            if (!v.type().isUnknown()) sink.report("E020", v.span(), "text in quotes", v.type().describe());
            return "";
        }

        Block block(MarshallParser.BlockContext ctx, String owner, Set<String> known) {
            return new Block(ctx, owner, known, file, x);
        }
    }

    /** A word written as a value: a bare name ({@code cda}), or the keyword {@code month} ({@code every = month}). */
    static String word(Expr e) {
        if (e instanceof Expr.Word w) return w.name();
        if (e instanceof Expr.CurrentMonth) return "month";
        return null;
    }

    static List<Expr> items(Expr e) {
        return e instanceof Expr.ListOf l ? l.items() : List.of(e);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** How the value of a property is read. */
    enum PropertyForm { EXPRESSION, WORD, WORDS, LATER }

    /** The members of one declaration block, sorted by what they are. */
    private final class Block {
        final List<MarshallParser.PropertyContext> propertyContexts = new ArrayList<>();
        final List<MarshallParser.MemberContext> memberContexts = new ArrayList<>();
        final List<Allow> allows = new ArrayList<>();
        MarshallParser.EachMonthContext eachMonth;
        MarshallParser.EachMonthContext secondEachMonth;
        int eachMonthCount;
        MarshallParser.PropertyContext valueContext;
        MarshallParser.PropertyContext whenContext;
        final String owner;
        final Set<String> known;
        final Parsing.Parsed file;
        final ExpressionBuilder x;

        Block(MarshallParser.BlockContext ctx, String owner, Set<String> known, Parsing.Parsed file, ExpressionBuilder x) {
            this.owner = owner;
            this.known = known;
            this.file = file;
            this.x = x;
            if (ctx == null) return;
            Map<String, Span> seen = new HashMap<>();
            for (MarshallParser.MemberContext m : ctx.member()) {
                if (m.property() != null && m.property().name != null) {
                    MarshallParser.PropertyContext p = m.property();
                    String name = p.name.getText();
                    if (known != null && !known.contains(name)) {
                        sink.report("E013", x.span(p.name), owner, name).hint(Suggestions.didYouMean(name, known));
                        continue;
                    }
                    if (seen.containsKey(name)) {
                        sink.report("E011", x.span(p.name), "property", name).related(seen.get(name), "first written here");
                        continue;
                    }
                    seen.put(name, x.span(p.name));
                    if (name.equals("value")) valueContext = p;
                    if (name.equals("when")) whenContext = p;
                    propertyContexts.add(p);
                    memberContexts.add(m);
                } else if (m.eachMonth() != null) {
                    eachMonthCount++;
                    if (eachMonth == null) eachMonth = m.eachMonth();
                    else if (secondEachMonth == null) secondEachMonth = m.eachMonth();
                    if (!owner.equals("an intervention")) sink.report("E019", x.span(m.eachMonth()), "each month", owner);
                } else if (m.stateDecl() != null) {
                    sink.report("E019", x.span(m.stateDecl()), "a state", owner).hint("states belong to clusters: cluster x { state s = 0 in 0..1 }");
                } else if (m.allowDecl() != null && m.allowDecl().code != null) {
                    String reason = m.allowDecl().reason == null ? "" : x.string(m.allowDecl().reason);
                    Allow a = new Allow(m.allowDecl().code.getText(), reason, x.span(m.allowDecl()), x.span(ctx.getParent() instanceof ParserRuleContext pr ? pr : ctx));
                    allows.add(a);
                }
            }
        }

        /**
         * Builds the properties: words and lists of words as {@link Expr.Word}s, everything else as
         * expressions in {@code scope} (null: a constant scope named after the property).
         */
        Properties properties(DeclarationReader reader, Scope scope, Map<String, PropertyForm> forms) {
            reader.parts.allows.addAll(allows);
            List<Property> out = new ArrayList<>();
            for (int k = 0; k < propertyContexts.size(); k++) {
                MarshallParser.PropertyContext p = propertyContexts.get(k);
                String name = p.name.getText();
                PropertyForm form = forms.getOrDefault(name, PropertyForm.EXPRESSION);
                Expr value = switch (form) {
                    case WORD, WORDS -> words(p.value, form == PropertyForm.WORDS);
                    case LATER -> new Expr.Invalid(x.span(p.value));
                    case EXPRESSION -> x.build(p.value, scope != null ? scope : Scope.constant("'" + name + "'"));
                };
                Expr by = p.by == null ? null : x.build(p.by, Scope.constant("'by'"));
                if (p.by != null && !name.equals("target")) sink.report("E019", x.span(p.by), "'by'", "'" + name + "'").hint("only a target has a month: target = 50 by month 24");
                out.add(new Property(name, value, by, x.span(p.name), x.span(p), doc(file, memberContexts.get(k))));
            }
            return new Properties(out);
        }

        private Expr words(ExprContext ctx, boolean list) {
            Span span = x.span(ctx);
            if (ctx instanceof MarshallParser.PrimaryExprContext pe) {
                MarshallParser.PrimaryContext p = pe.primary();
                if (p instanceof MarshallParser.NameExprContext n) return new Expr.Word(n.ident().getText(), null, span);
                if (p instanceof MarshallParser.CurrentMonthContext) return new Expr.Word("month", null, span);
                if (list && p instanceof MarshallParser.ListLiteralContext l) {
                    List<Expr> items = new ArrayList<>();
                    for (ExprContext item : l.expr()) items.add(words(item, false));
                    return new Expr.ListOf(items, span);
                }
            }
            sink.report("E020", span, list ? "a name or a list of names" : "a name", "an expression");
            return new Expr.Invalid(span);
        }
    }

    /** The declarations gathered from every file, put together into a {@link Programme} at the end. */
    private final class ProgrammeParts {
        Span programmeSpan;
        String title = "";
        String programmeDoc = "";
        Properties programmeProperties = Properties.NONE;
        String country = "";
        YearMonth start;
        int horizon;
        String currency;
        Focus focus;
        String goal = "";
        Property budgetProperty;
        final List<Param> params = new ArrayList<>();
        final List<Cluster> clusters = new ArrayList<>();
        final List<Actor> actors = new ArrayList<>();
        final List<Network> networks = new ArrayList<>();
        final List<Intervention> interventions = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<Milestone> milestones = new ArrayList<>();
        final List<Priority> priorities = new ArrayList<>();
        final List<Assumption> assumptions = new ArrayList<>();
        final List<Risk> risks = new ArrayList<>();
        final List<Function> functions = new ArrayList<>();
        final List<MarshallParser.FnDeclContext> functionContexts = new ArrayList<>();
        final List<Parsing.Parsed> functionFiles = new ArrayList<>();
        final List<Vocabulary> vocabularies = new ArrayList<>();
        final List<Allow> allows = new ArrayList<>();

        int horizonOrDefault() {
            return horizon > 0 ? horizon : 0;
        }

        String currencyOrDefault() {
            return currency == null ? "EUR" : currency;
        }

        Programme programme(SourceFile main, boolean usesStd, List<Use> uses, List<SourceFile> sources, DiagnosticSink sink) {
            Span span = programmeSpan != null ? programmeSpan : Span.at(main, 0);
            if (programmeSpan == null && files.get(0).tree() == null) {
                // refused before parsing (too deeply nested): that error says it all
            } else if (programmeSpan == null && !main.text().isBlank()) {
                sink.report("E018", Span.at(main, 0), "the programme has no programme \"Title\" { … } header");
            } else if (programmeSpan == null) {
                sink.report("E018", Span.at(main, 0), "the file is empty");
            }
            double budget = 0;
            if (budgetProperty != null && programmeSpan != null) {
                DeclarationReader reader = new DeclarationReader(files.get(0), this);
                budget = reader.money(budgetProperty, "the budget");
            }
            // Interventions, indicators and milestones are listed in their index order (pass 1's).
            interventions.sort(java.util.Comparator.comparingInt(Intervention::index));
            milestones.sort(java.util.Comparator.comparingInt(Milestone::index));
            params.sort(java.util.Comparator.comparingInt(Param::index));
            clusters.sort(java.util.Comparator.comparingInt(Cluster::index));
            return new Programme(title, span, programmeDoc, programmeProperties, country,
                    start == null ? YearMonth.of(2000, 1) : start, horizon, currency == null ? "EUR" : currency, budget,
                    focus == null ? Focus.GROWTH : focus, goal, uses, usesStd, params, clusters, actors, networks, interventions,
                    indicators, milestones, priorities, assumptions, risks, functions, vocabularies, allows, sources);
        }
    }
}
