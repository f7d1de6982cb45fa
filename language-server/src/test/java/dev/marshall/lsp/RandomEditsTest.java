package dev.marshall.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random edits through the protocol — insertions of stray
 * characters and of pieces of other examples, deletions, the text cut off
 * anywhere — with requests at random places in between. The server must answer
 * every request, publish diagnostics for the final text, and never send a
 * stack trace. The seed is fixed: a failure reproduces.
 */
class RandomEditsTest {
    static final long SEED = 20261202;
    static final int EDITS = 2000;
    static final String[] PIECES = {"{", "}", "[", "]", "(", ")", "\"", "=", "+=", "..", ".", ":", ";", ",", "month", "month 3", "by",
            "/*", "*/", "///", "//", "\n", " ", "1_000 EUR", "12%", "1e308", "-", "not", "if", "each month {", "state", "actor",
            "intervention x : finance {", "use \"nowhere.marshall\"", "use std.unido", "\u0000", "é", "\uFFFD", "2027-13", "allow A05"};

    @TempDir
    Path folder;

    @Test
    void theServerSurvivesAndKeepsAnswering() throws Exception {
        Random random = new Random(SEED);
        List<String> examples = new ArrayList<>();
        for (Path p : Examples.all()) examples.add(java.nio.file.Files.readString(p));
        String text = Examples.sialkotSpec();
        String uri = Examples.write(folder, "edited.marshall", text);
        try (LspSession session = new LspSession(com.google.gson.JsonParser.parseString("{\"forecastRuns\": 20}"))) {
            session.open(uri, text);
            var service = session.server.getTextDocumentService();
            List<CompletableFuture<?>> answers = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + (random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(3)));
                String inserted = switch (random.nextInt(10)) {
                    case 0 -> "";                                                        // a deletion
                    case 1 -> {                                                          // a piece of another example
                        String other = examples.get(random.nextInt(examples.size()));
                        int from = random.nextInt(other.length());
                        yield other.substring(from, Math.min(other.length(), from + random.nextInt(400)));
                    }
                    case 2 -> {                                                          // cut off here
                        end = text.length();
                        yield "";
                    }
                    default -> PIECES[random.nextInt(PIECES.length)];
                };
                if (i % 500 == 499) {                                                    // now and then, a whole other example
                    start = 0;
                    end = text.length();
                    inserted = examples.get(random.nextInt(examples.size()));
                }
                Range range = new Range(position(text, start), position(text, end));
                text = text.substring(0, start) + inserted + text.substring(end);
                session.change(uri, new TextDocumentContentChangeEvent(range, inserted));
                if (i % 25 == 0) {
                    Position p = position(text, random.nextInt(text.length() + 1));
                    var id = LspSession.id(uri);
                    answers.add(service.hover(new HoverParams(id, p)));
                    answers.add(service.completion(new CompletionParams(id, p)));
                    answers.add(service.definition(new DefinitionParams(id, p)));
                    answers.add(service.references(new ReferenceParams(id, p, new ReferenceContext(true))));
                    answers.add(service.documentSymbol(new DocumentSymbolParams(id)));
                    answers.add(service.foldingRange(new FoldingRangeRequestParams(id)));
                    answers.add(service.semanticTokensFull(new SemanticTokensParams(id)));
                    answers.add(service.inlayHint(new InlayHintParams(id, new Range(new Position(0, 0), p))));
                    answers.add(service.codeAction(new CodeActionParams(id, new Range(p, p), new CodeActionContext(List.of()))));
                    if (i % 100 == 0) answers.add(service.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))));
                }
            }
            for (CompletableFuture<?> answer : answers) LspSession.get(answer);   // each answered, none failed
            // The final text gets its diagnostics, and they are what a fresh check of that text says.
            int version = session.change(uri, text);
            var published = session.diagnostics(uri, version);
            int expected = Analysis.of(0, "x", Path.of(java.net.URI.create(uri)), text).compilation.diagnostics().stream()
                    .filter(d -> d.span() == null || d.span().file().displayPath().equals("x")).toList().size();
            assertEquals(expected, published.getDiagnostics().size());
            for (MessageParams log : session.client.logs) {
                assertFalse(log.getMessage().contains("\tat ") || log.getMessage().contains("Exception in"), log.getMessage());
            }
            assertTrue(session.client.logs.size() < 10, "failures are rare, if any: " + session.client.logs);
        }
    }

    static Position position(String text, int offset) {
        return GoldenRequestsTest.position(text, offset);
    }
}
