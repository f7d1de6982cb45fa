package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.AggregateKind;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * {@code sum(x.s)}, {@code mean}, {@code min}, {@code max} or
 * {@code count(x.s >= v)} over the replicas of cluster {@code x}: the body is
 * evaluated with each replica in turn as the cluster's current replica, in
 * replica order; the replica that was current before is restored afterwards.
 */
@NodeInfo(shortName = "aggregate")
public final class AggregateNode extends ExpressionNode {
    private final AggregateKind kind;
    private final int cluster;
    private final int replicas;
    @Child private ExpressionNode body;

    public AggregateNode(AggregateKind kind, int cluster, int replicas, ExpressionNode body) {
        this.kind = kind;
        this.cluster = cluster;
        this.replicas = replicas;
        this.body = body;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        RunState run = runState(frame);
        int saved = run.replica[cluster];
        double result = switch (kind) {
            case SUM, MEAN -> 0;
            case MIN -> Double.POSITIVE_INFINITY;
            case MAX -> Double.NEGATIVE_INFINITY;
            case COUNT -> 0;
        };
        for (int r = 0; r < replicas; r++) {
            run.replica[cluster] = r;
            switch (kind) {
                case SUM, MEAN -> result += body.number(frame);
                case MIN -> result = Math.min(result, body.number(frame));
                case MAX -> result = Math.max(result, body.number(frame));
                case COUNT -> {
                    if (body.condition(frame)) result += 1;
                }
            }
        }
        LoopNode.reportLoopCount(this, replicas);
        run.replica[cluster] = saved;
        return kind == AggregateKind.MEAN ? result / replicas : result;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }

    // For the tree compiler (dev.marshall.truffle.bytecode), which writes the loop as Java code.

    /** sum, mean, min, max or count. */
    public AggregateKind kind() { return kind; }

    /** The cluster whose replicas are aggregated. */
    public int cluster() { return cluster; }

    /** How many replicas it has. */
    public int replicas() { return replicas; }

    /** What is evaluated for each replica (a condition for count, else a number). */
    public ExpressionNode body() { return body; }
}
