package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.InterventionStatus.Status;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * {@code i.active}, {@code i.started}, {@code i.finished}, as scheduled for the
 * current month: active while it runs this month, started once it has run in
 * this or an earlier month, finished once its last active month is past.
 */
@NodeInfo(shortName = "status")
public final class InterventionStatusNode extends ExpressionNode {
    private final int intervention;
    private final Status status;

    public InterventionStatusNode(int intervention, Status status) {
        this.intervention = intervention;
        this.status = status;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        RunState run = runState(frame);
        int start = run.started[intervention];
        if (start == 0) return false;
        return switch (status) {
            case ACTIVE -> run.isActive(intervention);
            case STARTED -> start <= run.month;
            case FINISHED -> run.ends[intervention] < run.month;
        };
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
