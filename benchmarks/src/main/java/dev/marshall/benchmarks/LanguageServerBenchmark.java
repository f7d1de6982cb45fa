package dev.marshall.benchmarks;

import dev.marshall.lsp.ForecastStatus;
import dev.marshall.lsp.LanguageServerLauncher;
import dev.marshall.lsp.MarshallLanguageClient;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server as an editor feels it, through the protocol over pipes:
 * <ol>
 *   <li>from a {@code didChange} to its published diagnostics, on a generated
 *       2 000-line programme, warm (target: under 50 ms);</li>
 *   <li>from opening examples/sialkot.marshall to the first forecast hint
 *       (target: under 2 s), then again after an edit (the engine is reused).</li>
 * </ol>
 * A main class rather than JMH: each sample is a message round trip, timed from
 * the client's side. Run with benchmarks/language-server-benchmark.sh (which
 * gives the optimizing runtime, as {@code bin/marshall lsp} does).
 */
public final class LanguageServerBenchmark {
    private LanguageServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path examples = Path.of(args.length > 1 ? args[1] : "examples");
        System.out.printf(Locale.ROOT, "load average: %s%n", loadAverage());
        diagnosticsLatency(lines);
        firstForecast(Files.readString(examples.resolve("sialkot.marshall"), StandardCharsets.UTF_8), examples.toAbsolutePath());
        System.exit(0);
    }

    private static void diagnosticsLatency(int lines) throws Exception {
        String text = ProgrammeGenerator.generate(lines);
        try (Session s = new Session("{\"forecast\": false}")) {
            String uri = "file:///benchmark/generated.marshall";
            long opened = System.nanoTime();
            s.open(uri, text);
            s.diagnostics(uri, 1);
            System.out.printf(Locale.ROOT, "open, %d lines: first diagnostics after %.1f ms%n", text.lines().count(), (System.nanoTime() - opened) / 1e6);
            int insertAt = text.indexOf('\n') + 1;
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < 130; i++) {
                // A comment typed and removed: a real edit, and the programme stays the same size.
                String inserted = i % 2 == 0 ? "// x\n" : "";
                Range range = i % 2 == 0 ? new Range(position(text, insertAt), position(text, insertAt))
                        : new Range(position(text, insertAt), new Position(position(text, insertAt).getLine() + 1, 0));
                long sent = System.nanoTime();
                int version = s.change(uri, new TextDocumentContentChangeEvent(range, inserted));
                s.diagnostics(uri, version);
                if (i >= 30) samples.add((System.nanoTime() - sent) / 1e6);
            }
            Collections.sort(samples);
            System.out.printf(Locale.ROOT, "didChange -> diagnostics, %d lines, warm (%d samples): median %.1f ms, p90 %.1f ms, max %.1f ms (target < 50 ms)%n",
                    text.lines().count(), samples.size(), samples.get(samples.size() / 2), samples.get(samples.size() * 9 / 10), samples.get(samples.size() - 1));
        }
    }

    private static void firstForecast(String sialkot, Path examples) throws Exception {
        try (Session s = new Session("{}")) {
            String uri = examples.resolve("sialkot.marshall").toUri().toString();
            long opened = System.nanoTime();
            s.open(uri, sialkot);
            ForecastStatus done = s.forecastDone(uri, 1);
            List<InlayHint> hints = s.hints(uri);
            System.out.printf(Locale.ROOT, "sialkot: first forecast hint %.0f ms after opening (%d runs, %d hints; target < 2 s)%n",
                    (System.nanoTime() - opened) / 1e6, done.runs, hints.size());
            long edited = System.nanoTime();
            int version = s.change(uri, new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "// edited\n"));
            s.forecastDone(uri, version);
            System.out.printf(Locale.ROOT, "sialkot: after an edit, hints again %.0f ms after the change (the engine is reused)%n",
                    (System.nanoTime() - edited) / 1e6);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') { line++; start = i + 1; }
        return new Position(line, offset - start);
    }

    /** A client over pipes, recording what the server publishes. */
    private static final class Session implements AutoCloseable, MarshallLanguageClient {
        private final LanguageServer server;
        private final ConcurrentHashMap<String, CompletableFuture<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, CompletableFuture<ForecastStatus>> forecasts = new ConcurrentHashMap<>();
        private final PipedOutputStream toServer;
        private int version = 1;

        Session(String options) throws IOException {
            PipedInputStream serverIn = new PipedInputStream(1 << 20);
            toServer = new PipedOutputStream(serverIn);
            PipedInputStream clientIn = new PipedInputStream(1 << 20);
            PipedOutputStream toClient = new PipedOutputStream(clientIn);
            Thread serverThread = new Thread(() -> LanguageServerLauncher.run(serverIn, toClient), "server");
            serverThread.setDaemon(true);
            serverThread.start();
            var launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
            launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setInitializationOptions(com.google.gson.JsonParser.parseString(options));
            server.initialize(init).join();
            server.initialized(new InitializedParams());
        }

        void open(String uri, String text) {
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "marshall", 1, text)));
        }

        int change(String uri, TextDocumentContentChangeEvent edit) {
            version++;
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(edit)));
            return version;
        }

        PublishDiagnosticsParams diagnostics(String uri, int v) throws Exception {
            return published.computeIfAbsent(uri + "#" + v, k -> new CompletableFuture<>()).get(120, TimeUnit.SECONDS);
        }

        ForecastStatus forecastDone(String uri, int v) throws Exception {
            return forecasts.computeIfAbsent(uri + "#" + v, k -> new CompletableFuture<>()).get(300, TimeUnit.SECONDS);
        }

        List<InlayHint> hints(String uri) {
            return server.getTextDocumentService().inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri),
                    new Range(new Position(0, 0), new Position(100_000, 0)))).join();
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            if (p.getVersion() != null) published.computeIfAbsent(p.getUri() + "#" + p.getVersion(), k -> new CompletableFuture<>()).complete(p);
        }

        @Override
        public void forecast(ForecastStatus status) {
            if (status.state.equals("done")) forecasts.computeIfAbsent(status.uri + "#" + status.version, k -> new CompletableFuture<>()).complete(status);
            if (status.state.equals("failed")) System.out.println("forecast failed: " + status.message);
        }

        @Override public void telemetryEvent(Object object) { }
        @Override public void showMessage(MessageParams messageParams) { }
        @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) { return CompletableFuture.completedFuture(null); }
        @Override public void logMessage(MessageParams message) { System.out.println("server: " + message.getMessage()); }

        @Override
        public void close() throws Exception {
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            toServer.close();
        }
    }
}
