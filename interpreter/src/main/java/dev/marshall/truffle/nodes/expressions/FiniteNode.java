package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/**
 * A value that is kept for the whole run or reported (a param, a cluster
 * property, a state's starting value, an indicator): it must be a finite
 * number. An infinity or NaN stops the run here (E086), where it is drawn or
 * evaluated, instead of surfacing later as "Infinity firms", a JSON null or a
 * state that "would become undefined" at an innocent assignment.
 */
@NodeInfo(shortName = "finite")
public final class FiniteNode extends ExpressionNode {
    private final String what;
    @Child private ExpressionNode value;

    public FiniteNode(ExpressionNode value, String what) {
        this.value = value;
        this.what = what;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double v = value.number(frame);
        if (!Double.isFinite(v)) throw notFinite(v);
        return v;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }

    /** "not a number", "infinite", "minus infinite": the words of E086. */
    public static String describe(double v) {
        return Double.isNaN(v) ? "not a number" : v > 0 ? "infinite" : "minus infinite";
    }

    /** The child {@code value} (for the tree compiler, which reads the tree). */
    public ExpressionNode valueNode() { return value; }

    /** The error (E086) for a value that is not finite, located here. */
    public MarshallRuntimeError notFinite(double v) {
        return MarshallRuntimeError.of("E086", this, what, describe(v));
    }
}
