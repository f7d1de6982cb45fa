package dev.marshall.emit;

import dev.marshall.emit.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code marshall report}'s folder: {@code index.html} and every
 * {@link Format} beside it. All documents are rendered in memory first, so a
 * failure while rendering writes nothing; each file is then replaced
 * atomically ({@link AtomicFiles}), the index last, so a reader never sees a
 * half-written file and the index never names a file not yet written.
 */
public final class ReportWriter {
    public static final String INDEX = "index.html";

    private ReportWriter() {}

    /** The documents of the report, by file name, in writing order (the index last). */
    public static Map<String, String> render(Framework framework) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (Format f : Format.values()) documents.put(f.fileName(), f.emitter().render(framework));
        documents.put(INDEX, new HtmlReport().render(framework));
        return documents;
    }

    /** Renders and writes the report into {@code folder} (created if needed); returns the files written. */
    public static List<Path> write(Path folder, Framework framework) throws IOException {
        Map<String, String> documents = render(framework);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Path file = folder.resolve(document.getKey());
            AtomicFiles.write(file, document.getValue());
            written.add(file);
        }
        return written;
    }
}
