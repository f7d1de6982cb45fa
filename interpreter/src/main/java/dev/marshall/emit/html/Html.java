package dev.marshall.emit.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small HTML/SVG tree that escapes every text and attribute it writes, so no
 * user text (a title, a doc comment) can break out of its element. Elements
 * are built with {@link #el}, text with {@link Node#text}; only the report's
 * own style sheet goes in raw ({@link Node#raw}).
 */
public final class Html {
    private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "link", "col", "wbr", "input");
    private static final Set<String> BLOCK = Set.of("html", "head", "body", "header", "footer", "main", "nav", "section",
            "article", "div", "p", "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "ul", "ol", "li", "figure",
            "figcaption", "style", "title", "meta", "svg", "g", "defs", "marker", "dl", "dt", "dd", "pre", "details", "summary");

    private Html() {}

    /**
     * An element: {@code el("td")}, {@code el("td", "class", "num")} (name, value
     * pairs), or with text first: {@code el("td", "1,450 EUR")},
     * {@code el("td", "1,450 EUR", "class", "num")}. An odd number of strings
     * after the tag means the first one is the text.
     */
    public static Node el(String tag, String... textAndAttributes) {
        Node n = new Node(tag);
        int first = textAndAttributes.length % 2;
        for (int i = first; i < textAndAttributes.length; i += 2) n.attr(textAndAttributes[i], textAndAttributes[i + 1]);
        if (first == 1) n.text(textAndAttributes[0]);
        return n;
    }

    public static final class Node {
        private final String tag;
        private final List<String[]> attributes = new ArrayList<>();
        private final List<Object> children = new ArrayList<>();

        private Node(String tag) {
            this.tag = tag;
        }

        /** Sets an attribute; a null value leaves it out. */
        public Node attr(String name, String value) {
            if (value != null) attributes.add(new String[] {name, value});
            return this;
        }

        public Node add(Node... nodes) {
            for (Node n : nodes) if (n != null) children.add(n);
            return this;
        }

        public Node add(List<Node> nodes) {
            for (Node n : nodes) if (n != null) children.add(n);
            return this;
        }

        public Node text(String text) {
            if (text != null && !text.isEmpty()) children.add(new Text(text, false));
            return this;
        }

        /** Unescaped content; only for the report's own CSS, never for user text. */
        public Node raw(String text) {
            children.add(new Text(text, true));
            return this;
        }

        public boolean isEmpty() { return children.isEmpty(); }

        public String render() {
            StringBuilder out = new StringBuilder();
            write(out, false);
            return out.toString();
        }

        private void write(StringBuilder out, boolean inSvg) {
            boolean svg = inSvg || tag.equals("svg");
            out.append('<').append(tag);
            for (String[] a : attributes) out.append(' ').append(a[0]).append("=\"").append(escapeAttribute(a[1])).append('"');
            if (VOID.contains(tag) && !svg) {
                out.append('>');
                if (BLOCK.contains(tag)) out.append('\n');
                return;
            }
            if (svg && children.isEmpty()) {
                out.append("/>");
                if (!inlineSvg()) out.append('\n');
                return;
            }
            out.append('>');
            if (BLOCK.contains(tag) && startsWithElement()) out.append('\n');
            for (Object child : children) {
                if (child instanceof Node n) n.write(out, svg);
                else if (child instanceof Text t) out.append(t.raw ? t.text : escapeText(t.text));
            }
            out.append("</").append(tag).append('>');
            if (BLOCK.contains(tag) || (svg && !inlineSvg())) out.append('\n');
        }

        private boolean inlineSvg() { return tag.equals("tspan"); }

        private boolean startsWithElement() { return !children.isEmpty() && children.get(0) instanceof Node; }
    }

    private record Text(String text, boolean raw) {}

    static String escapeText(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String escapeAttribute(String s) {
        return escapeText(s).replace("\"", "&quot;");
    }
}
