package dev.marshall.cli;

import dev.marshall.api.MarshallException;
import dev.marshall.api.Outputs;
import dev.marshall.api.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall report FILE [--out DIR]}: the report a donor reads, one
 * self-contained {@code index.html}, with every {@code emit} format written
 * beside it. Each file is replaced atomically.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the M&E report (index.html) and every emit format into a folder.",
        footer = {"", "The folder defaults to NAME-report in the working directory, NAME being",
                "the file's name without .marshall.",
                "", "Exit status: 0 written; 1 the programme has errors or its simulation failed;", "2 usage or I/O error."})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "DIR", description = "The folder to write into (created if missing).")
    private Path out;

    @Mixin
    private RunOptions run;

    @Mixin
    private EmitCommand.NoSimulation simulation;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() throws MarshallException {
        Io io = marshall.io();
        Path folder = out != null ? out : Path.of(defaultFolder(file));
        if (folder.toString().equals("-")) {
            io.error("a report is a folder of files; it cannot go to standard output ('-'): give a folder with --out");
            return ExitCodes.USAGE_OR_IO;
        }
        // Before the runs, which may take a while: a file where the folder should be, a folder holding an input.
        List<Path> written;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            EmitCommand.Loaded loaded = EmitCommand.load(api, file, inputs -> folderAllowed(folder, inputs, io), run, simulation, colour, io);
            if (loaded.exitCode() != ExitCodes.OK) return loaded.exitCode();
            written = loaded.programme().writeReport(folder, loaded.forecast());
        } catch (IOException e) {
            io.error("cannot write the report into '" + Reasons.oneLine(folder.toString()) + "': " + Reasons.of(e));
            return ExitCodes.USAGE_OR_IO;
        }
        io.out().println("wrote " + Reasons.oneLine(folder.resolve(Outputs.REPORT_INDEX).toString())
                + " and " + (written.size() - 1) + " files beside it");
        io.out().flush();
        return ExitCodes.OK;
    }

    /** Whether the report may replace {@code folder}; prints why not. */
    private static boolean folderAllowed(Path folder, List<Path> inputs, Io io) {
        Path inTheWay = fileInTheWay(folder);
        if (inTheWay != null) {
            io.error("cannot write the report into '" + Reasons.oneLine(folder.toString()) + "': "
                    + (inTheWay.equals(folder) ? "it is" : "'" + Reasons.oneLine(inTheWay.toString()) + "' is")
                    + " a file, not a folder");
            return false;
        }
        try {
            Outputs.checkReportFolder(folder, inputs);
            return true;
        } catch (IOException e) {
            io.error("cannot write the report into '" + Reasons.oneLine(folder.toString()) + "': " + Reasons.of(e));
            return false;
        }
    }

    /** The folder itself, or the nearest of its parents, when it exists and is not a folder; else null. */
    static Path fileInTheWay(Path folder) {
        if (folder.toString().isEmpty()) return null;
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) return null;
            if (Files.exists(p)) return p.equals(folder.toAbsolutePath().normalize()) ? folder : p;
        }
        return null;
    }

    /** {@code examples/sialkot.marshall} → {@code sialkot-report}. */
    static String defaultFolder(Path file) {
        String name = file.getFileName() == null ? "programme" : file.getFileName().toString();
        if (name.endsWith(".marshall")) name = name.substring(0, name.length() - ".marshall".length());
        return (name.isEmpty() ? "programme" : name) + "-report";
    }
}
