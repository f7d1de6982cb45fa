package dev.marshall.truffle.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.StatementNode;

/** Statements run one after the other, in the order written. */
@NodeInfo(shortName = "block")
public final class BlockNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        for (StatementNode statement : statements) statement.execute(frame);
    }

    /** The statements, in order (for the tree compiler, which reads the tree). */
    public StatementNode[] statements() { return statements.clone(); }
}
