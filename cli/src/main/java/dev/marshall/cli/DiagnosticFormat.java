package dev.marshall.cli;

import dev.marshall.diagnostics.format.DiagnosticRenderer;
import dev.marshall.diagnostics.format.JsonRenderer;
import dev.marshall.diagnostics.format.SarifRenderer;
import dev.marshall.diagnostics.format.TextRenderer;
import java.nio.file.Path;

/** The values of {@code --format} for diagnostics, and the renderer each stands for. */
public enum DiagnosticFormat {
    TEXT, JSON, SARIF;

    @Override
    public String toString() {
        return EnumWords.word(this);
    }

    /** {@code --format} values as users type them. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return EnumWords.parse(DiagnosticFormat.class, value);
        }
    }

    /**
     * @param colour        for text only: whether to use ANSI colour
     * @param baseDirectory for SARIF only: what artifact URIs are relative to
     */
    public DiagnosticRenderer renderer(boolean colour, Path baseDirectory) {
        return switch (this) {
            case TEXT -> new TextRenderer(colour);
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(Version.number(), Version.homePage(), baseDirectory);
        };
    }
}
