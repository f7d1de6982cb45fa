package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The base of every class {@link TreeCompiler} generates: one tree of the run (a block of
 * statements, an expression) as one Java method. Only the method for the tree's kind is generated;
 * the others are never called, because a tree's parent asks for the kind the type checker gave it.
 */
public abstract class CompiledCode {
    /**
     * The nodes the generated code calls back: the children it evaluates as nodes (escapes), and the
     * nodes whose errors it raises (a division by zero, a value that is not finite), so each error is
     * located where the node evaluator would locate it.
     */
    protected final Node[] nodes;

    protected CompiledCode(Node[] nodes) {
        this.nodes = nodes;
    }

    /** The value of a numeric expression. */
    public double number(VirtualFrame frame) {
        throw new IllegalStateException("a condition was evaluated as a number");
    }

    /** The value of a condition. */
    public boolean condition(VirtualFrame frame) {
        throw new IllegalStateException("a number was evaluated as a condition");
    }

    /** Runs a statement. */
    public void execute(VirtualFrame frame) {
        throw new IllegalStateException("an expression was run as a statement");
    }
}
