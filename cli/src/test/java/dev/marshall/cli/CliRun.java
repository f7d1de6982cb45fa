package dev.marshall.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One in-process run of the real {@code marshall} command: exit code and what it printed
 * ({@code bytes}: what it wrote to standard output as bytes, a binary document).
 */
record CliRun(int exitCode, String out, String err, byte[] bytes) {

    /** Lines such as {@code \tat dev.marshall.X.y(X.java:12)} or {@code Exception in thread}. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|Exception in thread|^Caused by: ");

    static CliRun of(String... args) {
        return run(Map.of(), false, List.of(), args);
    }

    static CliRun run(Map<String, String> env, boolean terminal, List<Object> extraSubcommands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), env, terminal, terminal, Path.of("").toAbsolutePath(), bytes);
        int code = Marshall.run(args, io, extraSubcommands);
        return new CliRun(code, out.toString(), err.toString(), bytes.toByteArray());
    }

    boolean showsStackTrace() {
        return STACK_TRACE.matcher(out).find() || STACK_TRACE.matcher(err).find();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        String shownOut = out.length() > 4000 ? out.substring(0, 4000) + "\n[... " + out.length() + " chars]" : out;
        return "exit " + exitCode + "\n--- stdout\n" + shownOut + "\n--- stderr\n" + err;
    }
}
