package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.MarshallNode;
import dev.marshall.truffle.nodes.StatementNode;

/**
 * An intervention's {@code each month} block in one month: when it is active (or its work goes on after a handover),
 * run once — or, for a replicated cluster, once per replica in replica order,
 * each replica being the cluster's current one while its block runs.
 */
@NodeInfo(shortName = "intervention")
public final class InterventionNode extends MarshallNode {
    private final int intervention;
    private final int cluster;
    private final int replicas;
    @Child private StatementNode body;

    /** {@code cluster} is -1 when the intervention has no cluster of its own (several clusters, no {@code in}): it then runs once. */
    public InterventionNode(int intervention, int cluster, int replicas, StatementNode body) {
        this.intervention = intervention;
        this.cluster = cluster;
        this.replicas = replicas;
        this.body = body;
    }

    void execute(VirtualFrame frame, RunState run) {
        if (!run.runsWork(intervention)) return;
        if (cluster < 0 || replicas == 1) {
            body.execute(frame);
            return;
        }
        for (int r = 0; r < replicas; r++) {
            run.replica[cluster] = r;
            body.execute(frame);
        }
        run.replica[cluster] = 0;
        LoopNode.reportLoopCount(this, replicas);
    }
}
