package dev.marshall.lsp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The documents the client has open, and every request about them.
 *
 * <p>Threads: the protocol thread only records text. One analysis thread
 * checks documents and answers requests in the order they came, so a request
 * made after an edit sees the edit. Edits that arrive while a check runs are
 * coalesced: the next check takes the newest text (a debounce that adds no
 * delay to the first keystroke). The live forecast runs on a thread of its own
 * ({@link Forecasts}), so it never delays diagnostics.
 *
 * <p>Every request is guarded: an unexpected failure answers "nothing here"
 * and is logged as one line, never as a stack trace to the client.
 */
final class DocumentService implements TextDocumentService {
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final ExecutorService analysis = Executors.newSingleThreadExecutor(r -> daemon(r, "marshall-analysis"));
    private final Uris uris;
    private volatile MarshallLanguageClient client = new ClientAdapter(new SilentClient());
    private volatile ServerOptions options = ServerOptions.from(null, null);
    private volatile Diagnostics diagnostics;
    private volatile Forecasts forecasts;
    private volatile boolean clientRefreshesInlayHints;
    private volatile boolean clientRefreshesCodeLenses;
    /** A client that shows inlay hints gets the forecast there only, not twice (code lenses are for the others). */
    private volatile boolean clientShowsInlayHints;

    DocumentService(Uris uris) {
        this.uris = uris;
        this.diagnostics = new Diagnostics(uris, null);
        this.forecasts = new Forecasts(this::forecastDone, this::forecastStatus, ServerOptions.DEFAULT_RUNS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void configure(ServerOptions newOptions, ClientCapabilities capabilities) {
        options = newOptions;
        diagnostics = new Diagnostics(uris, newOptions.rulesDocumentation());
        forecasts.close();
        forecasts = new Forecasts(this::forecastDone, this::forecastStatus, newOptions.forecastRuns());
        if (newOptions.forecast()) forecasts.warmUp();
        try {
            var workspace = capabilities == null ? null : capabilities.getWorkspace();
            clientRefreshesInlayHints = workspace != null && workspace.getInlayHint() != null
                    && Boolean.TRUE.equals(workspace.getInlayHint().getRefreshSupport());
            clientRefreshesCodeLenses = workspace != null && workspace.getCodeLens() != null
                    && Boolean.TRUE.equals(workspace.getCodeLens().getRefreshSupport());
            clientShowsInlayHints = capabilities != null && capabilities.getTextDocument() != null
                    && capabilities.getTextDocument().getInlayHint() != null;
        } catch (RuntimeException e) {
            clientRefreshesInlayHints = false;
        }
    }

    void connect(MarshallLanguageClient newClient) { client = newClient; }

    /** Completes when everything queued before it on the analysis thread is done. */
    CompletableFuture<Void> drain() {
        try {
            return CompletableFuture.runAsync(() -> { }, analysis);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    void close() {
        forecasts.close();
        analysis.shutdownNow();
    }

    // ------------------------------------------------------------------ document life cycle

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        guardNotification("open", () -> {
            var item = params.getTextDocument();
            OpenDocument document = new OpenDocument(item.getUri(), item.getText() == null ? "" : item.getText(), item.getVersion());
            open.put(item.getUri(), document);
            scheduleAnalysis(document);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        guardNotification("change", () -> {
            OpenDocument document = open.get(params.getTextDocument().getUri());
            if (document == null) return;
            forecasts.cancel(document.uri);
            Integer version = params.getTextDocument().getVersion();
            synchronized (document) {
                document.update(Texts.apply(document.text(), params.getContentChanges()),
                        version == null ? document.version() + 1 : version);
            }
            scheduleAnalysis(document);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        guardNotification("close", () -> {
            OpenDocument document = open.remove(params.getTextDocument().getUri());
            if (document == null) return;
            forecasts.cancel(document.uri);
            analysis.execute(() -> {
                client.publishDiagnostics(new PublishDiagnosticsParams(document.uri, List.of()));
                for (String other : document.publishedElsewhere) client.publishDiagnostics(new PublishDiagnosticsParams(other, List.of()));
            });
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // A saved module changes what the documents that use it see: check every open document again.
        guardNotification("save", () -> open.values().forEach(this::scheduleAnalysis));
    }

    private void scheduleAnalysis(OpenDocument document) {
        synchronized (document) {
            if (document.analysisQueued) return;
            document.analysisQueued = true;
        }
        try {
            analysis.execute(() -> analyse(document));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void analyse(OpenDocument document) {
        String text;
        int version;
        synchronized (document) {
            document.analysisQueued = false;
            text = document.text();
            version = document.version();
        }
        if (open.get(document.uri) != document) return;   // closed meanwhile
        Analysis previous = document.latest();
        if (previous != null && previous.version == version && previous.source.text().equals(text)) return;
        try {
            Analysis result = Analysis.of(version, document.displayPath, document.location, text);
            document.analysed(result);
            publish(document, result);
            if (options.forecast() && result.checksClean() && isCurrent(document, result)) {
                forecasts.start(document.uri, result, () -> isCurrent(document, result));
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log("could not check " + document.displayPath + ": " + describe(e));
        }
    }

    private boolean isCurrent(OpenDocument document, Analysis analysis) {
        return open.get(document.uri) == document && document.latest() == analysis && document.version() == analysis.version;
    }

    private void publish(OpenDocument document, Analysis result) {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri = diagnostics.byUri(result, document.uri);
        Set<String> cleared = new HashSet<>(document.publishedElsewhere);
        cleared.removeAll(byUri.keySet());
        for (String uri : cleared) client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        document.publishedElsewhere.clear();
        for (Map.Entry<String, List<org.eclipse.lsp4j.Diagnostic>> e : byUri.entrySet()) {
            if (e.getKey().equals(document.uri)) {
                client.publishDiagnostics(new PublishDiagnosticsParams(e.getKey(), e.getValue(), result.version));
            } else if (!open.containsKey(e.getKey())) {
                // A module that is open has its own diagnostics; one that is not shows this document's findings in it.
                document.publishedElsewhere.add(e.getKey());
                client.publishDiagnostics(new PublishDiagnosticsParams(e.getKey(), e.getValue()));
            }
        }
    }

    // ------------------------------------------------------------------ the live forecast

    private void forecastDone(String uri) {
        if (clientRefreshesInlayHints) client.refreshInlayHints();
        if (clientRefreshesCodeLenses) client.refreshCodeLenses();
    }

    private void forecastStatus(ForecastStatus status) {
        client.forecast(status);
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return request("inlay hints", params.getTextDocument().getUri(), List.of(), (document) -> {
            Analysis latest = document.latest();
            if (latest == null) return List.of();
            return forecasts.hints(document.uri, latest);
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return request("code lenses", params.getTextDocument().getUri(), List.of(), (document) -> {
            Analysis latest = document.latest();
            if (latest == null || clientShowsInlayHints) return List.of();
            return forecasts.lenses(document.uri, latest);
        });
    }

    // ------------------------------------------------------------------ requests

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return request("hover", params.getTextDocument().getUri(), null,
                (document) -> Hovers.hover(document, params.getPosition(), context()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return request("definition", params.getTextDocument().getUri(), Either.forLeft(List.of()),
                (document) -> Either.forLeft(Navigation.definition(document, params.getPosition(), context())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return request("references", params.getTextDocument().getUri(), List.of(), (document) -> Navigation.references(
                document, params.getPosition(), params.getContext() == null || params.getContext().isIncludeDeclaration(), context()));
    }

    @Override
    public CompletableFuture<Either3<org.eclipse.lsp4j.Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return request("rename", params.getTextDocument().getUri(), null,
                (document) -> Navigation.prepareRename(document, params.getPosition(), context()));
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return request("rename", params.getTextDocument().getUri(), null,
                (document) -> Navigation.rename(document, params.getPosition(), params.getNewName(), context()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return request("completion", params.getTextDocument().getUri(), Either.forLeft(List.of()),
                (document) -> Either.forRight(Completions.complete(document, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return request("symbols", params.getTextDocument().getUri(), List.of(), (document) -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : Outline.symbols(document)) out.add(Either.forRight(s));
            return out;
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return request("folding", params.getTextDocument().getUri(), List.of(), Outline::foldingRanges);
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return request("semantic tokens", params.getTextDocument().getUri(), new SemanticTokens(List.of()), SemanticHighlighting::tokens);
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return request("formatting", params.getTextDocument().getUri(), List.of(), (document) -> Formatting.whole(document));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> rangeFormatting(DocumentRangeFormattingParams params) {
        return request("formatting", params.getTextDocument().getUri(), List.of(),
                (document) -> Formatting.range(document, params.getRange()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return request("code actions", params.getTextDocument().getUri(), List.of(), (document) -> {
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (CodeAction a : CodeActions.actions(document, params, context())) out.add(Either.forRight(a));
            return out;
        });
    }

    /** What the features need besides the document: where files are and how to name them. */
    record Context(Uris uris, Map<String, OpenDocument> open) { }

    private Context context() { return new Context(uris, open); }

    /**
     * Answers a request about a document on the analysis thread, after the checks of every edit
     * received before it. An unknown document, a failure or a stack overflow answers {@code none}.
     */
    private <T> CompletableFuture<T> request(String what, String uri, T none, Function<OpenDocument, T> answer) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            analysis.execute(() -> {
                OpenDocument document = uri == null ? null : open.get(uri);
                if (document == null) {
                    result.complete(none);
                    return;
                }
                try {
                    T value = answer.apply(document);
                    result.complete(value == null ? none : value);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    log(what + " failed in " + document.displayPath + ": " + describe(e));
                    result.complete(none);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.complete(none);
        }
        return result;
    }

    private void guardNotification(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log(what + " failed: " + describe(e));
        }
    }

    /** One line: the kind of failure and its message, no stack trace. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    void log(String message) {
        try {
            client.logMessage(new MessageParams(MessageType.Warning, "marshall: " + message));
        } catch (RuntimeException e) {
            // the client has gone: nothing to tell
        }
    }

    /** Before a client connects (tests that drive the service directly): publish nowhere. */
    private static final class SilentClient implements org.eclipse.lsp4j.services.LanguageClient {
        @Override public void telemetryEvent(Object object) { }
        @Override public void publishDiagnostics(PublishDiagnosticsParams diagnostics) { }
        @Override public void showMessage(MessageParams messageParams) { }
        @Override public CompletableFuture<org.eclipse.lsp4j.MessageActionItem> showMessageRequest(org.eclipse.lsp4j.ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }
        @Override public void logMessage(MessageParams message) { }
    }
}
