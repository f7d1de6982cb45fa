package dev.marshall.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Every diagnostic's words, keyed by code, from the one file
 * {@code dev/marshall/diagnostics/messages.properties}:
 * <pre>
 *   E010.title   = unknown name                         (a few words, for lists and SARIF rules)
 *   E010.message = unknown name ''{0}''                 (one line, with {0}, {1} ... arguments)
 *   E010.hint    = declare it, or check the spelling    (optional)
 *   E010.explain = the long explanation: why the rule exists, an example, the fix (optional)
 * </pre>
 * Arguments are substituted literally ({@code {0}} → the argument); no
 * MessageFormat quoting rules apply, so apostrophes are plain text.
 */
public final class Messages {
    private static final Properties TEXTS = load();

    private Messages() {}

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) throw new IllegalStateException("messages.properties is missing from the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static boolean isKnown(String code) {
        return TEXTS.containsKey(code + ".message");
    }

    public static String title(String code) {
        return TEXTS.getProperty(code + ".title", code);
    }

    public static String message(String code, Object... args) {
        String template = TEXTS.getProperty(code + ".message");
        if (template == null) throw new IllegalArgumentException("no message for diagnostic code " + code);
        return substitute(template, args);
    }

    public static String hint(String code, Object... args) {
        String template = TEXTS.getProperty(code + ".hint");
        return template == null ? "" : substitute(template, args);
    }

    /** The long explanation shown by {@code marshall rules CODE}; empty when there is none. */
    public static String explanation(String code) {
        return TEXTS.getProperty(code + ".explain", "");
    }

    /** Every code that has a message, sorted. */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (String key : TEXTS.stringPropertyNames()) {
            if (key.endsWith(".message")) codes.add(key.substring(0, key.length() - ".message".length()));
        }
        codes.sort(null);
        return codes;
    }

    static String substitute(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && Character.isDigit(template.charAt(i + 1)) && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                out.append(index < args.length ? String.valueOf(args[index]) : "{" + index + "}");
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
