package dev.marshall.cli;

import dev.marshall.api.DiagnosticReport;
import java.nio.file.Path;

/** The values of {@code --format} for diagnostics, and how each renders a {@link DiagnosticReport}. */
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
    public String render(DiagnosticReport report, boolean colour, Path baseDirectory) {
        return switch (this) {
            case TEXT -> report.text(colour);
            case JSON -> report.json();
            case SARIF -> report.sarif(Version.number(), Version.homePage(), baseDirectory);
        };
    }
}
