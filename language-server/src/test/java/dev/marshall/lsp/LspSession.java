package dev.marshall.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language client of our own, talking to a server over piped streams (as an
 * editor does over stdio): it records what the server publishes and lets a
 * test wait for it.
 */
final class LspSession implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);

    final LanguageServer server;
    final Recorder client = new Recorder();
    private final Thread serverThread;
    private final PipedOutputStream toServer;
    private final PipedOutputStream toClient;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    LspSession() throws IOException {
        this(null);
    }

    LspSession(Object initializationOptions) throws IOException {
        // The client side logs a closed pipe at the end of each session as SEVERE: not news.
        java.util.logging.Logger.getLogger("org.eclipse.lsp4j").setLevel(java.util.logging.Level.OFF);
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        toClient = new PipedOutputStream(clientIn);
        serverThread = new Thread(() -> exitCode.complete(LanguageServerLauncher.run(serverIn, toClient)), "test-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setInlayHint(new InlayHintWorkspaceCapabilities(true));
        capabilities.setWorkspace(workspace);
        init.setCapabilities(capabilities);
        init.setInitializationOptions(initializationOptions);
        get(server.initialize(init));
        server.initialized(new InitializedParams());
    }

    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer from the server: " + e, e);
        }
    }

    void open(String uri, String text) {
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "marshall", 1, text)));
    }

    /** Replaces the whole text; returns the new version. */
    int change(String uri, String text) {
        int version = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
        return version;
    }

    int change(String uri, TextDocumentContentChangeEvent edit) {
        int version = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(edit)));
        return version;
    }

    static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** Waits for diagnostics of a given version of a document. */
    PublishDiagnosticsParams diagnostics(String uri, int version) {
        return client.await(client.diagnostics, p -> p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version);
    }

    ForecastStatus forecast(String uri, Predicate<ForecastStatus> which) {
        return client.await(client.forecasts, s -> s.uri.equals(uri) && which.test(s));
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            exitCode.get(10, TimeUnit.SECONDS);
        } finally {
            toServer.close();
            toClient.close();
        }
    }

    /** What the server sent the client. */
    static final class Recorder implements MarshallLanguageClient {
        final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
        final List<ForecastStatus> forecasts = new CopyOnWriteArrayList<>();
        final List<MessageParams> logs = new CopyOnWriteArrayList<>();
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        volatile int inlayRefreshes;

        <T> T await(List<T> list, Predicate<T> which) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            int seen = 0;
            while (System.nanoTime() < deadline) {
                List<T> copy = new ArrayList<>(list);
                for (int i = seen; i < copy.size(); i++) if (which.test(copy.get(i))) return copy.get(i);
                try {
                    events.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new AssertionError("the server did not send what was awaited; it sent " + list);
        }

        @Override public void telemetryEvent(Object object) { }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            diagnostics.add(p);
            events.add(p);
        }

        @Override
        public void forecast(ForecastStatus status) {
            forecasts.add(status);
            events.add(status);
        }

        @Override public void showMessage(MessageParams messageParams) { logs.add(messageParams); }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override public void logMessage(MessageParams message) { logs.add(message); }

        @Override
        public CompletableFuture<Void> refreshInlayHints() {
            inlayRefreshes++;
            events.add("refresh");
            return CompletableFuture.completedFuture(null);
        }
    }
}
