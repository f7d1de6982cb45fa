package dev.marshall.cli;

import picocli.CommandLine.Option;

/**
 * {@code --color=auto|always|never}, for every command that prints
 * diagnostics. Auto means: colour when the stream is a terminal, {@code NO_COLOR}
 * is unset or empty (https://no-color.org) and {@code TERM} is not {@code dumb}.
 * An explicit {@code always} or {@code never} wins over the environment.
 */
public final class ColourOption {

    public enum When {
        AUTO, ALWAYS, NEVER;

        @Override
        public String toString() {
            return EnumWords.word(this);
        }
    }

    static final class WhenConverter implements picocli.CommandLine.ITypeConverter<When> {
        @Override
        public When convert(String value) {
            return EnumWords.parse(When.class, value);
        }
    }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = WhenConverter.class,
            description = "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always or never.")
    When when = When.AUTO;

    /** Whether to colour text written to a stream that is (or is not) a terminal. */
    public boolean enabled(Io io, boolean streamIsTerminal) {
        return switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> streamIsTerminal
                    && io.env().getOrDefault("NO_COLOR", "").isEmpty()
                    && !"dumb".equals(io.env().get("TERM"));
        };
    }
}
