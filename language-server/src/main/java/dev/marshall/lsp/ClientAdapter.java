package dev.marshall.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A plain LSP client seen as a {@link MarshallLanguageClient} (it does not hear the forecast notification). */
final class ClientAdapter implements MarshallLanguageClient {
    private final LanguageClient client;

    ClientAdapter(LanguageClient client) { this.client = client; }

    @Override public void telemetryEvent(Object object) { client.telemetryEvent(object); }
    @Override public void publishDiagnostics(PublishDiagnosticsParams diagnostics) { client.publishDiagnostics(diagnostics); }
    @Override public void showMessage(MessageParams messageParams) { client.showMessage(messageParams); }
    @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) { return client.showMessageRequest(requestParams); }
    @Override public void logMessage(MessageParams message) { client.logMessage(message); }
    @Override public CompletableFuture<Void> refreshInlayHints() { return client.refreshInlayHints(); }
    @Override public CompletableFuture<Void> refreshCodeLenses() { return client.refreshCodeLenses(); }
}
