package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.Distributions;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/** {@code sqrt(x)}; the root of a negative number is a runtime error (E082). */
@NodeInfo(shortName = "sqrt")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class SqrtNode extends ExpressionNode {
    @Specialization(guards = "isDefined(x)")
    protected double sqrt(double x) {
        return Math.sqrt(x);
    }

    @Specialization(guards = "!isDefined(x)")
    protected double undefined(double x) {
        throw MarshallRuntimeError.of("E082", this, "sqrt", Distributions.show(x));
    }

    /** Zero or positive (NaN is not). */
    protected static boolean isDefined(double x) {
        return x >= 0;
    }
}
