package dev.marshall.truffle.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.StatementNode;

/** {@code if c { … } else { … }} inside an {@code each month} block. */
@NodeInfo(shortName = "if")
public final class IfNode extends StatementNode {
    @Child private ExpressionNode condition;
    @Child private StatementNode whenTrue;
    @Child private StatementNode whenFalse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExpressionNode condition, StatementNode whenTrue, StatementNode whenFalse) {
        this.condition = condition;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    @Override
    public void execute(VirtualFrame frame) {
        if (profile.profile(condition.condition(frame))) {
            whenTrue.execute(frame);
        } else {
            whenFalse.execute(frame);
        }
    }

    /** The condition (for the tree compiler, which reads the tree). */
    public ExpressionNode conditionNode() { return condition; }

    /** What runs when the condition holds. */
    public StatementNode whenTrue() { return whenTrue; }

    /** What runs when it does not. */
    public StatementNode whenFalse() { return whenFalse; }
}
