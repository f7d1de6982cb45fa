package dev.marshall.cli;

/** The exit codes every command keeps to (documented in docs/cli.md). */
public final class ExitCodes {
    private ExitCodes() {}

    /** Done, nothing wrong. */
    public static final int OK = 0;
    /** The programme has errors (or warnings under {@code --strict}). */
    public static final int FINDINGS = 1;
    /** The command line was wrong, or a file could not be read or written. */
    public static final int USAGE_OR_IO = 2;
    /** A bug in Marshall (BSD sysexits' EX_SOFTWARE); details were written to a file. */
    public static final int INTERNAL_ERROR = 70;
}
