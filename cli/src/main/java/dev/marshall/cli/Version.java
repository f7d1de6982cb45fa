package dev.marshall.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Marshall's version, written into {@code version.properties} by the build; and what {@code --version} prints. */
public final class Version implements IVersionProvider {
    private static final Properties BUILD = load();

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // Only --version and SARIF read it; they say "unknown" rather than fail.
        }
        return properties;
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String number() {
        return property("version", "unknown");
    }

    /** The project's home page for SARIF's informationUri, or null while it has none. */
    public static String homePage() {
        return property("home", null);
    }

    private static String property(String key, String fallback) {
        String value = BUILD.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? fallback : value;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "marshall " + number(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }
}
