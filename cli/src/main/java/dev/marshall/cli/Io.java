package dev.marshall.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the world: its two output streams (and standard
 * output as bytes, for a binary document such as the workbook), the
 * environment, whether each stream is a terminal, and the directory relative
 * paths are read against. Passed in rather than read from {@code System}, so
 * tests run the real commands in-process.
 */
public record Io(PrintWriter out, PrintWriter err, Map<String, String> env,
                 boolean outIsTerminal, boolean errIsTerminal, Path workingDirectory, OutputStream binaryOut) {

    public Io {
        env = Map.copyOf(env);
    }

    /** Streams without a byte stream for standard output: writing a binary document to it fails with a clear reason. */
    public Io(PrintWriter out, PrintWriter err, Map<String, String> env, boolean outIsTerminal, boolean errIsTerminal,
              Path workingDirectory) {
        this(out, err, env, outIsTerminal, errIsTerminal, workingDirectory, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("standard output takes no binary document here");
            }
        });
    }

    /**
     * The streams and environment of this process. Output is always UTF-8: JSON
     * and SARIF must be, and under a C locale the platform's ASCII would turn
     * every {@code ␀} and non-English name into {@code ?}.
     */
    public static Io system() {
        return new Io(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), false),
                System.getenv(),
                Terminals.isTerminal("stdout"), Terminals.isTerminal("stderr"),
                Path.of("").toAbsolutePath(), new FileOutputStream(FileDescriptor.out));
    }

    /** Prints one line of the form {@code marshall: message} on the error stream. */
    public void error(String message) {
        err.println("marshall: " + message);
        err.flush();
    }
}
