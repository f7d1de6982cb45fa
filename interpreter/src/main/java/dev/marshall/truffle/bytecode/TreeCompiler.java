package dev.marshall.truffle.bytecode;

import static dev.marshall.truffle.bytecode.CompilableTrees.compiles;
import static dev.marshall.truffle.bytecode.CompilableTrees.operands;
import static dev.marshall.truffle.bytecode.CompilableTrees.readsRunState;
import static org.objectweb.asm.Opcodes.*;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import dev.marshall.model.Expr.AggregateKind;
import dev.marshall.run.RunState;
import dev.marshall.truffle.bytecode.CompilableTrees.Kind;
import dev.marshall.truffle.bytecode.CompilableTrees.Operand;
import dev.marshall.truffle.builtins.BernoulliNode;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.StatementNode;
import dev.marshall.truffle.nodes.statements.AssignNode;
import dev.marshall.truffle.nodes.statements.BlockNode;
import dev.marshall.truffle.nodes.statements.IfNode;
import dev.marshall.truffle.nodes.access.LocalReadNode;
import dev.marshall.truffle.nodes.access.ParamReadNode;
import dev.marshall.truffle.nodes.access.StateReadNode;
import dev.marshall.truffle.nodes.expressions.AddNode;
import dev.marshall.truffle.nodes.expressions.AggregateNode;
import dev.marshall.truffle.nodes.expressions.AndNode;
import dev.marshall.truffle.nodes.expressions.BinaryNode;
import dev.marshall.truffle.nodes.expressions.ConditionAsNumberNode;
import dev.marshall.truffle.nodes.expressions.ConditionalNode;
import dev.marshall.truffle.nodes.expressions.DivideNode;
import dev.marshall.truffle.nodes.expressions.EqualNode;
import dev.marshall.truffle.nodes.expressions.FiniteNode;
import dev.marshall.truffle.nodes.expressions.GreaterEqualNode;
import dev.marshall.truffle.nodes.expressions.GreaterNode;
import dev.marshall.truffle.nodes.expressions.InlinedCallNode;
import dev.marshall.truffle.nodes.expressions.LessEqualNode;
import dev.marshall.truffle.nodes.expressions.LessNode;
import dev.marshall.truffle.nodes.expressions.MultiplyNode;
import dev.marshall.truffle.nodes.expressions.NegateNode;
import dev.marshall.truffle.nodes.expressions.NotEqualNode;
import dev.marshall.truffle.nodes.expressions.NotNode;
import dev.marshall.truffle.nodes.expressions.OrNode;
import dev.marshall.truffle.nodes.expressions.SubtractNode;
import dev.marshall.truffle.nodes.literals.BooleanLiteralNode;
import dev.marshall.truffle.nodes.literals.NumberLiteralNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Compiles a tree of the run (an intervention's monthly block, an expression) into one Java method,
 * so that on the fallback runtime HotSpot compiles a programme's arithmetic as it compiles
 * hand-written Java, instead of running a virtual call per node whose target it cannot predict (the
 * node evaluator's cost: a JFR profile of {@code simulate orissa} had most of its samples in that
 * dispatch). The class is hidden ({@code Lookup.defineHiddenClass}): it is unloaded with the
 * translation that holds it.
 *
 * <p>The generated code does exactly what the nodes do, in the same order: operands left to right,
 * {@code and}/{@code or}/{@code if} evaluating only what the nodes evaluate, an inlined fn's
 * arguments written to the same frame slots before its body, the same Java double arithmetic (so the
 * same figures, bit for bit), and the same errors at the same nodes (E080, E083, E085, E086). A node
 * it does not know (a builtin other than {@code bernoulli}, another draw, a fn call that stays a call,
 * a milestone's or intervention's status) is an <em>escape</em>: the generated code calls that node,
 * whose own children may be compiled trees in turn.
 */
public final class TreeCompiler {
    private static final String FRAME = Type.getInternalName(Frame.class);
    private static final String VIRTUAL_FRAME = Type.getDescriptor(VirtualFrame.class);
    private static final String NODE = Type.getInternalName(Node.class);
    private static final String EXPRESSION = Type.getInternalName(ExpressionNode.class);
    private static final String STATEMENT = Type.getInternalName(StatementNode.class);
    private static final String RUN = Type.getInternalName(RunState.class);
    private static final String SUPPORT = Type.getInternalName(CompiledSupport.class);
    private static final String BASE = Type.getInternalName(CompiledCode.class);
    private static final String NAME = BASE.substring(0, BASE.lastIndexOf('/') + 1) + "Compiled";

    /** Local variables of the generated method: 0 this, 1 the frame, 2 the nodes, 3 the run's state. */
    private static final int NODES = 2;
    private static final int RUN_STATE = 3;

    private final List<Node> nodes = new ArrayList<>();
    private MethodVisitor code;
    private int nextLocal = 4;

    private TreeCompiler() {}

    /**
     * HotSpot does not JIT-compile a method of more than 8 000 bytes of bytecode (unless run with
     * {@code -XX:-DontCompileHugeMethods}): such a method would be interpreted for good, slower than
     * the nodes. A class file no larger than this holds no method larger than this.
     */
    static final int MAX_CLASS_BYTES = 8_000;

    /**
     * The node that runs {@code tree} (a tree that yields {@code kind}) with generated code, or null
     * when the generated method would be too large for HotSpot to compile (then its parts are
     * compiled instead).
     */
    static Node compile(Node tree, Kind kind) {
        TreeCompiler compiler = new TreeCompiler();
        byte[] bytes = compiler.generate(tree, kind);
        if (bytes.length > MAX_CLASS_BYTES) return null;
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            CompiledCode instance = (CompiledCode) hidden
                    .findConstructor(hidden.lookupClass(), MethodType.methodType(void.class, Node[].class))
                    .invoke(compiler.nodes.toArray(Node[]::new));
            if (kind == Kind.STATEMENT) return new CompiledStatementNode((StatementNode) tree, instance).at(((StatementNode) tree).span());
            return new CompiledExpressionNode((ExpressionNode) tree, instance, kind == Kind.CONDITION).at(((ExpressionNode) tree).span());
        } catch (LinkageError e) {
            // A class the JVM refuses is a defect of this compiler; the nodes still compute the same
            // figures, so the tree stays as it is rather than stopping the user's simulation.
            return null;
        } catch (Throwable e) {
            throw new IllegalStateException("the generated class could not be instantiated", e);
        }
    }

    // ---------------------------------------------------------------- the class

    private byte[] generate(Node tree, Kind kind) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            /** Frames only ever merge identical types here; never load classes to find out. */
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return a.equals(b) ? a : "java/lang/Object";
            }
        };
        writer.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, BASE, null);

        MethodVisitor init = writer.visitMethod(ACC_PUBLIC, "<init>", "([L" + NODE + ";)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "([L" + NODE + ";)V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        String name = switch (kind) { case NUMBER -> "number"; case CONDITION -> "condition"; case STATEMENT -> "execute"; };
        code = writer.visitMethod(ACC_PUBLIC, name, "(" + VIRTUAL_FRAME + ")" + returned(kind), null, null);
        code.visitCode();
        code.visitVarInsn(ALOAD, 0);
        code.visitFieldInsn(GETFIELD, BASE, "nodes", "[L" + NODE + ";");
        code.visitVarInsn(ASTORE, NODES);
        if (readsRunState(tree, kind)) {
            code.visitVarInsn(ALOAD, 1);
            code.visitMethodInsn(INVOKESTATIC, SUPPORT, "run", "(" + VIRTUAL_FRAME + ")L" + RUN + ";", false);
            code.visitVarInsn(ASTORE, RUN_STATE);
        }
        emit(tree, kind);
        code.visitInsn(switch (kind) { case NUMBER -> DRETURN; case CONDITION -> IRETURN; case STATEMENT -> RETURN; });
        code.visitMaxs(0, 0);
        code.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static String returned(Kind kind) {
        return switch (kind) { case NUMBER -> "D"; case CONDITION -> "Z"; case STATEMENT -> "V"; };
    }

    /** Leaves the value of {@code n} as {@code kind} on the stack: a double, an int 0/1, or (a statement) nothing. */
    private void emit(Node n, Kind kind) {
        if (!compiles(n, kind)) {
            escape(n, kind);
            return;
        }
        switch (n) {
            case NumberLiteralNode literal -> code.visitLdcInsn(literal.value());
            case BooleanLiteralNode literal -> code.visitInsn(literal.value() ? ICONST_1 : ICONST_0);
            case LocalReadNode local -> {
                code.visitVarInsn(ALOAD, 1);
                push(local.slot());
                code.visitMethodInsn(INVOKEINTERFACE, FRAME, kind == Kind.NUMBER ? "getDouble" : "getBoolean", kind == Kind.NUMBER ? "(I)D" : "(I)Z", true);
            }
            case ParamReadNode param -> {
                code.visitVarInsn(ALOAD, RUN_STATE);
                code.visitFieldInsn(GETFIELD, RUN, "params", "[D");
                push(param.param());
                code.visitInsn(DALOAD);
                if (kind == Kind.CONDITION) {
                    code.visitInsn(DCONST_0);
                    code.visitInsn(DCMPL);
                    truth(IFEQ);
                }
            }
            case StateReadNode state -> {
                statesOf(state.cluster());
                slotOf(state.cluster(), state.stride(), state.state());
                code.visitInsn(DALOAD);
            }
            case AddNode add -> arithmetic(add, DADD);
            case SubtractNode subtract -> arithmetic(subtract, DSUB);
            case MultiplyNode multiply -> arithmetic(multiply, DMUL);
            case DivideNode divide -> {
                operandsOf(divide, kind);
                code.visitInsn(DUP2);
                refuseZero(divide, "byZero");
                code.visitInsn(DDIV);
            }
            case NegateNode negate -> {
                operandsOf(negate, kind);
                code.visitInsn(DNEG);
            }
            // As javac compiles them: an unordered comparison (NaN) is false, except for !=.
            case GreaterNode greater -> comparison(greater, DCMPL, IFLE);
            case GreaterEqualNode greaterEqual -> comparison(greaterEqual, DCMPL, IFLT);
            case LessNode less -> comparison(less, DCMPG, IFGE);
            case LessEqualNode lessEqual -> comparison(lessEqual, DCMPG, IFGT);
            case EqualNode equal -> equality(equal, true);
            case NotEqualNode notEqual -> equality(notEqual, false);
            case NotNode not -> {
                operandsOf(not, kind);
                code.visitInsn(ICONST_1);
                code.visitInsn(IXOR);
            }
            // a and b: if a then b else false; a or b: if a then true else b (b evaluated only then).
            case AndNode and -> branch(holds(and.left()), () -> emit(and.right(), Kind.CONDITION), () -> code.visitInsn(ICONST_0));
            case OrNode or -> branch(holds(or.left()), () -> code.visitInsn(ICONST_1), () -> emit(or.right(), Kind.CONDITION));
            case ConditionalNode conditional -> branch(holds(conditional.conditionNode()),
                    () -> emit(conditional.whenTrue(), kind), () -> emit(conditional.whenFalse(), kind));
            case ConditionAsNumberNode asNumber -> branch(holds(asNumber.conditionNode()),
                    () -> code.visitInsn(DCONST_1), () -> code.visitInsn(DCONST_0));
            case FiniteNode finite -> {
                emit(finite.valueNode(), Kind.NUMBER);
                code.visitInsn(DUP2);
                code.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "isFinite", "(D)Z", false);
                Label finiteValue = new Label();
                code.visitJumpInsn(IFNE, finiteValue);
                int value = local(2);
                code.visitVarInsn(DSTORE, value);
                nodeAt(finite);
                code.visitVarInsn(DLOAD, value);
                code.visitMethodInsn(INVOKESTATIC, SUPPORT, "notFinite", "(L" + NODE + ";D)Ljava/lang/RuntimeException;", false);
                code.visitInsn(ATHROW);
                code.visitLabel(finiteValue);
            }
            case InlinedCallNode call -> {
                ExpressionNode[] arguments = call.arguments();
                int[] slots = call.slots();
                boolean[] conditions = call.argumentConditions();
                for (int i = 0; i < arguments.length; i++) {
                    // Each argument is written to its slot before the next is evaluated, as the node binds them.
                    emit(arguments[i], conditions[i] ? Kind.CONDITION : Kind.NUMBER);
                    int value = local(conditions[i] ? 1 : 2);
                    code.visitVarInsn(conditions[i] ? ISTORE : DSTORE, value);
                    code.visitVarInsn(ALOAD, 1);
                    push(slots[i]);
                    code.visitVarInsn(conditions[i] ? ILOAD : DLOAD, value);
                    code.visitMethodInsn(INVOKEINTERFACE, FRAME, conditions[i] ? "setBoolean" : "setDouble", conditions[i] ? "(IZ)V" : "(ID)V", true);
                }
                emit(call.body(), kind);
            }
            case BlockNode block -> {
                for (StatementNode statement : block.statements()) emit(statement, Kind.STATEMENT);
            }
            case IfNode conditional -> branch(holds(conditional.conditionNode()),
                    () -> emit(conditional.whenTrue(), Kind.STATEMENT), () -> emit(conditional.whenFalse(), Kind.STATEMENT));
            case AssignNode assign -> assignment(assign);
            case AggregateNode aggregate -> aggregation(aggregate);
            case BernoulliNode draw -> {
                emit(draw.getP(), Kind.NUMBER);
                int p = local(2);
                code.visitVarInsn(DSTORE, p);
                nodeAt(draw);
                code.visitVarInsn(ALOAD, RUN_STATE);
                code.visitVarInsn(DLOAD, p);
                code.visitMethodInsn(INVOKESTATIC, SUPPORT, "bernoulli", "(L" + NODE + ";L" + RUN + ";D)Z", false);
            }
            default -> throw new IllegalStateException("compiles() accepted a node emit() does not know: " + n.getClass().getName());
        }
    }

    /**
     * What {@link AssignNode#execute} does, in its order: the value, then the replica's slot, the
     * operation (E080 for {@code /= 0}), E085 for a result that is not a number, then the clamp to
     * the state's range with the same {@code Math.max}/{@code Math.min}.
     */
    private void assignment(AssignNode assign) {
        emit(assign.value(), Kind.NUMBER);
        int value = local(2);
        code.visitVarInsn(DSTORE, value);
        int slot = local(1);
        slotOf(assign.cluster(), assign.stride(), assign.state());
        code.visitVarInsn(ISTORE, slot);
        int states = local(1);
        statesOf(assign.cluster());
        code.visitVarInsn(ASTORE, states);
        // updated, left on the stack
        switch (assign.op()) {
            case SET -> code.visitVarInsn(DLOAD, value);
            case ADD, SUBTRACT, MULTIPLY -> {
                oldValue(states, slot);
                code.visitVarInsn(DLOAD, value);
                code.visitInsn(switch (assign.op()) { case ADD -> DADD; case SUBTRACT -> DSUB; default -> DMUL; });
            }
            case DIVIDE -> {
                code.visitVarInsn(DLOAD, value);
                refuseZero(assign, "byZeroInAssignment");
                oldValue(states, slot);
                code.visitVarInsn(DLOAD, value);
                code.visitInsn(DDIV);
            }
        }
        int updated = local(2);
        code.visitVarInsn(DSTORE, updated);
        code.visitVarInsn(DLOAD, updated);
        code.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "isNaN", "(D)Z", false);
        Label defined = new Label();
        code.visitJumpInsn(IFEQ, defined);
        nodeAt(assign);
        code.visitMethodInsn(INVOKESTATIC, SUPPORT, "undefined", "(L" + NODE + ";)Ljava/lang/RuntimeException;", false);
        code.visitInsn(ATHROW);
        code.visitLabel(defined);
        // states[slot] = Math.max(low, Math.min(high, updated))
        code.visitVarInsn(ALOAD, states);
        code.visitVarInsn(ILOAD, slot);
        bound(assign.constantLow(), "low", assign.cluster(), slot);
        bound(assign.constantHigh(), "high", assign.cluster(), slot);
        code.visitVarInsn(DLOAD, updated);
        code.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(DD)D", false);
        code.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(DD)D", false);
        code.visitInsn(DASTORE);
    }

    /**
     * What {@link AggregateNode#executeDouble} does: the body once per replica, in replica order, with
     * that replica current; the replica that was current before restored afterwards.
     */
    private void aggregation(AggregateNode aggregate) {
        AggregateKind kind = aggregate.kind();
        int saved = local(1);
        replicaOf(aggregate.cluster());
        code.visitInsn(IALOAD);
        code.visitVarInsn(ISTORE, saved);
        int result = local(2);
        code.visitLdcInsn(switch (kind) {
            case SUM, MEAN, COUNT -> 0.0;
            case MIN -> Double.POSITIVE_INFINITY;
            case MAX -> Double.NEGATIVE_INFINITY;
        });
        code.visitVarInsn(DSTORE, result);
        int r = local(1);
        code.visitInsn(ICONST_0);
        code.visitVarInsn(ISTORE, r);
        Label test = new Label();
        Label body = new Label();
        code.visitJumpInsn(GOTO, test);
        code.visitLabel(body);
        replicaOf(aggregate.cluster());
        code.visitVarInsn(ILOAD, r);
        code.visitInsn(IASTORE);
        switch (kind) {
            case SUM, MEAN -> {
                code.visitVarInsn(DLOAD, result);
                emit(aggregate.body(), Kind.NUMBER);
                code.visitInsn(DADD);
            }
            case MIN, MAX -> {
                code.visitVarInsn(DLOAD, result);
                emit(aggregate.body(), Kind.NUMBER);
                code.visitMethodInsn(INVOKESTATIC, "java/lang/Math", kind == AggregateKind.MIN ? "min" : "max", "(DD)D", false);
            }
            case COUNT -> {
                Label not = new Label();
                Label counted = new Label();
                emit(aggregate.body(), Kind.CONDITION);
                code.visitJumpInsn(IFEQ, not);
                code.visitVarInsn(DLOAD, result);
                code.visitInsn(DCONST_1);
                code.visitInsn(DADD);
                code.visitJumpInsn(GOTO, counted);
                code.visitLabel(not);
                code.visitVarInsn(DLOAD, result);
                code.visitLabel(counted);
            }
        }
        code.visitVarInsn(DSTORE, result);
        code.visitIincInsn(r, 1);
        code.visitLabel(test);
        code.visitVarInsn(ILOAD, r);
        push(aggregate.replicas());
        code.visitJumpInsn(IF_ICMPLT, body);
        replicaOf(aggregate.cluster());
        code.visitVarInsn(ILOAD, saved);
        code.visitInsn(IASTORE);
        code.visitVarInsn(DLOAD, result);
        if (kind == AggregateKind.MEAN) {
            code.visitLdcInsn((double) aggregate.replicas());
            code.visitInsn(DDIV);
        }
    }

    /** Pushes {@code run.states[cluster]}: the cluster's states, every replica's in a row. */
    private void statesOf(int cluster) {
        code.visitVarInsn(ALOAD, RUN_STATE);
        code.visitFieldInsn(GETFIELD, RUN, "states", "[[D");
        push(cluster);
        code.visitInsn(AALOAD);
    }

    /** Pushes the index of a state of the current replica: {@code run.replica[cluster] * stride + state}. */
    private void slotOf(int cluster, int stride, int state) {
        replicaOf(cluster);
        code.visitInsn(IALOAD);
        push(stride);
        code.visitInsn(IMUL);
        push(state);
        code.visitInsn(IADD);
    }

    /** Pushes {@code run.replica} and the cluster's index into it. */
    private void replicaOf(int cluster) {
        code.visitVarInsn(ALOAD, RUN_STATE);
        code.visitFieldInsn(GETFIELD, RUN, "replica", "[I");
        push(cluster);
    }

    /**
     * Consumes the divisor on the stack: when it is zero (or -0), throws the error that {@code
     * CompiledSupport.<error>} makes at {@code node} (E080); NaN divides, as in the nodes.
     */
    private void refuseZero(Node node, String error) {
        code.visitInsn(DCONST_0);
        code.visitInsn(DCMPL);
        Label divides = new Label();
        code.visitJumpInsn(IFNE, divides);
        nodeAt(node);
        code.visitMethodInsn(INVOKESTATIC, SUPPORT, error, "(L" + NODE + ";)Ljava/lang/RuntimeException;", false);
        code.visitInsn(ATHROW);
        code.visitLabel(divides);
    }

    private void oldValue(int states, int slot) {
        code.visitVarInsn(ALOAD, states);
        code.visitVarInsn(ILOAD, slot);
        code.visitInsn(DALOAD);
    }

    /** A state's bound: the constant, or (NaN) {@code run.low[cluster][slot]} / {@code run.high[cluster][slot]}. */
    private void bound(double constant, String field, int cluster, int slot) {
        if (!Double.isNaN(constant)) {
            code.visitLdcInsn(constant);
            return;
        }
        code.visitVarInsn(ALOAD, RUN_STATE);
        code.visitFieldInsn(GETFIELD, RUN, field, "[[D");
        push(cluster);
        code.visitInsn(AALOAD);
        code.visitVarInsn(ILOAD, slot);
        code.visitInsn(DALOAD);
    }

    private void operandsOf(Node n, Kind kind) {
        for (Operand o : operands(n, kind)) emit(o.node(), o.kind());
    }

    private void arithmetic(BinaryNode n, int instruction) {
        operandsOf(n, Kind.NUMBER);
        code.visitInsn(instruction);
    }

    private void comparison(BinaryNode n, int compare, int jumpWhenFalse) {
        operandsOf(n, Kind.CONDITION);
        code.visitInsn(compare);
        truth(jumpWhenFalse);
    }

    private void equality(BinaryNode n, boolean equal) {
        List<Operand> both = operands(n, Kind.CONDITION);
        operandsOf(n, Kind.CONDITION);
        if (both.get(0).kind() == Kind.NUMBER) {
            code.visitInsn(DCMPL);
            truth(equal ? IFNE : IFEQ);
        } else {
            branch(no -> code.visitJumpInsn(equal ? IF_ICMPNE : IF_ICMPEQ, no), () -> code.visitInsn(ICONST_1), () -> code.visitInsn(ICONST_0));
        }
    }

    /** Consumes an int on the stack: pushes 0 when {@code jumpWhenFalse} jumps on it, else 1. */
    private void truth(int jumpWhenFalse) {
        branch(no -> code.visitJumpInsn(jumpWhenFalse, no), () -> code.visitInsn(ICONST_1), () -> code.visitInsn(ICONST_0));
    }

    /**
     * The one branching shape of the generated code: {@code test} jumps to the label it is given when
     * the condition does not hold; then {@code whenTrue}, else {@code whenFalse}.
     */
    private void branch(Consumer<Label> test, Runnable whenTrue, Runnable whenFalse) {
        Label otherwise = new Label();
        Label end = new Label();
        test.accept(otherwise);
        whenTrue.run();
        code.visitJumpInsn(GOTO, end);
        code.visitLabel(otherwise);
        whenFalse.run();
        code.visitLabel(end);
    }

    /** The test of {@link #branch} for a condition: evaluated, then a jump when it does not hold. */
    private Consumer<Label> holds(Node condition) {
        return otherwise -> {
            emit(condition, Kind.CONDITION);
            code.visitJumpInsn(IFEQ, otherwise);
        };
    }

    /** Calls a node the generated code does not evaluate itself. */
    private void escape(Node n, Kind kind) {
        nodeAt(n);
        if (kind == Kind.STATEMENT) {
            code.visitTypeInsn(CHECKCAST, STATEMENT);
            code.visitVarInsn(ALOAD, 1);
            code.visitMethodInsn(INVOKEVIRTUAL, STATEMENT, "execute", "(" + VIRTUAL_FRAME + ")V", false);
            return;
        }
        code.visitTypeInsn(CHECKCAST, EXPRESSION);
        code.visitVarInsn(ALOAD, 1);
        code.visitMethodInsn(INVOKEVIRTUAL, EXPRESSION, kind == Kind.NUMBER ? "number" : "condition",
                "(" + VIRTUAL_FRAME + ")" + returned(kind), false);
    }

    /** Pushes {@code n} from the nodes array (each node gets one index). */
    private void nodeAt(Node n) {
        int index = nodes.indexOf(n);
        if (index < 0) {
            index = nodes.size();
            nodes.add(n);
        }
        code.visitVarInsn(ALOAD, NODES);
        push(index);
        code.visitInsn(AALOAD);
    }

    private void push(int value) {
        if (value >= -1 && value <= 5) code.visitInsn(ICONST_0 + value);
        else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) code.visitIntInsn(BIPUSH, value);
        else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) code.visitIntInsn(SIPUSH, value);
        else code.visitLdcInsn(value);
    }

    private int local(int width) {
        int at = nextLocal;
        nextLocal += width;
        return at;
    }
}
