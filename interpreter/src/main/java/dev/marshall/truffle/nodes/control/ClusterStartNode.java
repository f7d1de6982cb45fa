package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.MarshallNode;

/**
 * The starting values of one cluster in a run: per replica, its numeric
 * properties (a distribution is sampled for each replica), then its states'
 * ranges and initial values. A property that is not a number (sector,
 * location) has no node and stays NaN.
 */
@NodeInfo(shortName = "cluster-start")
public final class ClusterStartNode extends MarshallNode {
    private final int cluster;
    private final int replicas;
    @Children private final ExpressionNode[] properties;
    @CompilationFinal(dimensions = 1) private final boolean[] propertyIsCondition;
    @Children private final ExpressionNode[] low;
    @Children private final ExpressionNode[] high;
    @Children private final ExpressionNode[] initial;

    public ClusterStartNode(int cluster, int replicas, ExpressionNode[] properties, boolean[] propertyIsCondition,
                            ExpressionNode[] low, ExpressionNode[] high, ExpressionNode[] initial) {
        this.cluster = cluster;
        this.replicas = replicas;
        this.properties = properties;
        this.propertyIsCondition = propertyIsCondition;
        this.low = low;
        this.high = high;
        this.initial = initial;
    }

    /** Replica by replica (a plain loop: only the per-replica work over properties is unrolled). */
    void sampleProperties(VirtualFrame frame, RunState run) {
        for (int r = 0; r < replicas; r++) {
            run.replica[cluster] = r;
            sampleReplica(frame, run, r);
        }
        run.replica[cluster] = 0;
    }

    @ExplodeLoop
    private void sampleReplica(VirtualFrame frame, RunState run, int r) {
        double[] values = run.properties[cluster];
        int base = r * properties.length;
        for (int p = 0; p < properties.length; p++) {
            ExpressionNode property = properties[p];
            if (property == null) {
                values[base + p] = Double.NaN;
            } else {
                values[base + p] = propertyIsCondition[p] ? (property.condition(frame) ? 1 : 0) : property.number(frame);
            }
        }
    }

    void initialiseStates(VirtualFrame frame, RunState run) {
        for (int r = 0; r < replicas; r++) {
            run.replica[cluster] = r;
            initialiseReplica(frame, run, r);
        }
        run.replica[cluster] = 0;
    }

    @ExplodeLoop
    private void initialiseReplica(VirtualFrame frame, RunState run, int r) {
        double[] states = run.states[cluster];
        int base = r * initial.length;
        for (int s = 0; s < initial.length; s++) {
            int slot = base + s;
            double lo = low[s] == null ? Double.NEGATIVE_INFINITY : low[s].number(frame);
            double hi = high[s] == null ? Double.POSITIVE_INFINITY : high[s].number(frame);
            run.low[cluster][slot] = lo;
            run.high[cluster][slot] = hi;
            states[slot] = Math.max(lo, Math.min(hi, initial[s].number(frame)));
        }
    }
}
