package dev.marshall.truffle.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Statement.AssignOp;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.StatementNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/**
 * {@code s = e}, {@code s += e}, {@code s -= e}, {@code s *= e}, {@code s /= e}
 * on a state of the current replica, which is then clamped to its range
 * (after every assignment, not at the end of the month). {@code s /= 0} is a
 * division by zero (E080); a new value that is not a number (say
 * ∞ − ∞) stops the run (E085) instead of spreading through the results.
 */
@NodeInfo(shortName = "assign")
public final class AssignNode extends StatementNode {
    private final String name;
    private final int cluster;
    private final int state;
    private final int stride;
    private final AssignOp op;
    /** The state's bounds when they are constants (as {@code 0..1} usually is), else NaN: read per replica then. */
    private final double constantLow;
    private final double constantHigh;
    @Child private ExpressionNode value;

    public AssignNode(String name, int cluster, int state, int stride, AssignOp op, double constantLow, double constantHigh,
                      ExpressionNode value) {
        this.name = name;
        this.cluster = cluster;
        this.state = state;
        this.stride = stride;
        this.op = op;
        this.constantLow = constantLow;
        this.constantHigh = constantHigh;
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame) {
        RunState run = runState(frame);
        double v = value.number(frame);
        int slot = run.replica[cluster] * stride + state;
        double[] states = run.states[cluster];
        double old = states[slot];
        double updated = switch (op) {
            case SET -> v;
            case ADD -> old + v;
            case SUBTRACT -> old - v;
            case MULTIPLY -> old * v;
            case DIVIDE -> {
                if (v == 0) throw byZero();
                yield old / v;
            }
        };
        if (Double.isNaN(updated)) throw undefined();
        double low = Double.isNaN(constantLow) ? run.low[cluster][slot] : constantLow;
        double high = Double.isNaN(constantHigh) ? run.high[cluster][slot] : constantHigh;
        states[slot] = Math.max(low, Math.min(high, updated));
    }

    // For the tree compiler (dev.marshall.truffle.bytecode), which writes this assignment as Java code.

    /** The cluster whose state is assigned. */
    public int cluster() { return cluster; }

    /** The state's index within a replica's states. */
    public int state() { return state; }

    /** How many states each replica of the cluster has. */
    public int stride() { return stride; }

    /** {@code =}, {@code +=}, {@code -=}, {@code *=} or {@code /=}. */
    public AssignOp op() { return op; }

    /** The state's lower bound when it is a constant, else NaN (read per replica). */
    public double constantLow() { return constantLow; }

    /** The state's upper bound when it is a constant, else NaN (read per replica). */
    public double constantHigh() { return constantHigh; }

    /** The value assigned (or added, subtracted, …). */
    public ExpressionNode value() { return value; }

    /** The error (E080) for {@code s /= 0}, located here. */
    public MarshallRuntimeError byZero() {
        return MarshallRuntimeError.of("E080", this);
    }

    /** The error (E085) for a new value that is not a number, located here. */
    public MarshallRuntimeError undefined() {
        return MarshallRuntimeError.of("E085", this, name);
    }
}
