package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import dev.marshall.truffle.bytecode.CompilableTrees.Kind;
import dev.marshall.truffle.nodes.MarshallNode;
import java.util.List;
import java.util.Locale;

/**
 * The pass that replaces a translated tree's statements and expressions by generated code
 * ({@link TreeCompiler}) where that is faster: on the fallback runtime only. The optimizing runtime compiles the nodes
 * itself, partially evaluated, and cannot see into generated Java methods.
 *
 * <p>Every largest tree the compiler knows (a monthly block with its assignments, {@code if}s and
 * their expressions; an expression elsewhere) is compiled as one method; the nodes it calls
 * (escapes) are searched in turn. A lone node is left alone (a generated method would only add a
 * call), and so is a tree too large for one method that HotSpot still compiles (it does not compile
 * methods over 8 000 bytes of bytecode, {@link TreeCompiler#MAX_CLASS_BYTES}): its parts are
 * compiled instead.
 *
 * <p>The engine option {@code marshall.Bytecode=false} turns the pass off ({@code
 * -Dpolyglot.marshall.Bytecode=false} for the command line); the tests run the examples both ways
 * and compare the figures, which must be identical.
 */
public final class BytecodePass {
    /** The most nodes one generated method evaluates: well under HotSpot's limit at ~20 bytes a node. */
    static final int MAX_NODES = 300;

    private BytecodePass() {}

    /** Whether translations are compiled: when the host wants it ({@code marshall.Bytecode}) and on the fallback runtime. */
    public static boolean enabled(boolean wanted) {
        return wanted && Truffle.getRuntime().getName().toLowerCase(Locale.ROOT).contains("interpreted");
    }

    /** Compiles the blocks and expressions under {@code root}, whose children must have been adopted. */
    public static void compileWithin(Node root) {
        root.adoptChildren();
        within(root);
    }

    private static void within(Node parent) {
        NodeUtil.forEachChild(parent, child -> {
            visit(child);
            return true;
        });
    }

    private static void visit(Node node) {
        boolean compiledAlready = node instanceof CompiledExpressionNode || node instanceof CompiledStatementNode;
        if (node instanceof MarshallNode tree && !compiledAlready) {
            Kind kind = CompilableTrees.kindOf(tree);
            if (kind != null && CompilableTrees.compiles(tree, kind)) {
                int size = CompilableTrees.size(tree, kind);
                Node compiled = size >= 2 && size <= MAX_NODES ? TreeCompiler.compile(tree, kind) : null;
                if (compiled != null) {
                    List<Node> escapes = CompilableTrees.escapes(tree, kind);
                    tree.replace(compiled, "compiled to a Java method");
                    compiled.adoptChildren();
                    for (Node escape : escapes) within(escape);
                    return;
                }
            }
        }
        within(node);
    }
}
