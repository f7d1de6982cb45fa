package dev.marshall.formatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import dev.marshall.syntax.SourceReader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formatting never changes meaning: the semantic model the checking front end
 * builds from the formatted text equals the one it builds from the original,
 * and so do the diagnostics (code and message), compared without positions —
 * the only thing formatting may change.
 */
class MeaningPreservedTest {

    static Stream<Path> programmes() {
        return RepositoryProgrammes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void theModelOfTheFormattedTextIsTheOriginalsModel(Path file) throws IOException {
        String text = IdempotenceTest.read(file);
        assumeFalse(text == null, file + " is not UTF-8 (a test of E009)");
        FormatResult formatted = Formatter.format(text);
        assumeFalse(formatted.refused(), file + " has syntax errors (a test of them)");
        String before = meaningOf(file, text);
        String after = meaningOf(file, formatted.text());
        assertEquals(before, after, "formatting changed the meaning of " + file);
    }

    /** The model and the diagnostics of a text, rendered without any source position. */
    private static String meaningOf(Path file, String text) {
        var compilation = Compiler.compile(SourceReader.decode(file.toString(), file, text.getBytes(StandardCharsets.UTF_8)));
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : compilation.diagnostics()) {
            out.append(d.code()).append(' ').append(d.severity()).append(' ').append(d.message()).append(" | ").append(d.hint()).append('\n');
        }
        render(compilation.programme(), out);
        return out.toString();
    }

    private static void render(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Span span -> out.append("@");
            case SourceFile source -> out.append(source.displayPath());
            case Record record -> {
                out.append(record.getClass().getSimpleName()).append('(');
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    out.append(component.getName()).append('=');
                    try {
                        render(component.getAccessor().invoke(record), out);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    out.append(", ");
                }
                out.append(')');
            }
            case Collection<?> items -> {
                out.append('[');
                for (Object item : items) {
                    render(item, out);
                    out.append(", ");
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    render(e.getKey(), out);
                    out.append(": ");
                    render(e.getValue(), out);
                    out.append(", ");
                }
                out.append('}');
            }
            case Optional<?> optional -> {
                out.append("Optional(");
                render(optional.orElse(null), out);
                out.append(')');
            }
            default -> out.append(value);
        }
    }
}
