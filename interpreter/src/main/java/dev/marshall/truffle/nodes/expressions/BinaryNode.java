package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.NodeChild;
import dev.marshall.truffle.nodes.ExpressionNode;

/** An operator with two operands, evaluated left to right; subclasses specialise on their types. */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryNode extends ExpressionNode {
    /** The left operand (for the tree compiler, which reads the tree). */
    public abstract ExpressionNode getLeft();

    /** The right operand. */
    public abstract ExpressionNode getRight();
}
