package dev.marshall.emit;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Renders a programme's M&E framework in one format. Works without a
 * simulation (a programme with no {@code each month} still has a full
 * framework); the same input always gives the same bytes.
 *
 * <p>Text formats implement {@link #render(Framework)}; a binary format (the
 * workbook) implements {@link BinaryEmitter} instead. {@link #render(Framework,
 * OutputStream)} is the path that works for every format, and what code
 * handling any format (the CLI, the report, the embedding API) calls.
 */
public interface Emitter {

    /** The document as text. A {@link #binary()} format has no text form and throws. */
    String render(Framework framework);

    /** Whether the document is bytes (a zip-based workbook) rather than UTF-8 text. */
    default boolean binary() {
        return false;
    }

    /** Writes the document to {@code out} (text as UTF-8); flushes, does not close. */
    default void render(Framework framework, OutputStream out) throws IOException {
        out.write(render(framework).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The document's bytes, as {@link #render(Framework, OutputStream)} writes them. */
    default byte[] bytes(Framework framework) {
        var buffer = new java.io.ByteArrayOutputStream();
        try {
            render(framework, buffer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }

    default String emit(Programme programme, Optional<SimulationResult> simulation, List<Diagnostic> diagnostics) {
        return render(Framework.of(programme, simulation, diagnostics));
    }
}
