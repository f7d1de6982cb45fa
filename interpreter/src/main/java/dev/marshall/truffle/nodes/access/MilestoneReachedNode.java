package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code m.reached}: whether milestone {@code m} has been reached, this month or earlier. */
@NodeInfo(shortName = "reached")
public final class MilestoneReachedNode extends ExpressionNode {
    private final int milestone;

    public MilestoneReachedNode(int milestone) {
        this.milestone = milestone;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return runState(frame).reached[milestone] != 0;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
