package dev.marshall.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json|csv} and {@code -o/--output}: where {@code simulate}, {@code monitor} and
 * {@code sensitivity} put their tables. One mixin, so the three commands spell, default and check these
 * options alike, and write the result the same way (atomically, never over an input).
 */
final class TableOutput {

    /** The three renderings every analysis command offers. */
    enum Format {
        TEXT, JSON, CSV;

        @Override
        public String toString() {
            return EnumWords.word(this);
        }

        static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return EnumWords.parse(Format.class, value);
            }
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "Output: text (tables), json or csv (docs/cli.md); any case.")
    private Format format;

    @Option(names = {"-o", "--output", "--out"}, paramLabel = "PATH",
            description = "Write the result to this file (replaced atomically; never an input) instead of standard output (-).")
    private Path output;

    Format format() {
        return format;
    }

    /** Whether the output path may be written, checked before any work (an input, a folder, a device is refused). */
    boolean writable(List<Path> inputs, Io io) {
        return OutputFiles.check(output, inputs, io);
    }

    /** Renders in the chosen format and writes it; the exit code. */
    int write(Supplier<String> text, Supplier<String> json, Supplier<String> csv, List<Path> inputs, Io io) {
        return write(switch (format) {
            case TEXT -> text.get();
            case JSON -> json.get();
            case CSV -> csv.get();
        }, inputs, io);
    }

    /** Writes what is already rendered in {@link #format()}; the exit code. */
    int write(String rendered, List<Path> inputs, Io io) {
        return OutputFiles.write(output, rendered, inputs, io);
    }
}
