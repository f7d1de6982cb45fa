package dev.marshall.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as this server sees it: LSP, plus a notification on the live forecast's progress that clients may ignore. */
public interface MarshallLanguageClient extends LanguageClient {

    /** {@code marshall/forecast}: a forecast of a document version started, finished, was cancelled or failed. */
    @JsonNotification("marshall/forecast")
    default void forecast(ForecastStatus status) { }
}
