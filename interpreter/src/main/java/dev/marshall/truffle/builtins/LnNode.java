package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.Distributions;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/** {@code ln(x)}, the natural logarithm; of zero or a negative number it is a runtime error (E082). */
@NodeInfo(shortName = "ln")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class LnNode extends ExpressionNode {
    @Specialization(guards = "isDefined(x)")
    protected double ln(double x) {
        return Math.log(x);
    }

    @Specialization(guards = "!isDefined(x)")
    protected double undefined(double x) {
        throw MarshallRuntimeError.of("E082", this, "ln", Distributions.show(x));
    }

    /** Positive (NaN is not). */
    protected static boolean isDefined(double x) {
        return x > 0;
    }
}
