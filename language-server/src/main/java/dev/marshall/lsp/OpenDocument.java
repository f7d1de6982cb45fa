package dev.marshall.lsp;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * An open document: its latest text (changed on the protocol thread) and its
 * latest analysis (made on the analysis thread). {@code parsedAnalysis} is the
 * latest one whose text parsed: navigation keeps working from it while the
 * designer is half-way through a line.
 */
final class OpenDocument {
    final String uri;
    final String displayPath;
    final Path location;
    private String text;
    private int version;
    private volatile Analysis latest;
    private volatile Analysis parsedAnalysis;
    /** Whether an analysis is queued and not yet started: changes in between are picked up by it. */
    boolean analysisQueued;
    /** Other files this document's diagnostics were published to, to clear them later. */
    final Set<String> publishedElsewhere = new HashSet<>();

    OpenDocument(String uri, String text, int version) {
        this.uri = uri;
        this.displayPath = Uris.displayPath(uri);
        this.location = Uris.path(uri);
        this.text = text;
        this.version = version;
    }

    synchronized void update(String newText, int newVersion) {
        text = newText;
        version = newVersion;
    }

    synchronized String text() { return text; }

    synchronized int version() { return version; }

    Analysis latest() { return latest; }

    /** The analysis to navigate with: the latest whose text parsed, else the latest. */
    Analysis navigation() {
        Analysis parsed = parsedAnalysis;
        return parsed != null ? parsed : latest;
    }

    void analysed(Analysis analysis) {
        latest = analysis;
        if (analysis.parsed && analysis.programme() != null) parsedAnalysis = analysis;
    }
}
