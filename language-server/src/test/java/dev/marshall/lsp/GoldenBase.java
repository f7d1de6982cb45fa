package dev.marshall.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The programme the golden cases are made from (the diagnostics-clean case, without its request line). */
final class GoldenBase {
    private GoldenBase() {}

    static String text() {
        try {
            String marked = Files.readString(GoldenRequestsTest.GOLDEN.resolve("diagnostics-clean.marshall"), StandardCharsets.UTF_8);
            return marked.substring(marked.indexOf('\n') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
