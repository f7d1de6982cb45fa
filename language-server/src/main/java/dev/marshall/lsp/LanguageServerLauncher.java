package dev.marshall.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;

/**
 * Runs the language server over a pair of streams (stdio for {@code marshall lsp},
 * pipes in tests) until the client sends {@code exit} or closes the input.
 * Nothing is printed on the output stream but protocol messages.
 */
public final class LanguageServerLauncher {
    private LanguageServerLauncher() {}

    /** Serves until the client exits; 0 after shutdown then exit, 1 after exit without shutdown (as LSP says). */
    public static int run(InputStream in, OutputStream out) {
        // LSP4J logs a failed message with its stack trace through java.util.logging: not for users' eyes.
        Logger.getLogger("org.eclipse.lsp4j").setLevel(Level.OFF);
        CompletableFuture<Void> exited = new CompletableFuture<>();
        MarshallLanguageServer server = new MarshallLanguageServer(() -> exited.complete(null));
        ExecutorService messages = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "marshall-lsp-messages");
            t.setDaemon(true);
            return t;
        });
        Launcher<MarshallLanguageClient> launcher = new LSPLauncher.Builder<MarshallLanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(MarshallLanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(messages)
                .setExceptionHandler(LanguageServerLauncher::asResponse)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the input ended or failed: the client is gone
            }
            exited.complete(null);
        }, messages);
        exited.join();
        listening.cancel(true);
        messages.shutdownNow();
        return server.isShutdown() ? 0 : 1;
    }

    /**
     * Serves on this process's standard input and output. Standard output then carries protocol
     * messages only: anything else the process would print goes to standard error.
     */
    public static int runOnStandardStreams() {
        java.io.OutputStream protocol = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
        java.io.PrintStream previous = System.out;
        System.setOut(System.err);
        // Run as `java -jar marshall.jar lsp` (an editor's extension), the engine would warn on every
        // start that it runs without the optimizing compiler; bin/marshall lsp picks the runtime and says so once.
        if (System.getProperty("polyglot.engine.WarnInterpreterOnly") == null) System.setProperty("polyglot.engine.WarnInterpreterOnly", "false");
        try {
            return run(new java.io.BufferedInputStream(new java.io.FileInputStream(java.io.FileDescriptor.in)), protocol);
        } finally {
            System.setOut(previous);
        }
    }

    /** A failure inside a request becomes an error response with one line, never a stack trace. */
    static ResponseError asResponse(Throwable t) {
        return new ResponseError(ResponseErrorCode.InternalError, "marshall: internal error: " + DocumentService.describe(t), null);
    }
}
