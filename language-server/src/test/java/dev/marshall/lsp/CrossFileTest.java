package dev.marshall.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Navigation into a used file and the standard library, and a rename that edits both files of a programme. */
class CrossFileTest {
    @TempDir
    Path folder;

    @Test
    void definitionReferencesAndRenameFollowUse() throws Exception {
        String programme = GoldenBase.text().replace("use std.unido\n", "use std.unido\nuse \"partners.marshall\"\n")
                .replace("actor assoc : business_association\n", "").replace("partners = [assoc]", "partners = [assoc, bank]");
        String partners = "/// The business association of the town.\nactor assoc : business_association\nactor bank  : financial_institution\n";
        Examples.write(folder, "partners.marshall", partners);
        String uri = Examples.write(folder, "main.marshall", programme);
        String partnersUri = folder.resolve("partners.marshall").toUri().toString();
        try (LspSession session = new LspSession(com.google.gson.JsonParser.parseString("{\"forecast\": false}"))) {
            session.open(uri, programme);
            assertTrue(session.diagnostics(uri, 1).getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().startsWith("E")),
                    session.client.diagnostics.toString());
            var service = session.server.getTextDocumentService();
            Position onAssoc = at(programme, "lead     = assoc", "assoc");
            List<? extends Location> definition = LspSession.get(service.definition(new DefinitionParams(LspSession.id(uri), onAssoc))).getLeft();
            assertEquals(1, definition.size());
            assertEquals(partnersUri, definition.get(0).getUri());
            assertEquals(1, definition.get(0).getRange().getStart().getLine());

            List<? extends Location> references = LspSession.get(service.references(
                    new ReferenceParams(LspSession.id(uri), onAssoc, new ReferenceContext(true))));
            assertEquals(3, references.size(), references.toString());   // declared in partners, used twice in main

            WorkspaceEdit edit = LspSession.get(service.rename(new RenameParams(LspSession.id(uri), onAssoc, "federation")));
            Map<String, List<TextEdit>> changes = edit.getChanges();
            assertEquals(2, changes.size(), changes.toString());
            assertEquals("actor federation : business_association",
                    GoldenRequestsTest.apply(partners, changes.get(partnersUri)).lines().toList().get(1));
            assertTrue(GoldenRequestsTest.apply(programme, changes.get(uri)).contains("lead     = federation"));

            // Into the standard library: a read-only copy of std/unido.marshall whose text is the library's.
            Position onPillar = at(programme, "diagnostic : trust_governance", "trust_governance");
            Location std = LspSession.get(service.definition(new DefinitionParams(LspSession.id(uri), onPillar))).getLeft().get(0);
            assertTrue(std.getUri().endsWith("std/unido.marshall"), std.getUri());
            String library = Files.readString(Path.of(java.net.URI.create(std.getUri())));
            assertTrue(library.lines().toList().get(std.getRange().getStart().getLine()).contains("trust_governance"));
        }
    }

    static Position at(String text, String line, String word) {
        int n = LanguageServerTest.lineOf(text, line);
        return new Position(n, text.lines().toList().get(n).indexOf(word) + 1);
    }
}
