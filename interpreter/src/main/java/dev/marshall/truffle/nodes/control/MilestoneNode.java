package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.MarshallNode;

/** A milestone not yet reached evaluates {@code when}; the first month it holds is the month it is reached. */
@NodeInfo(shortName = "milestone")
public final class MilestoneNode extends MarshallNode {
    private final int milestone;
    @Child private ExpressionNode when;

    public MilestoneNode(int milestone, ExpressionNode when) {
        this.milestone = milestone;
        this.when = when;
    }

    void execute(VirtualFrame frame, RunState run) {
        if (run.reached[milestone] == 0 && when.condition(frame)) run.reached[milestone] = run.month;
    }
}
