package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * A {@code param}: the value sampled (or fixed with {@code --set}) for this
 * run. A param holding a condition is stored as 1 or 0.
 */
@NodeInfo(shortName = "param")
public final class ParamReadNode extends ExpressionNode {
    private final int param;
    private final boolean condition;

    public ParamReadNode(int param, boolean condition) {
        this.param = param;
        this.condition = condition;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return runState(frame).params[param];
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return executeDouble(frame) != 0;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return condition ? (Object) executeBoolean(frame) : (Object) executeDouble(frame);
    }

    /** The index of the param in the run's {@code params}. */
    public int param() { return param; }

    /** Whether the param holds a condition (stored as 1 or 0). */
    public boolean holdsCondition() { return condition; }
}
