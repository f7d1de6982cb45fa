package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/** {@code a / b}; dividing by zero is a runtime error (E080), not an infinity. */
@NodeInfo(shortName = "/")
public abstract class DivideNode extends BinaryNode {
    @Specialization(guards = "!isZero(b)")
    protected double divide(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "isZero(b)")
    protected double byZero(double a, double b) {
        throw byZero();
    }

    protected static boolean isZero(double b) {
        return b == 0;
    }

    /** The error (E080) for a division by zero, located here. */
    public MarshallRuntimeError byZero() {
        return MarshallRuntimeError.of("E080", this);
    }
}
