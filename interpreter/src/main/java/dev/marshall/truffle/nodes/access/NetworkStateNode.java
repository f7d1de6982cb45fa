package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.NetworkState.Field;
import dev.marshall.run.NetworkGrowth;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * {@code n.firms}, {@code n.strength}, {@code n.active}: where network {@code n}
 * stands this month, as {@link NetworkGrowth} (shared with the reference engine)
 * grew it at the start of the month.
 */
@NodeInfo(shortName = "network")
public final class NetworkStateNode extends ExpressionNode {
    private final int network;
    private final Field field;

    public NetworkStateNode(int network, Field field) {
        this.network = network;
        this.field = field;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        RunState run = runState(frame);
        return switch (field) {
            case FIRMS -> run.networkFirms[network];
            case STRENGTH -> run.networkStrength[network];
            case ACTIVE -> NetworkGrowth.isActive(run, network) ? 1 : 0;
        };
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return NetworkGrowth.isActive(runState(frame), network);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return field == Field.ACTIVE ? (Object) executeBoolean(frame) : (Object) executeDouble(frame);
    }
}
