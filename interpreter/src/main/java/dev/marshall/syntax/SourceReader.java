package dev.marshall.syntax;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.source.InputFiles;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a programme file as UTF-8. Bytes that are not UTF-8 do not stop the
 * read: the first one is reported (E009, located at its line and column) and
 * every bad byte becomes U+FFFD, so the rest of the file is still checked.
 * A path that cannot be read at all (missing, a folder, a FIFO or device, over
 * the size limit: {@link InputFiles}) is an IOException.
 */
public final class SourceReader {
    private SourceReader() {}

    /**
     * A file's text and the problems met while decoding it; {@code modules},
     * when not null, is where its {@code use "path"} modules come from instead
     * of the files beside it.
     */
    public record Read(SourceFile source, List<Diagnostic> problems, ModuleResolver modules) {
        public Read {
            problems = List.copyOf(problems);
        }

        public Read(SourceFile source, List<Diagnostic> problems) {
            this(source, problems, null);
        }

        /** The same text, its modules read through {@code resolver}. */
        public Read withModules(ModuleResolver resolver) {
            return new Read(source, problems, resolver);
        }
    }

    public static Read read(Path file) throws IOException {
        byte[] bytes = InputFiles.read(file);
        return decode(file.toString(), file, bytes);
    }

    public static Read decode(String displayPath, Path location, byte[] bytes) {
        try {
            String text = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return new Read(new SourceFile(displayPath, location, text), List.of());
        } catch (CharacterCodingException e) {
            return decodeLeniently(displayPath, location, bytes);
        }
    }

    private static Read decodeLeniently(String displayPath, Path location, byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int badOffset = -1;
        int badByte = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (badOffset < 0) {
                    badOffset = out.position();
                    badByte = bytes[in.position()] & 0xff;
                }
                for (int i = 0; i < result.length(); i++) out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
        }
        out.flip();
        SourceFile source = new SourceFile(displayPath, location, out.toString());
        DiagnosticSink sink = new DiagnosticSink();
        sink.report("E009", new Span(source, badOffset, badOffset + 1), String.format("%02x", badByte));
        return new Read(source, sink.diagnostics());
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
