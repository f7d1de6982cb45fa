package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.NodeChild;
import dev.marshall.truffle.nodes.ExpressionNode;

/** An operator with two operands, evaluated left to right; subclasses specialise on their types. */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryNode extends ExpressionNode {
}
