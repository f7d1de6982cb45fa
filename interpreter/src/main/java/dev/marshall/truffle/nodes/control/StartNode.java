package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.StatementNode;

/**
 * The start of a run, in this order: every {@code param} (in declaration
 * order; one fixed with {@code --set} still draws its sample and then
 * discards it, so that the other random numbers of each run stay the same
 * and two {@code --set} values are compared on like runs); then, cluster by
 * cluster and replica by replica, every numeric property; then, again
 * cluster by cluster and replica by replica, each state's range and its
 * initial value (so both may use any cluster's sampled properties), clamped
 * into the range.
 */
@NodeInfo(shortName = "start")
public final class StartNode extends StatementNode {
    @Children private final ExpressionNode[] params;
    @CompilationFinal(dimensions = 1) private final boolean[] paramIsCondition;
    @CompilationFinal(dimensions = 1) private final double[] fixed;
    @Children private final ClusterStartNode[] clusters;

    /** {@code fixed[p]} is the value given with --set, or NaN when the param is sampled. */
    public StartNode(ExpressionNode[] params, boolean[] paramIsCondition, double[] fixed, ClusterStartNode[] clusters) {
        this.params = params;
        this.paramIsCondition = paramIsCondition;
        this.fixed = fixed;
        this.clusters = clusters;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        RunState run = runState(frame);
        for (int p = 0; p < params.length; p++) {
            double sampled = paramIsCondition[p] ? (params[p].condition(frame) ? 1 : 0) : params[p].number(frame);
            run.params[p] = Double.isNaN(fixed[p]) ? sampled : fixed[p];
        }
        for (ClusterStartNode cluster : clusters) cluster.sampleProperties(frame, run);
        for (ClusterStartNode cluster : clusters) cluster.initialiseStates(frame, run);
    }
}
