package dev.marshall.truffle;

import com.oracle.truffle.api.CallTarget;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.model.Property;
import dev.marshall.model.State;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.run.Reporting;
import dev.marshall.run.Schedule;
import dev.marshall.source.Span;
import dev.marshall.truffle.builtins.AbsNodeGen;
import dev.marshall.truffle.builtins.CeilNodeGen;
import dev.marshall.truffle.builtins.FloorNodeGen;
import dev.marshall.truffle.builtins.RoundNodeGen;
import dev.marshall.truffle.builtins.BernoulliNodeGen;
import dev.marshall.truffle.builtins.ClampNodeGen;
import dev.marshall.truffle.builtins.ExpNodeGen;
import dev.marshall.truffle.builtins.LnNodeGen;
import dev.marshall.truffle.builtins.LogisticNodeGen;
import dev.marshall.truffle.builtins.MaxNodeGen;
import dev.marshall.truffle.builtins.MinNodeGen;
import dev.marshall.truffle.builtins.NormalNodeGen;
import dev.marshall.truffle.builtins.SqrtNodeGen;
import dev.marshall.truffle.builtins.TriangularNodeGen;
import dev.marshall.truffle.builtins.UniformNodeGen;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.StatementNode;
import dev.marshall.truffle.nodes.access.ArgumentReadNode;
import dev.marshall.truffle.nodes.access.LocalReadNode;
import dev.marshall.truffle.nodes.access.CurrentMonthNode;
import dev.marshall.truffle.nodes.access.InterventionStatusNode;
import dev.marshall.truffle.nodes.access.MilestoneReachedNode;
import dev.marshall.truffle.nodes.access.NetworkStateNode;
import dev.marshall.truffle.nodes.access.ParamReadNode;
import dev.marshall.truffle.nodes.access.PropertyReadNode;
import dev.marshall.truffle.nodes.access.StateReadNode;
import dev.marshall.truffle.nodes.control.ClusterStartNode;
import dev.marshall.truffle.nodes.control.FunctionRootNode;
import dev.marshall.truffle.nodes.control.IndicatorNode;
import dev.marshall.truffle.nodes.control.InterventionNode;
import dev.marshall.truffle.nodes.control.MilestoneNode;
import dev.marshall.truffle.nodes.control.MonthNode;
import dev.marshall.truffle.nodes.control.RunRootNode;
import dev.marshall.truffle.bytecode.BytecodePass;
import dev.marshall.truffle.nodes.control.StartNode;
import dev.marshall.truffle.nodes.expressions.FiniteNode;
import dev.marshall.truffle.nodes.expressions.AddNodeGen;
import dev.marshall.truffle.nodes.expressions.AggregateNode;
import dev.marshall.truffle.nodes.expressions.AndNode;
import dev.marshall.truffle.nodes.expressions.CallNode;
import dev.marshall.truffle.nodes.expressions.InlinedCallNode;
import dev.marshall.truffle.nodes.expressions.ConditionAsNumberNode;
import dev.marshall.truffle.nodes.expressions.ConditionalNode;
import dev.marshall.truffle.nodes.expressions.DivideNodeGen;
import dev.marshall.truffle.nodes.expressions.EqualNodeGen;
import dev.marshall.truffle.nodes.expressions.GreaterEqualNodeGen;
import dev.marshall.truffle.nodes.expressions.GreaterNodeGen;
import dev.marshall.truffle.nodes.expressions.LessEqualNodeGen;
import dev.marshall.truffle.nodes.expressions.LessNodeGen;
import dev.marshall.truffle.nodes.expressions.MultiplyNodeGen;
import dev.marshall.truffle.nodes.expressions.NegateNodeGen;
import dev.marshall.truffle.nodes.expressions.NotEqualNodeGen;
import dev.marshall.truffle.nodes.expressions.NotNodeGen;
import dev.marshall.truffle.nodes.expressions.OrNode;
import dev.marshall.truffle.nodes.expressions.SubtractNodeGen;
import dev.marshall.truffle.nodes.literals.BooleanLiteralNode;
import dev.marshall.truffle.nodes.literals.NumberLiteralNode;
import dev.marshall.truffle.nodes.statements.AssignNode;
import dev.marshall.truffle.nodes.statements.BlockNode;
import dev.marshall.truffle.nodes.statements.IfNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the Truffle nodes of a programme from its semantic model: one call
 * target for a whole run, into which calls of small {@code fn}s are inlined
 * ({@link FunctionInlining}), and one call target per {@code fn} for the calls
 * that are not. Slots come straight from the
 * model's indices; every node gets the span of the model element it
 * evaluates. Parts of the model that cannot be evaluated (text, dates and
 * lists where a number is needed, a native fn the interpreter does not know)
 * are reported as E084 and the simulation does not start.
 */
public final class ProgrammeTranslator {
    private final MarshallLanguage language;
    private final Programme programme;
    private final DiagnosticSink problems = new DiagnosticSink();
    private final FunctionRootNode[] functions;
    private final CallTarget[] functionTargets;
    private final FunctionInlining inlining;
    /** Whether the expression being built belongs to the run's call target (where fn calls may be inlined). */
    private boolean inRun;
    /** The frame slots of the parameters of the fn being inlined (null: a fn body of its own, read from its arguments). */
    private int[] parameterSlots;
    private boolean[] parameterConditions;
    /** The run's frame slots taken so far by inlined calls' arguments. */
    private int frameSlots;

    /** What translation produced: the run's call target, or the problems that prevent it. */
    public record Translation(CallTarget run, List<Diagnostic> problems) {
        public boolean ok() { return problems.isEmpty(); }
    }

    private ProgrammeTranslator(MarshallLanguage language, Programme programme) {
        this.language = language;
        this.programme = programme;
        int n = programme.functions().size();
        this.functions = new FunctionRootNode[n];
        this.functionTargets = new CallTarget[n];
        this.inlining = new FunctionInlining(programme);
    }

    /**
     * Translates {@code programme}; {@code fixed} holds the params set with
     * {@code --set}, by name (every name must be a param of the programme).
     * Must run while a context of the language is entered on this thread.
     */
    public static Translation translate(MarshallLanguage language, Programme programme, Map<String, Double> fixed) {
        // Contexts of one engine may differ in marshall.Bytecode: a translation is kept per setting.
        boolean bytecode = BytecodePass.enabled(MarshallContext.get(null).compilesToBytecode());
        return language.translations().get(programme, fixed, bytecode,
                () -> new ProgrammeTranslator(language, programme).translate(fixed, bytecode));
    }

    private Translation translate(Map<String, Double> fixed, boolean bytecode) {
        for (Function f : programme.functions()) {
            if (f.isNative() || f.body() == null) continue;
            functions[f.index()] = new FunctionRootNode(language, f.name(), f.span());
            functionTargets[f.index()] = functions[f.index()].getCallTarget();
        }
        for (Function f : programme.functions()) {
            if (functions[f.index()] != null) functions[f.index()].setBody(expression(f.body()));
        }
        inRun = true;
        StartNode start = start(fixed);
        MonthNode month = month();
        com.oracle.truffle.api.frame.FrameDescriptor.Builder frame = com.oracle.truffle.api.frame.FrameDescriptor.newBuilder();
        if (frameSlots > 0) frame.addSlots(frameSlots, com.oracle.truffle.api.frame.FrameSlotKind.Illegal);
        RunRootNode root = new RunRootNode(language, frame.build(), programme.horizon(), start, month, programme.span());
        List<Diagnostic> found = problems.diagnostics();
        if (found.isEmpty() && bytecode) {
            BytecodePass.compileWithin(root);
            for (FunctionRootNode f : functions) if (f != null) BytecodePass.compileWithin(f);
        }
        return new Translation(found.isEmpty() ? root.getCallTarget() : null, found);
    }

    // ---------------------------------------------------------------- the engine's parts

    private StartNode start(Map<String, Double> fixedByName) {
        List<Param> params = programme.params();
        ExpressionNode[] values = new ExpressionNode[params.size()];
        boolean[] isCondition = new boolean[params.size()];
        double[] fixed = new double[params.size()];
        for (Param p : params) {
            isCondition[p.index()] = yieldsCondition(p.value());
            values[p.index()] = isCondition[p.index()] ? expression(p.value()) : finite(expression(p.value()), p.value(), "param '" + p.name() + "'");
            fixed[p.index()] = fixedByName.getOrDefault(p.name(), Double.NaN);
        }
        ClusterStartNode[] clusters = new ClusterStartNode[programme.clusters().size()];
        for (Cluster c : programme.clusters()) clusters[c.index()] = clusterStart(c);
        return new StartNode(values, isCondition, fixed, clusters).at(programme.span());
    }

    private ClusterStartNode clusterStart(Cluster c) {
        List<Property> all = c.properties().all();
        ExpressionNode[] properties = new ExpressionNode[all.size()];
        boolean[] isCondition = new boolean[all.size()];
        for (int p = 0; p < all.size(); p++) {
            Expr value = all.get(p).value();
            if (value != null && isEvaluable(value.type())) {
                isCondition[p] = yieldsCondition(value);
                properties[p] = isCondition[p] ? expression(value) : finite(expression(value), value, "property '" + all.get(p).name() + "' of cluster '" + c.name() + "'");
            }
        }
        int n = c.states().size();
        ExpressionNode[] low = new ExpressionNode[n];
        ExpressionNode[] high = new ExpressionNode[n];
        ExpressionNode[] initial = new ExpressionNode[n];
        for (State s : c.states()) {
            low[s.index()] = s.low() == null ? null : number(s.low());
            high[s.index()] = s.high() == null ? null : number(s.high());
            initial[s.index()] = finite(number(s.initial()), s.initial(), "the starting value of state '" + s.name() + "'");
        }
        return new ClusterStartNode(c.index(), Math.max(1, c.replicas()), properties, isCondition, low, high, initial)
                .at(c.span());
    }

    private MonthNode month() {
        InterventionNode[] interventions = new InterventionNode[programme.interventions().size()];
        for (Intervention i : programme.interventions()) {
            int replicas = i.clusterIndex() < 0 ? 1 : Math.max(1, programme.clusters().get(i.clusterIndex()).replicas());
            interventions[i.index()] = new InterventionNode(i.index(), i.clusterIndex(), replicas, block(i.eachMonth(), i.span()))
                    .at(i.span());
        }
        MilestoneNode[] milestones = new MilestoneNode[programme.milestones().size()];
        for (Milestone m : programme.milestones()) {
            ExpressionNode when = m.when() == null ? new BooleanLiteralNode(false).at(m.span()) : condition(m.when());
            milestones[m.index()] = new MilestoneNode(m.index(), when).at(m.span());
        }
        Reporting reporting = new Reporting(programme);
        List<IndicatorNode> indicators = new java.util.ArrayList<>();
        for (Indicator i : programme.indicators()) {
            if (i.value() == null) continue;
            indicators.add(new IndicatorNode(i.index(), reporting, finite(number(i.value()), i.value(), "the value of indicator '" + i.name() + "'")).at(i.span()));
        }
        return new MonthNode(new Schedule(programme), interventions, milestones, indicators.toArray(new IndicatorNode[0]))
                .at(programme.span());
    }

    // ---------------------------------------------------------------- statements

    private StatementNode block(List<Statement> statements, Span span) {
        StatementNode[] nodes = new StatementNode[statements.size()];
        for (int k = 0; k < nodes.length; k++) nodes[k] = statement(statements.get(k));
        return new BlockNode(nodes).at(span);
    }

    private StatementNode statement(Statement statement) {
        return switch (statement) {
            case Statement.Assign a -> {
                Expr.StateRef target = a.target();
                Cluster cluster = programme.clusters().get(target.clusterIndex());
                State declared = cluster.states().get(target.stateIndex());
                yield new AssignNode(target.state(), target.clusterIndex(), target.stateIndex(), cluster.states().size(), a.op(),
                        constantBound(declared.low(), Double.NEGATIVE_INFINITY), constantBound(declared.high(), Double.POSITIVE_INFINITY),
                        number(a.value())).at(a.span());
            }
            case Statement.If i -> new IfNode(condition(i.condition()), block(i.whenTrue(), i.span()), block(i.whenFalse(), i.span()))
                    .at(i.span());
        };
    }

    // ---------------------------------------------------------------- expressions

    /** An expression the parent uses as a number (a condition there becomes 1 or 0). */
    /** A value kept for the run or reported: non-finite stops the run where it is evaluated (E086). */
    private static ExpressionNode finite(ExpressionNode node, Expr e, String what) {
        return new FiniteNode(node, what).at(e.span());
    }

    private ExpressionNode number(Expr e) {
        ExpressionNode node = expression(e);
        return yieldsCondition(e) ? new ConditionAsNumberNode(node).at(e.span()) : node;
    }

    private ExpressionNode condition(Expr e) {
        return expression(e);
    }

    /** A value passed on as it is typed: a condition or a number. */
    private ExpressionNode value(Expr e) {
        return e.type().kind() == Type.Kind.BOOLEAN ? condition(e) : number(e);
    }

    private ExpressionNode expression(Expr e) {
        ExpressionNode node = switch (e) {
            case Expr.Quantity q -> new NumberLiteralNode(q.value());
            case Expr.MonthPoint m -> new NumberLiteralNode(m.month());
            case Expr.Bool b -> new BooleanLiteralNode(b.value());
            case Expr.CurrentMonth m -> new CurrentMonthNode();
            case Expr.ParamRef p -> new ParamReadNode(p.param(), p.type().kind() == Type.Kind.BOOLEAN);
            case Expr.StateRef s -> new StateReadNode(s.clusterIndex(), s.stateIndex(),
                    programme.clusters().get(s.clusterIndex()).states().size());
            case Expr.PropertyRef p -> {
                Cluster c = programme.clusters().get(p.clusterIndex());
                yield new PropertyReadNode(p.clusterIndex(), p.propertyIndex(), c.properties().all().size(),
                        p.type().kind() == Type.Kind.BOOLEAN);
            }
            case Expr.OwnProperty o -> expression(o.value());
            case Expr.LocalRef l -> parameterSlots == null ? new ArgumentReadNode(l.slot())
                    : new LocalReadNode(parameterSlots[l.slot()], parameterConditions[l.slot()]);
            case Expr.MilestoneReached m -> new MilestoneReachedNode(m.milestoneIndex());
            case Expr.InterventionStatus s -> new InterventionStatusNode(s.interventionIndex(), s.status());
            case Expr.NetworkState n -> new NetworkStateNode(n.networkIndex(), n.field());
            case Expr.Unary u -> switch (u.op()) {
                case NEGATE -> NegateNodeGen.create(number(u.operand()));
                case NOT -> NotNodeGen.create(condition(u.operand()));
            };
            case Expr.Binary b -> binary(b);
            case Expr.Conditional c -> new ConditionalNode(condition(c.condition()),
                    yieldsCondition(c) ? condition(c.whenTrue()) : number(c.whenTrue()),
                    yieldsCondition(c) ? condition(c.whenFalse()) : number(c.whenFalse()));
            case Expr.Call c -> call(c);
            case Expr.BuiltinCall c -> builtin(c.builtin(), c.args(), c.span());
            case Expr.Draw d -> draw(d.distribution(), d.args());
            case Expr.Aggregate a -> new AggregateNode(a.kind(), a.clusterIndex(),
                    Math.max(1, programme.clusters().get(a.clusterIndex()).replicas()),
                    a.kind() == Expr.AggregateKind.COUNT ? condition(a.body()) : number(a.body()));
            case Expr.Text t -> unsupported(t, "text");
            case Expr.Date d -> unsupported(d, "a date");
            case Expr.ListOf l -> unsupported(l, "a list");
            case Expr.Word w -> unsupported(w, "the name '" + w.name() + "'");
            case Expr.Invalid i -> unsupported(i, "an invalid expression");
        };
        return node.span() == null ? node.at(e.span()) : node;
    }

    private ExpressionNode binary(Expr.Binary b) {
        return switch (b.op()) {
            case ADD -> AddNodeGen.create(number(b.left()), number(b.right()));
            case SUBTRACT -> SubtractNodeGen.create(number(b.left()), number(b.right()));
            case MULTIPLY -> MultiplyNodeGen.create(number(b.left()), number(b.right()));
            case DIVIDE -> DivideNodeGen.create(number(b.left()), number(b.right()));
            case LESS -> LessNodeGen.create(number(b.left()), number(b.right()));
            case LESS_EQUAL -> LessEqualNodeGen.create(number(b.left()), number(b.right()));
            case GREATER -> GreaterNodeGen.create(number(b.left()), number(b.right()));
            case GREATER_EQUAL -> GreaterEqualNodeGen.create(number(b.left()), number(b.right()));
            case EQUAL -> bothConditions(b) ? EqualNodeGen.create(condition(b.left()), condition(b.right()))
                    : EqualNodeGen.create(number(b.left()), number(b.right()));
            case NOT_EQUAL -> bothConditions(b) ? NotEqualNodeGen.create(condition(b.left()), condition(b.right()))
                    : NotEqualNodeGen.create(number(b.left()), number(b.right()));
            case AND -> new AndNode(condition(b.left()), condition(b.right()));
            case OR -> new OrNode(condition(b.left()), condition(b.right()));
        };
    }

    private boolean bothConditions(Expr.Binary b) {
        return yieldsCondition(b.left()) && yieldsCondition(b.right());
    }

    private ExpressionNode call(Expr.Call c) {
        Function f = c.function() >= 0 && c.function() < programme.functions().size()
                ? programme.functions().get(c.function()) : null;
        if (f == null) return unsupported(c, "a call of the unknown fn '" + c.name() + "'");
        if (inRun && inlining.inlines(f.index())) return inlined(f, c);
        if (functionTargets[f.index()] != null) {
            ExpressionNode[] args = new ExpressionNode[c.args().size()];
            for (int k = 0; k < args.length; k++) args[k] = value(c.args().get(k));
            ExpressionNode call = new CallNode(f.name(), functionTargets[f.index()], args).at(c.span());
            return call;
        }
        // A native fn: the standard library declares it, the interpreter implements it.
        String name = f.name().toLowerCase(Locale.ROOT);
        for (Expr.Distribution d : Expr.Distribution.values()) {
            if (d.keyword().equals(name) && d.arity == c.args().size()) {
                ExpressionNode draw = draw(d, c.args()).at(c.span());
                return d == Expr.Distribution.BERNOULLI && c.type().kind() != Type.Kind.BOOLEAN
                        ? new ConditionAsNumberNode(draw) : draw;
            }
        }
        for (Expr.Builtin b : Expr.Builtin.values()) {
            if (b.keyword().equals(name) && b.arity == c.args().size()) return builtin(b, c.args(), c.span());
        }
        return unsupported(c, "the native fn '" + f.name() + "' (this interpreter does not implement it)");
    }

    /**
     * The call, inlined: its arguments (in the caller's bindings) into fresh
     * frame slots, then the fn's body with its parameters bound to them.
     */
    private ExpressionNode inlined(Function f, Expr.Call c) {
        int n = c.args().size();
        ExpressionNode[] args = new ExpressionNode[n];
        int[] slots = new int[n];
        boolean[] conditions = new boolean[n];
        for (int k = 0; k < n; k++) {
            Expr arg = c.args().get(k);
            args[k] = value(arg);
            conditions[k] = arg.type().kind() == Type.Kind.BOOLEAN;
            slots[k] = frameSlots++;
        }
        int[] savedSlots = parameterSlots;
        boolean[] savedConditions = parameterConditions;
        parameterSlots = slots;
        parameterConditions = conditions;
        ExpressionNode body;
        try {
            body = expression(f.body());
        } finally {
            parameterSlots = savedSlots;
            parameterConditions = savedConditions;
        }
        return new InlinedCallNode(args, slots, conditions, body).at(c.span());
    }

    private ExpressionNode builtin(Expr.Builtin builtin, List<Expr> args, Span span) {
        ExpressionNode node = switch (builtin) {
            case MIN -> MinNodeGen.create(number(args.get(0)), number(args.get(1)));
            case MAX -> MaxNodeGen.create(number(args.get(0)), number(args.get(1)));
            case CLAMP -> ClampNodeGen.create(number(args.get(0)), number(args.get(1)), number(args.get(2)));
            case ABS -> AbsNodeGen.create(number(args.get(0)));
            case ROUND -> RoundNodeGen.create(number(args.get(0)));
            case FLOOR -> FloorNodeGen.create(number(args.get(0)));
            case CEIL -> CeilNodeGen.create(number(args.get(0)));
            case SQRT -> SqrtNodeGen.create(number(args.get(0)));
            case EXP -> ExpNodeGen.create(number(args.get(0)));
            case LN -> LnNodeGen.create(number(args.get(0)));
            case LOGISTIC -> LogisticNodeGen.create(number(args.get(0)));
        };
        return node.at(span);
    }

    /** A draw node; bernoulli yields a condition (the caller turns it into 1/0 where a number is wanted). */
    private ExpressionNode draw(Expr.Distribution distribution, List<Expr> args) {
        return switch (distribution) {
            case NORMAL -> NormalNodeGen.create(number(args.get(0)), number(args.get(1)));
            case UNIFORM -> UniformNodeGen.create(number(args.get(0)), number(args.get(1)));
            case TRIANGULAR -> TriangularNodeGen.create(number(args.get(0)), number(args.get(1)), number(args.get(2)));
            case BERNOULLI -> BernoulliNodeGen.create(number(args.get(0)));
        };
    }

    private ExpressionNode unsupported(Expr e, String what) {
        problems.report("E084", e.span(), what);
        return new NumberLiteralNode(Double.NaN).at(e.span());
    }

    /** A bound that is the same in every run and replica (a constant), or NaN when it must be read per replica. */
    private static double constantBound(Expr bound, double none) {
        if (bound == null) return none;
        return dev.marshall.model.Constants.number(bound).orElse(Double.NaN);
    }

    /** Whether the node built for {@code e} yields a truth value rather than a number. */
    private static boolean yieldsCondition(Expr e) {
        if (e instanceof Expr.Draw d && d.distribution() == Expr.Distribution.BERNOULLI) return true;
        return e.type().kind() == Type.Kind.BOOLEAN;
    }

    private static boolean isEvaluable(Type type) {
        return switch (type.kind()) {
            case NUMBER, MONEY, DURATION, MONTH_POINT, BOOLEAN -> true;
            default -> false;
        };
    }
}
