package dev.marshall.emit;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An emitter whose document is bytes, not text (the workbook): it writes to a
 * stream only. Callers that handle any format use {@link
 * Emitter#render(Framework, OutputStream)} or {@link Emitter#bytes}, and ask
 * {@link #binary()} before sending a document to a terminal.
 */
public interface BinaryEmitter extends Emitter {

    @Override
    void render(Framework framework, OutputStream out) throws IOException;

    @Override
    default boolean binary() {
        return true;
    }

    /** A binary document has no text form. */
    @Override
    default String render(Framework framework) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " writes a binary document: use render(framework, out) or bytes(framework)");
    }
}
