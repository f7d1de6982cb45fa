package dev.marshall.cli;

import dev.marshall.api.Outputs;
import dev.marshall.api.Programme;
import dev.marshall.api.Reasons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code -o PATH} of check, simulate and emit, on top of the API's
 * rules ({@link Outputs}): {@code -} is standard output; the path is
 * checked before any work (so a bad one costs no simulation) and again, with
 * every module the programme uses, before it is written.
 */
final class OutputFiles {
    private OutputFiles() {}

    static boolean isStandardOutput(Path output) {
        return output == null || output.toString().equals("-");
    }

    /** Whether the output may be written; prints why not. Run before loading and before simulating. */
    static boolean check(Path output, List<Path> inputs, Io io) {
        if (isStandardOutput(output)) return true;
        try {
            Outputs.checkTarget(output, inputs);
            return true;
        } catch (IOException e) {
            io.error(cannotWrite(output, e));
            return false;
        }
    }

    /** Writes {@code text} to the output (standard output for none or {@code -}); returns the exit code. */
    static int write(Path output, String text, List<Path> inputs, Io io) {
        if (isStandardOutput(output)) {
            io.out().print(text);
            io.out().flush();
            return ExitCodes.OK;
        }
        try {
            Outputs.write(output, text, inputs);
            return ExitCodes.OK;
        } catch (IOException e) {
            io.error(cannotWrite(output, e));
            return ExitCodes.USAGE_OR_IO;
        }
    }

    /**
     * Writes a binary document (the workbook) to the output. Standard output
     * takes it only when it is not a terminal (a pipe, a file): bytes of a zip
     * would garble the terminal, so there the command asks for {@code -o}.
     */
    static int write(Path output, byte[] bytes, List<Path> inputs, Io io) {
        if (isStandardOutput(output)) {
            try {
                io.out().flush();
                io.binaryOut().write(bytes);
                io.binaryOut().flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                io.error("cannot write standard output: " + Reasons.of(e));
                return ExitCodes.USAGE_OR_IO;
            }
        }
        try {
            Outputs.write(output, bytes, inputs);
            return ExitCodes.OK;
        } catch (IOException e) {
            io.error(cannotWrite(output, e));
            return ExitCodes.USAGE_OR_IO;
        }
    }

    static String cannotWrite(Path output, IOException e) {
        return "cannot write '" + Reasons.oneLine(output.toString()) + "': " + Reasons.of(e);
    }

    /** The files a programme was read from: the programme as given and every module it uses from disk. */
    static List<Path> inputs(Path file, Programme programme) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        if (programme != null) inputs.addAll(programme.sourceFiles());
        return inputs;
    }
}
