package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a == b} on numbers or on conditions. */
@NodeInfo(shortName = "==")
public abstract class EqualNode extends BinaryNode {
    @Specialization
    protected boolean numbers(double a, double b) {
        return a == b;
    }

    @Specialization
    protected boolean conditions(boolean a, boolean b) {
        return a == b;
    }
}
