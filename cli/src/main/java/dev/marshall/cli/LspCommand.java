package dev.marshall.cli;

import dev.marshall.lsp.LanguageServerLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marshall lsp}: the language server on standard input and output,
 * for editors (docs/editor.md). Standard output carries protocol messages
 * only: anything else the process would print goes to standard error.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the language server (Language Server Protocol over standard input and output), for editors.",
                "Diagnostics, hover, definition, references, rename, completion, formatting and the live forecast: docs/editor.md."},
        footer = {"", "Exit status: 0 after the client's shutdown and exit; 1 when the client", "exits or disconnects without shutdown."})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Talk over standard input and output (the default and only channel; accepted for editors that pass it).")
    private boolean stdio;

    @Override
    public Integer call() {
        return LanguageServerLauncher.runOnStandardStreams();
    }
}
