package dev.marshall.lsp;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Marshall language server: what it offers ({@link #initialize}) and its
 * life cycle. The work is done by {@link DocumentService}.
 */
public final class MarshallLanguageServer implements LanguageServer, LanguageClientAware {
    private final DocumentService documents;
    private final WorkspaceService workspace = new Workspace();
    private final Runnable onExit;
    private volatile boolean shutdown;

    /** @param onExit what {@code exit} does (the command line ends the process; a test ends its thread) */
    public MarshallLanguageServer(Runnable onExit) {
        this.onExit = onExit;
        this.documents = new DocumentService(new Uris(Uris.defaultLibraryFolder()));
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        documents.configure(ServerOptions.from(params.getInitializationOptions(), defaultRulesDocumentation()),
                params.getCapabilities());
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        RenameOptions rename = new RenameOptions();
        rename.setPrepareProvider(true);
        c.setRenameProvider(rename);
        c.setCompletionProvider(new CompletionOptions(false, List.of("=", "[", ",", ":", ".", " ")));
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setDocumentRangeFormattingProvider(true);
        c.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(SemanticHighlighting.LEGEND, true));
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        c.setInlayHintProvider(true);
        c.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(false));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("marshall", Version.of())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        // Requests and checks already received are answered first, then the threads stop; but the
        // answer never waits long (a check or an engine start still running on a loaded machine),
        // since a client that gets no answer to shutdown cannot exit cleanly. Closing the forecast
        // engine can itself wait for a simulation to leave the guest, so it never delays the answer.
        return documents.drain().completeOnTimeout(null, 3, java.util.concurrent.TimeUnit.SECONDS).handle((done, failure) -> {
            closeInBackground();
            return null;
        });
    }

    @Override
    public void exit() {
        // A client that exits without waiting for shutdown's answer still gets what it asked before.
        try {
            documents.drain().get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // stop anyway
        }
        closeInBackground();
        onExit.run();
    }

    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();

    /** Stops the analysis and forecast threads and the engine, once, on a daemon thread of its own. */
    private void closeInBackground() {
        if (!closing.compareAndSet(false, true)) return;
        Thread closer = new Thread(documents::close, "marshall-close");
        closer.setDaemon(true);
        closer.start();
    }

    public boolean isShutdown() { return shutdown; }

    @Override
    public TextDocumentService getTextDocumentService() { return documents; }

    @Override
    public WorkspaceService getWorkspaceService() { return workspace; }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client instanceof MarshallLanguageClient m ? m : new ClientAdapter(client));
    }

    /**
     * The language reference's diagnostics section when the server runs from a checkout (the jar in
     * cli/target, or the classes in language-server/target), else null: nothing to link.
     */
    static String defaultRulesDocumentation() {
        try {
            Path code = Path.of(MarshallLanguageServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                Path reference = p.resolve("docs").resolve("language.md");
                if (Files.isRegularFile(reference)) return reference.toUri() + "#13-diagnostics-reference";
                if (p.getNameCount() < code.getNameCount() - 4) break;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): nothing to link
        }
        return null;
    }

    /** The workspace: nothing to do beyond accepting its notifications. */
    private static final class Workspace implements WorkspaceService {
        @Override
        public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) { }

        @Override
        public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) { }
    }
}
