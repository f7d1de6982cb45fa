package dev.marshall.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests at marked positions, through the protocol, against golden answers.
 * Each case is a programme in {@code golden/} whose first line says the
 * request ({@code // request: hover}, {@code rename NEW}, …) and which marks
 * the caret with {@code <caret>}; the answer, rendered as text, must equal
 * {@code NAME.expected} beside it. Rewrite them with -Dgolden.update=true and
 * read the diff.
 */
class GoldenRequestsTest {
    static final Path GOLDEN = Path.of("src/test/resources/dev/marshall/lsp/golden");
    static final String CARET = "<caret>";

    @TempDir
    static Path folder;
    static LspSession session;

    @BeforeAll
    static void start() throws IOException {
        session = new LspSession(com.google.gson.JsonParser.parseString("{\"forecast\": false}"));
    }

    @AfterAll
    static void stop() throws Exception {
        session.close();
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".marshall")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsRecorded(Path file) throws Exception {
        String marked = Files.readString(file, StandardCharsets.UTF_8);
        String request = marked.lines().findFirst().orElse("").replaceFirst("^// request: ", "").strip();
        int caret = marked.indexOf(CARET);
        String text = caret < 0 ? marked : marked.substring(0, caret) + marked.substring(caret + CARET.length());
        Position at = caret < 0 ? new Position(0, 0) : position(text, caret);
        String name = file.getFileName().toString();
        String uri = Examples.write(folder, name, text);
        session.open(uri, text);
        List<Diagnostic> diagnostics = session.diagnostics(uri, 1).getDiagnostics();
        String answer = answer(request, uri, text, at, diagnostics);
        Path expected = file.resolveSibling(name.replace(".marshall", ".expected"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, answer, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden answer " + expected + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), answer, "answer to '" + request + "' in " + name);
    }

    private static String answer(String request, String uri, String text, Position at, List<Diagnostic> diagnostics) {
        TextDocumentService service = session.server.getTextDocumentService();
        String[] words = request.split("\\s+");
        StringBuilder out = new StringBuilder();
        switch (words[0]) {
            case "diagnostics" -> {
                for (Diagnostic d : diagnostics) out.append(diagnostic(d)).append('\n');
            }
            case "hover" -> {
                Hover hover = LspSession.get(service.hover(new HoverParams(LspSession.id(uri), at)));
                if (hover == null) out.append("(no hover)\n");
                else out.append(range(hover.getRange())).append('\n').append(hover.getContents().getRight().getValue()).append('\n');
            }
            case "definition" -> {
                var found = LspSession.get(service.definition(new DefinitionParams(LspSession.id(uri), at)));
                for (Location l : found.getLeft()) out.append(location(l, uri, text)).append('\n');
                if (found.getLeft().isEmpty()) out.append("(nothing)\n");
            }
            case "references" -> {
                var found = LspSession.get(service.references(new ReferenceParams(LspSession.id(uri), at, new ReferenceContext(true))));
                for (Location l : found) out.append(location(l, uri, text)).append('\n');
            }
            case "rename" -> {
                WorkspaceEdit edit = LspSession.get(service.rename(new RenameParams(LspSession.id(uri), at, words[1])));
                for (Map.Entry<String, List<TextEdit>> e : edit.getChanges().entrySet()) {
                    out.append("== ").append(shortName(e.getKey(), uri)).append('\n');
                    if (e.getKey().equals(uri)) out.append(apply(text, e.getValue()));
                    else for (TextEdit t : e.getValue()) out.append(range(t.getRange())).append(" -> ").append(t.getNewText()).append('\n');
                }
            }
            case "completion" -> {
                var list = LspSession.get(service.completion(new CompletionParams(LspSession.id(uri), at)));
                for (CompletionItem i : list.getRight().getItems()) {
                    out.append(i.getLabel()).append(" [").append(i.getKind()).append("] ")
                            .append(i.getDetail() == null ? "" : i.getDetail()).append('\n');
                }
            }
            case "codeaction" -> {
                List<Diagnostic> here = new ArrayList<>();
                for (Diagnostic d : diagnostics) if (contains(d.getRange(), at)) here.add(d);
                var actions = LspSession.get(service.codeAction(new CodeActionParams(LspSession.id(uri), new Range(at, at), new CodeActionContext(here))));
                for (Either<Command, CodeAction> a : actions) {
                    CodeAction action = a.getRight();
                    out.append("== ").append(action.getTitle()).append(" (").append(action.getKind()).append(")\n");
                    out.append(diff(text, apply(text, action.getEdit().getChanges().get(uri))));
                }
                if (actions.isEmpty()) out.append("(no actions)\n");
            }
            case "formatting" -> {
                var edits = LspSession.get(service.formatting(new DocumentFormattingParams(LspSession.id(uri), new FormattingOptions(2, true))));
                out.append(apply(text, edits));
            }
            case "rangeformatting" -> {
                Range range = new Range(new Position(at.getLine(), 0), new Position(at.getLine() + 1, 0));
                var edits = LspSession.get(service.rangeFormatting(
                        new DocumentRangeFormattingParams(LspSession.id(uri), new FormattingOptions(2, true), range)));
                out.append(apply(text, edits));
            }
            default -> throw new AssertionError("unknown request: " + request);
        }
        return out.toString();
    }

    static String diagnostic(Diagnostic d) {
        return range(d.getRange()) + " " + d.getSeverity() + " " + d.getCode().getLeft() + ": " + d.getMessage().getLeft().replace("\n", " | ")
                + (d.getRelatedInformation() == null ? "" : " (" + d.getRelatedInformation().size() + " related)");
    }

    static boolean contains(Range r, Position p) {
        return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    static String range(Range r) {
        if (r == null) return "(no range)";
        return (r.getStart().getLine() + 1) + ":" + (r.getStart().getCharacter() + 1) + "-" + (r.getEnd().getLine() + 1) + ":" + (r.getEnd().getCharacter() + 1);
    }

    static String shortName(String uri, String document) {
        if (uri.equals(document)) return "(this document)";
        int slash = uri.lastIndexOf("/std/");
        if (slash >= 0) return uri.substring(slash + 1);
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    static String location(Location l, String document, String text) {
        String where = shortName(l.getUri(), document) + ":" + range(l.getRange());
        if (l.getUri().equals(document)) where += "  " + text.lines().toList().get(l.getRange().getStart().getLine()).strip();
        return where;
    }

    /** Applies edits (none overlapping) from the last to the first. */
    static String apply(String text, List<? extends TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart()));
        String result = text;
        for (TextEdit e : sorted) {
            int start = Texts.offset(result, e.getRange().getStart());
            int end = Texts.offset(result, e.getRange().getEnd());
            result = result.substring(0, start) + e.getNewText() + result.substring(end);
        }
        return result;
    }

    /** The lines that differ, as "- old" and "+ new" (enough for the small fixes of code actions). */
    static String diff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) { endA--; endB--; }
        StringBuilder out = new StringBuilder("@ line ").append(start + 1).append('\n');
        for (int i = start; i < endA; i++) out.append("- ").append(a.get(i)).append('\n');
        for (int i = start; i < endB; i++) out.append("+ ").append(b.get(i)).append('\n');
        return out.toString();
    }

    static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }
}
