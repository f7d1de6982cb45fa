package dev.marshall.lsp;

/**
 * Runs the server on standard input and output without the command line
 * (tests and the benchmark start it so; users run {@code marshall lsp}).
 */
public final class LanguageServerMain {
    private LanguageServerMain() {}

    public static void main(String[] args) {
        System.exit(LanguageServerLauncher.runOnStandardStreams());
    }
}
