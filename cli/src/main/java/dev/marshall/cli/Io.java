package dev.marshall.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the world: its two output streams, the
 * environment, whether each stream is a terminal, and the directory relative
 * paths are read against. Passed in rather than read from {@code System}, so
 * tests run the real commands in-process.
 */
public record Io(PrintWriter out, PrintWriter err, Map<String, String> env,
                 boolean outIsTerminal, boolean errIsTerminal, Path workingDirectory) {

    public Io {
        env = Map.copyOf(env);
    }

    /** The streams and environment of this process. */
    public static Io system() {
        return new Io(new PrintWriter(System.out, false, System.out.charset()),
                new PrintWriter(System.err, false, System.err.charset()),
                System.getenv(),
                Terminals.isTerminal("stdout"), Terminals.isTerminal("stderr"),
                Path.of("").toAbsolutePath());
    }

    /** Prints one line of the form {@code marshall: message} on the error stream. */
    public void error(String message) {
        err.println("marshall: " + message);
        err.flush();
    }
}
