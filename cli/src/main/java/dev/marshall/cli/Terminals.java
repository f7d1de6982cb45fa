package dev.marshall.cli;

/**
 * Whether standard output or standard error is a terminal. The launcher
 * ({@code bin/marshall}) knows for sure ({@code [ -t 1 ]}) and passes
 * {@code -Dmarshall.stdout.tty=true|false} and {@code -Dmarshall.stderr.tty=...};
 * started any other way, the JVM's console is the best guess there is.
 */
final class Terminals {
    private Terminals() {}

    static boolean isTerminal(String stream) {
        String told = System.getProperty("marshall." + stream + ".tty");
        if (told != null) return Boolean.parseBoolean(told);
        java.io.Console console = System.console();
        if (console == null) return false;
        // Since JDK 22 System.console() exists even when redirected; Console.isTerminal() tells (absent on 21).
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when attached to a terminal
        }
    }
}
