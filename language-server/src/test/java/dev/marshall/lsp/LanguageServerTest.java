package dev.marshall.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server through the protocol: diagnostics as the designer types, and the live forecast. */
class LanguageServerTest {
    @TempDir
    Path folder;

    @Test
    void openThenEditUpdatesTheDiagnostics() throws Exception {
        String good = Examples.sialkotSpec();
        String typo = good.replace("trust += 0.02 * (1 - trust)", "trust += 0.02 * (1 - trsut)");
        String uri = Examples.write(folder, "sialkot.marshall", typo);
        try (LspSession session = new LspSession()) {
            session.open(uri, typo);
            PublishDiagnosticsParams first = session.diagnostics(uri, 1);
            Diagnostic unknown = first.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("E010")).findFirst().orElseThrow();
            assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
            assertTrue(unknown.getMessage().getLeft().contains("unknown name 'trsut'"), unknown.getMessage().getLeft());
            assertTrue(unknown.getMessage().getLeft().contains("did you mean 'trust'?"), unknown.getMessage().getLeft());
            int line = lineOf(typo, "(1 - trsut)");
            assertEquals(new Range(new Position(line, typo.lines().toList().get(line).indexOf("trsut")),
                    new Position(line, typo.lines().toList().get(line).indexOf("trsut") + 5)), unknown.getRange());
            assertEquals("marshall", unknown.getSource());

            int version = session.change(uri, good);
            PublishDiagnosticsParams second = session.diagnostics(uri, version);
            assertTrue(second.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), second.toString());
        }
    }

    @Test
    void approachWarningsCarryTheirRelatedLocationsAndAnExplanationLink() throws Exception {
        // Only development agents lead: A03 points at each of their interventions.
        String text = Examples.sialkotSpec().replace("lead     = simap", "lead     = cda").replace("lead     = mgc", "lead     = cda")
                .replace("lead     = wf", "lead     = cda");
        String uri = Examples.write(folder, "agents.marshall", text);
        try (LspSession session = new LspSession()) {
            session.open(uri, text);
            List<Diagnostic> diagnostics = session.diagnostics(uri, 1).getDiagnostics();
            Diagnostic a03 = diagnostics.stream().filter(d -> d.getCode().getLeft().equals("A03")).findFirst()
                    .orElseThrow(() -> new AssertionError(diagnostics.toString()));
            assertEquals(DiagnosticSeverity.Warning, a03.getSeverity());
            assertNotNull(a03.getRelatedInformation(), a03.toString());
            assertFalse(a03.getRelatedInformation().isEmpty());
            assertNotNull(a03.getCodeDescription(), "run from a checkout, the diagnostics reference is linked");
            assertTrue(a03.getCodeDescription().getHref().endsWith("docs/language.md#13-diagnostics-reference"), a03.getCodeDescription().getHref());
        }
    }

    @Test
    void theForecastAppearsBesideMilestonesAndTargets() throws Exception {
        String text = Examples.sialkotSpec();
        String uri = Examples.write(folder, "sialkot.marshall", text);
        try (LspSession session = new LspSession()) {
            session.open(uri, text);
            session.forecast(uri, s -> s.version == 1 && s.state.equals("done"));
            List<InlayHint> hints = LspSession.get(session.server.getTextDocumentService()
                    .inlayHint(new InlayHintParams(LspSession.id(uri), whole(text))));
            List<String> lines = text.lines().toList();
            InlayHint quickWin = hints.stream().filter(h -> lines.get(h.getPosition().getLine()).startsWith("milestone quick_win")).findFirst()
                    .orElseThrow(() -> new AssertionError(hints.toString()));
            assertTrue(quickWin.getLabel().getLeft().matches("P\\(on time\\) \\d+% · p50 (month \\d+|never)"), quickWin.getLabel().getLeft());
            assertEquals(lines.get(quickWin.getPosition().getLine()).length(), quickWin.getPosition().getCharacter());
            InlayHint target = hints.stream().filter(h -> lines.get(h.getPosition().getLine()).contains("target       = 50 by month 24")).findFirst()
                    .orElseThrow(() -> new AssertionError(hints.toString()));
            assertTrue(target.getLabel().getLeft().matches("P\\(target met\\) \\d+%"), target.getLabel().getLeft());
            long milestones = hints.stream().filter(h -> h.getLabel().getLeft().startsWith("P(on time)")).count();
            assertEquals(2, milestones, hints.toString());
            assertTrue(session.client.inlayRefreshes > 0, "the client is asked to refresh its hints");
            // A client that does not show inlay hints (this one says nothing of them) gets code lenses.
            var lenses = LspSession.get(session.server.getTextDocumentService().codeLens(new org.eclipse.lsp4j.CodeLensParams(LspSession.id(uri))));
            assertEquals(hints.size(), lenses.size());
            assertTrue(lenses.stream().anyMatch(l -> l.getCommand().getTitle().startsWith("forecast: P(on time)")), lenses.toString());
        }
    }

    @Test
    void anEditCancelsTheForecastInFlightAndHintsFollowTheNewText() throws Exception {
        String text = Examples.sialkotSpec();
        String uri = Examples.write(folder, "sialkot.marshall", text);
        // Many runs, so that the first forecast is still running when the edit comes.
        try (LspSession session = new LspSession(com.google.gson.JsonParser.parseString("{\"forecastRuns\": 5000}"))) {
            session.open(uri, text);
            session.forecast(uri, s -> s.version == 1 && s.state.equals("running"));
            String edited = "// an edit\n" + text;
            int version = session.change(uri, edited);
            session.forecast(uri, s -> s.state.equals("cancelled"));
            assertTrue(session.client.forecasts.stream().noneMatch(s -> s.version == 1 && s.state.equals("done")),
                    session.client.forecasts.toString());
            // A broken text gets no forecast at all, and no hints.
            int broken = session.change(uri, edited.replace("due  = month 6", "due  = month"));
            session.diagnostics(uri, broken);
            List<InlayHint> none = LspSession.get(session.server.getTextDocumentService()
                    .inlayHint(new InlayHintParams(LspSession.id(uri), whole(edited))));
            assertTrue(none.isEmpty(), none.toString());
            assertTrue(session.client.forecasts.stream().noneMatch(s -> s.version == version && s.state.equals("done")),
                    session.client.forecasts.toString());
        }
    }

    static Range whole(String text) {
        return new Range(new Position(0, 0), new Position(text.split("\n", -1).length, 0));
    }

    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i;
        throw new AssertionError(needle + " not found");
    }
}
