package dev.marshall.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values that are enum constants, written the way users type them:
 * lower case ({@code --format sarif}), listed the same way in help and errors.
 */
final class EnumWords {
    private EnumWords() {}

    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> List<String> words(Class<E> type) {
        List<String> words = new ArrayList<>();
        for (E constant : type.getEnumConstants()) words.add(word(constant));
        return words;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equalsIgnoreCase(value.trim())) return constant;
        }
        throw new TypeConversionException("expected " + String.join(", ", words(type)) + "; found '" + value + "'");
    }
}
