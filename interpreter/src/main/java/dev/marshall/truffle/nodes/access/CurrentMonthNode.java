package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code month}: the current month of the run, 1-based (0 while starting values are sampled). */
@NodeInfo(shortName = "month")
public final class CurrentMonthNode extends ExpressionNode {

    @Override
    public double executeDouble(VirtualFrame frame) {
        return runState(frame).month;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }
}
