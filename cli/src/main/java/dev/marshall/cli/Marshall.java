package dev.marshall.cli;

import dev.marshall.api.EngineOptionsException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code marshall} command. Subcommands are registered in the one list
 * below; a new command is one class and one line there.
 *
 * <p>Only {@link #main} ends the process; everything else returns an exit
 * code ({@link ExitCodes}), so tests run the real commands in-process through
 * {@link #run}.
 */
@Command(name = "marshall",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Check, simulate and report on cluster development programmes written in Marshall.",
        subcommands = {
            CheckCommand.class,
            FmtCommand.class,
            SimulateCommand.class,
            MonitorCommand.class,
            SensitivityCommand.class,
            EmitCommand.class,
            ReportCommand.class,
            RulesCommand.class,
            DiffCommand.class,
            LspCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Marshall implements Callable<Integer> {

    /**
     * Deeply nested input (20 000 parentheses) makes any recursive-descent
     * parser recurse deeply; a thread with a large stack keeps that a
     * diagnostic rather than a crash. Reserved, not committed, memory.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final Io io;

    Marshall(Io io) {
        this.io = io;
    }

    /** The streams and environment this invocation works with; for subcommands. */
    Io io() {
        return io;
    }

    @Override
    public Integer call() {
        io.error("no command given");
        io.err().println("Usage: marshall COMMAND [OPTIONS] FILE... (try 'marshall --help')");
        io.err().flush();
        return ExitCodes.USAGE_OR_IO;
    }

    public static void main(String[] args) {
        System.exit(run(args, Io.system()));
    }

    /** Runs one invocation and returns its exit code; never throws, never exits. */
    public static int run(String[] args, Io io) {
        return run(args, io, List.of());
    }

    /** As {@link #run(String[], Io)}, with more subcommands: tests add one that fails on purpose. */
    static int run(String[] args, Io io, List<Object> extraSubcommands) {
        AtomicInteger exitCode = new AtomicInteger(ExitCodes.INTERNAL_ERROR);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                exitCode.set(execute(args, io, extraSubcommands));
            } catch (Throwable t) {
                escaped.set(t);
            }
        }, "marshall", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            escaped.compareAndSet(null, e);
        }
        int code = escaped.get() != null ? CrashReport.report(escaped.get(), List.of(args), io) : exitCode.get();
        // A PrintWriter swallows I/O errors: a full disk or a closed pipe would lose the output and exit 0.
        if (io.out().checkError() && code != ExitCodes.INTERNAL_ERROR) {
            io.error("cannot write to standard output (is the disk full, or did the reader close the pipe?); the output is incomplete");
            code = ExitCodes.USAGE_OR_IO;
        }
        io.err().flush();
        return code;
    }

    private static int execute(String[] args, Io io, List<Object> extraSubcommands) {
        CommandLine commandLine = new CommandLine(new Marshall(io));
        for (Object subcommand : extraSubcommands) commandLine.addSubcommand(subcommand);
        commandLine.setOut(io.out());
        commandLine.setErr(io.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(Help.defaultColorScheme(helpAnsi(io)));
        commandLine.setParameterExceptionHandler(Marshall::usageError);
        commandLine.setExecutionExceptionHandler(
                (Exception failure, CommandLine command, ParseResult parsed) -> failure instanceof EngineOptionsException refused
                        ? engineOptions(refused, io) : CrashReport.report(failure, List.of(args), io));
        int code = commandLine.execute(args);
        io.out().flush();
        io.err().flush();
        return code;
    }

    /** A {@code -Dpolyglot.*} option the runtime in use lacks: the process's configuration, not a bug (exit 2). */
    private static int engineOptions(EngineOptionsException refused, Io io) {
        io.error(refused.getMessage());
        io.err().println("hint: compilation options need the optimizing runtime: run with MARSHALL_JVMCI=1 (docs/cli.md)");
        return ExitCodes.USAGE_OR_IO;
    }

    /** A wrong command line: one line saying what is wrong, one saying where help is. */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        java.io.PrintWriter err = command.getErr();
        err.println("marshall: " + dev.marshall.api.Reasons.oneLine(problem.getMessage()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }

    /** Help is coloured like everything else: on a terminal, without NO_COLOR. */
    private static Help.Ansi helpAnsi(Io io) {
        boolean colour = io.outIsTerminal()
                && io.env().getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(io.env().get("TERM"));
        return colour ? Help.Ansi.ON : Help.Ansi.OFF;
    }
}
