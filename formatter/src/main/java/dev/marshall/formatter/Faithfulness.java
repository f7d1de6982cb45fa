package dev.marshall.formatter;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The formatter's own guarantee, checked on every run: the formatted text
 * parses, has the same tokens as the original in the same order (apart from
 * separators the layout decides: {@code ;} between members, the commas of an
 * enum, a list's last comma) and the same comments in the same order. Layout
 * is then the only difference, and layout carries no meaning in Marshall.
 * A failure is a bug of the formatter; the text is then not written.
 */
final class Faithfulness {
    private Faithfulness() {}

    static void verify(ParsedText original, String formatted) {
        ParsedText again = ParsedText.parse(formatted);
        if (!again.ok()) {
            throw new IllegalStateException("formatter bug: the formatted text does not parse: " + again.problems().get(0));
        }
        compare("token", tokens(original), tokens(again));
        compare("comment", comments(original), comments(again));
    }

    private static void compare(String what, List<String> before, List<String> after) {
        int n = Math.min(before.size(), after.size());
        for (int i = 0; i < n; i++) {
            if (!before.get(i).equals(after.get(i))) {
                throw new IllegalStateException("formatter bug: " + what + " " + (i + 1) + " was " + before.get(i)
                        + " and became " + after.get(i));
            }
        }
        if (before.size() != after.size()) {
            throw new IllegalStateException("formatter bug: " + before.size() + " " + what + "s became " + after.size());
        }
    }

    private static List<String> tokens(ParsedText text) {
        List<String> out = new ArrayList<>();
        collect(text.tree(), out);
        return out;
    }

    private static void collect(ParseTree node, List<String> out) {
        if (node instanceof TerminalNode terminal) {
            Token t = terminal.getSymbol();
            if (!isLayoutSeparator(terminal)) out.add(MarshallLexer.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getText());
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) collect(node.getChild(i), out);
    }

    private static boolean isLayoutSeparator(TerminalNode terminal) {
        int type = terminal.getSymbol().getType();
        if (type == Token.EOF || type == MarshallLexer.SEMI) return true;
        if (type != MarshallLexer.COMMA) return false;
        if (terminal.getParent() instanceof MarshallParser.EnumDeclContext || terminal.getParent() instanceof MarshallParser.ExtendDeclContext) return true;
        ParseTree parent = terminal.getParent();
        if (parent instanceof MarshallParser.ListLiteralContext list) {
            return list.getChild(list.getChildCount() - 2) == terminal;
        }
        return false;
    }

    private static List<String> comments(ParsedText text) {
        List<String> out = new ArrayList<>();
        for (Token t : text.tokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                String s = t.getText().replace("\r\n", "\n").replace('\r', '\n');
                out.add(t.getType() == MarshallLexer.BLOCK_COMMENT ? s : s.stripTrailing());
            }
        }
        return out;
    }
}
