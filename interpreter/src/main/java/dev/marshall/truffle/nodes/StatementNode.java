package dev.marshall.truffle.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A node run for its effect on the run's state: assignments, conditionals, blocks, the engine's steps. */
public abstract class StatementNode extends MarshallNode {
    public abstract void execute(VirtualFrame frame);
}
