package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.StatementNode;

/**
 * A block of statements (an intervention's {@code each month}, an {@code if}, an assignment) run by
 * one generated Java method ({@link TreeCompiler}) instead of node by node. As in
 * {@link CompiledExpressionNode}, the tree it replaces stays here as a child, never executed, so
 * escapes and errors keep their places.
 */
@NodeInfo(shortName = "compiled")
public final class CompiledStatementNode extends StatementNode {
    @Child private StatementNode tree;
    private final CompiledCode code;

    CompiledStatementNode(StatementNode tree, CompiledCode code) {
        this.tree = tree;
        this.code = code;
    }

    @Override
    public void execute(VirtualFrame frame) {
        code.execute(frame);
    }

    /** The tree this node runs (as it was, for tests and tools). */
    public StatementNode tree() {
        return tree;
    }
}
