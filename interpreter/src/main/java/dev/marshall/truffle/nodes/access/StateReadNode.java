package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;

/** A cluster state of the current replica: {@code states[cluster][replica * stride + state]}. */
@NodeInfo(shortName = "state")
public final class StateReadNode extends ExpressionNode {
    private final int cluster;
    private final int state;
    private final int stride;

    public StateReadNode(int cluster, int state, int stride) {
        this.cluster = cluster;
        this.state = state;
        this.stride = stride;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        RunState run = runState(frame);
        return run.states[cluster][run.replica[cluster] * stride + state];
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }

    /** The cluster whose state is read. */
    public int cluster() { return cluster; }

    /** The state's index within a replica's states. */
    public int state() { return state; }

    /** How many states each replica of the cluster has. */
    public int stride() { return stride; }
}
