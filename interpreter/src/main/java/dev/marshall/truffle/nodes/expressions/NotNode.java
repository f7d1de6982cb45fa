package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code not c}. */
@NodeInfo(shortName = "not")
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NotNode extends ExpressionNode {
    /** The operand (for the tree compiler, which reads the tree). */
    public abstract ExpressionNode getOperand();

    @Specialization
    protected boolean not(boolean c) {
        return !c;
    }
}
