package dev.marshall.emit.text;

import java.util.List;

/** Markdown (GitHub-flavoured) building blocks with the escaping user text needs. */
public final class Markdown {
    private Markdown() {}

    /** User text as literal markdown: characters markdown would interpret are escaped; line breaks kept. */
    public static String text(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a table cell: escaped, on one line (paragraph breaks become {@code <br>}). */
    public static String cell(String s) {
        return text(s).replace("\r", "").replace("\n\n", "<br>").replace("\n", " ");
    }

    /** A name as code: {@code `worker_income`}. */
    public static String code(String s) {
        if (s == null || s.isEmpty()) return "";
        String fence = s.contains("`") ? "``" : "`";
        String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
        return fence + pad + s + pad + fence;
    }

    /** A table: header row, alignment row, one row per entry (cells already escaped). */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) out.append("---|");
        out.append('\n');
        for (List<String> row : rows) {
            out.append("|");
            for (String cell : row) out.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
            out.append('\n');
        }
        return out.toString();
    }
}
