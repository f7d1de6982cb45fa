package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * An expression tree evaluated by one generated Java method ({@link TreeCompiler}) instead of
 * node by node. The tree it replaces stays here as a child, never executed: its nodes keep their
 * parents, so the escapes the generated code calls still find their root, and an error raised at
 * one of its nodes is located at that node's span, exactly as before.
 */
@NodeInfo(shortName = "compiled")
public final class CompiledExpressionNode extends ExpressionNode {
    @Child private ExpressionNode tree;
    private final CompiledCode code;
    private final boolean condition;

    CompiledExpressionNode(ExpressionNode tree, CompiledCode code, boolean condition) {
        this.tree = tree;
        this.code = code;
        this.condition = condition;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return code.number(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return code.condition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return condition ? (Object) code.condition(frame) : (Object) code.number(frame);
    }

    /** The tree this node evaluates (as it was, for tests and tools). */
    public ExpressionNode tree() {
        return tree;
    }
}
