package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * A cluster property of the current replica, as sampled at the start of the
 * run. A property holding a condition is stored as 1 or 0.
 */
@NodeInfo(shortName = "property")
public final class PropertyReadNode extends ExpressionNode {
    private final int cluster;
    private final int property;
    private final int stride;
    private final boolean condition;

    public PropertyReadNode(int cluster, int property, int stride, boolean condition) {
        this.cluster = cluster;
        this.property = property;
        this.stride = stride;
        this.condition = condition;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        RunState run = runState(frame);
        return run.properties[cluster][run.replica[cluster] * stride + property];
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return executeDouble(frame) != 0;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return condition ? (Object) executeBoolean(frame) : (Object) executeDouble(frame);
    }
}
