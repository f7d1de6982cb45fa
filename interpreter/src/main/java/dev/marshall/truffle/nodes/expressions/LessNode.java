package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;

/** {@code a < b} on numbers. */
@NodeInfo(shortName = "<")
public abstract class LessNode extends BinaryNode {
    @Specialization
    protected boolean compare(double a, double b) {
        return a < b;
    }
}
