package dev.marshall.emit.logframe;

/** Doc comments as narrative text: {@code ///} lines joined into paragraphs. */
public final class Narrative {
    private Narrative() {}

    /** The doc comment with its lines joined; blank lines stay paragraph breaks ({@code "\n\n"}). */
    public static String of(String doc) {
        if (doc == null || doc.isBlank()) return "";
        StringBuilder out = new StringBuilder();
        boolean paragraphBreak = false;
        for (String raw : doc.strip().split("\\R", -1)) {
            String line = raw.strip();
            if (line.startsWith("///")) line = line.substring(3).strip();
            if (line.isEmpty()) {
                paragraphBreak = out.length() > 0;
                continue;
            }
            if (out.length() > 0) out.append(paragraphBreak ? "\n\n" : " ");
            out.append(line);
            paragraphBreak = false;
        }
        return out.toString();
    }

    /** The doc comment on one line (for table cells and glossaries). */
    public static String oneLine(String doc) {
        return of(doc).replace("\n\n", " ");
    }
}
