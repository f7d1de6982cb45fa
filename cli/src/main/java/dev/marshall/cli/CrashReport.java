package dev.marshall.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What happens when Marshall itself fails: the user gets one line saying it
 * is a bug and where the details are; the stack trace goes to a file in the
 * temporary folder, never to the terminal or into the output a script reads.
 */
final class CrashReport {
    private CrashReport() {}

    /** Writes the details, tells the user in one line, and returns the exit code for a bug. */
    static int report(Throwable failure, List<String> args, Io io) {
        String what = failure.getClass().getSimpleName();
        String where;
        try {
            Path file = Files.createTempFile("marshall-crash-", ".txt");
            Files.writeString(file, details(failure, args), StandardCharsets.UTF_8);
            where = "the details are in " + file;
        } catch (IOException | RuntimeException e) {
            where = "the details could not be written (" + e.getMessage() + ")";
        }
        io.error("internal error (" + what + "): this is a bug in Marshall; please report it; " + where);
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String details(Throwable failure, List<String> args) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("marshall " + Version.number());
        out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.println("runtime " + System.getProperty("marshall.runtime", "not set by the launcher"));
        out.println("arguments " + args);
        out.println();
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
