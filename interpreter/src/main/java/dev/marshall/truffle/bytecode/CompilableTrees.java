package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.nodes.Node;
import dev.marshall.model.Expr.AggregateKind;
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
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link TreeCompiler} writes as Java code and what it leaves to the nodes: for each node, the
 * kind of value it yields, whether the compiler knows it, and its children in the order the node
 * evaluates them. The pass ({@link BytecodePass}) asks it how large a tree is and which nodes the
 * generated code will call (the escapes), whose own children are compiled in turn.
 */
final class CompilableTrees {
    private CompilableTrees() {}

    /** What a parent asks of a child: a number, a condition, or (of a statement) to run. */
    enum Kind { NUMBER, CONDITION, STATEMENT }

    /** The kind of value a node yields, or null when the node alone does not tell. */
    static Kind kindOf(Node n) {
        if (n instanceof NumberLiteralNode || n instanceof AddNode || n instanceof SubtractNode || n instanceof MultiplyNode
                || n instanceof DivideNode || n instanceof NegateNode || n instanceof StateReadNode || n instanceof FiniteNode
                || n instanceof ConditionAsNumberNode || n instanceof AggregateNode) return Kind.NUMBER;
        if (n instanceof BooleanLiteralNode || n instanceof GreaterNode || n instanceof GreaterEqualNode || n instanceof LessNode
                || n instanceof LessEqualNode || n instanceof EqualNode || n instanceof NotEqualNode || n instanceof AndNode
                || n instanceof OrNode || n instanceof NotNode || n instanceof BernoulliNode) return Kind.CONDITION;
        if (n instanceof LocalReadNode l) return l.holdsCondition() ? Kind.CONDITION : Kind.NUMBER;
        if (n instanceof ParamReadNode p) return p.holdsCondition() ? Kind.CONDITION : Kind.NUMBER;
        if (n instanceof BlockNode || n instanceof IfNode || n instanceof AssignNode) return Kind.STATEMENT;
        if (n instanceof ConditionalNode c) return kindOf(c.whenTrue());
        if (n instanceof InlinedCallNode call) return kindOf(call.body());
        return null;
    }

    /** Whether the generated code evaluates {@code n} itself, as {@code kind}; if not, it calls the node. */
    static boolean compiles(Node n, Kind kind) {
        if (n instanceof ConditionalNode || n instanceof InlinedCallNode || n instanceof ParamReadNode) return true;
        if (n instanceof LocalReadNode l) return l.holdsCondition() == (kind == Kind.CONDITION);
        if (n instanceof EqualNode || n instanceof NotEqualNode) {
            BinaryNode b = (BinaryNode) n;
            return kind == Kind.CONDITION && kindOf(b.getLeft()) != null && kindOf(b.getLeft()) == kindOf(b.getRight());
        }
        Kind own = kindOf(n);
        return own != null && own == kind;
    }

    /** A child and the kind its parent asks it for. */
    record Operand(Node node, Kind kind) {}

    /** The children of a node the generated code evaluates itself, in the order the node evaluates them. */
    static List<Operand> operands(Node n, Kind kind) {
        if (n instanceof BlockNode block) {
            List<Operand> all = new ArrayList<>();
            for (StatementNode statement : block.statements()) all.add(new Operand(statement, Kind.STATEMENT));
            return all;
        }
        if (n instanceof IfNode branch) {
            return List.of(new Operand(branch.conditionNode(), Kind.CONDITION), new Operand(branch.whenTrue(), Kind.STATEMENT),
                    new Operand(branch.whenFalse(), Kind.STATEMENT));
        }
        if (n instanceof AssignNode assign) return List.of(new Operand(assign.value(), Kind.NUMBER));
        if (n instanceof AggregateNode aggregate) {
            return List.of(new Operand(aggregate.body(), aggregate.kind() == AggregateKind.COUNT ? Kind.CONDITION : Kind.NUMBER));
        }
        if (n instanceof BernoulliNode draw) return List.of(new Operand(draw.getP(), Kind.NUMBER));
        if (n instanceof EqualNode || n instanceof NotEqualNode) {
            BinaryNode b = (BinaryNode) n;
            Kind k = kindOf(b.getLeft());
            return List.of(new Operand(b.getLeft(), k), new Operand(b.getRight(), k));
        }
        if (n instanceof BinaryNode b) return List.of(new Operand(b.getLeft(), Kind.NUMBER), new Operand(b.getRight(), Kind.NUMBER));
        if (n instanceof NegateNode neg) return List.of(new Operand(neg.getOperand(), Kind.NUMBER));
        if (n instanceof NotNode not) return List.of(new Operand(not.getOperand(), Kind.CONDITION));
        if (n instanceof AndNode and) return List.of(new Operand(and.left(), Kind.CONDITION), new Operand(and.right(), Kind.CONDITION));
        if (n instanceof OrNode or) return List.of(new Operand(or.left(), Kind.CONDITION), new Operand(or.right(), Kind.CONDITION));
        if (n instanceof ConditionalNode c) {
            return List.of(new Operand(c.conditionNode(), Kind.CONDITION), new Operand(c.whenTrue(), kind), new Operand(c.whenFalse(), kind));
        }
        if (n instanceof ConditionAsNumberNode c) return List.of(new Operand(c.conditionNode(), Kind.CONDITION));
        if (n instanceof FiniteNode f) return List.of(new Operand(f.valueNode(), Kind.NUMBER));
        if (n instanceof InlinedCallNode call) {
            List<Operand> all = new ArrayList<>();
            ExpressionNode[] arguments = call.arguments();
            boolean[] conditions = call.argumentConditions();
            for (int i = 0; i < arguments.length; i++) all.add(new Operand(arguments[i], conditions[i] ? Kind.CONDITION : Kind.NUMBER));
            all.add(new Operand(call.body(), kind));
            return all;
        }
        return List.of();
    }

    /** How many nodes of the tree the generated code evaluates itself (escapes and what is under them count 0). */
    static int size(Node n, Kind kind) {
        if (!compiles(n, kind)) return 0;
        int size = 1;
        for (Operand o : operands(n, kind)) size += size(o.node(), o.kind());
        return size;
    }

    /** The escapes of a compiled tree: the nodes it calls, whose children are compiled separately. */
    static List<Node> escapes(Node n, Kind kind) {
        List<Node> found = new ArrayList<>();
        collectEscapes(n, kind, found);
        return found;
    }

    private static void collectEscapes(Node n, Kind kind, List<Node> found) {
        if (!compiles(n, kind)) {
            found.add(n);
            return;
        }
        for (Operand o : operands(n, kind)) collectEscapes(o.node(), o.kind(), found);
    }

    static boolean readsRunState(Node n, Kind kind) {
        if (!compiles(n, kind)) return false;
        if (n instanceof ParamReadNode || n instanceof StateReadNode || n instanceof AssignNode || n instanceof AggregateNode
                || n instanceof BernoulliNode) return true;
        for (Operand o : operands(n, kind)) if (readsRunState(o.node(), o.kind())) return true;
        return false;
    }
}
