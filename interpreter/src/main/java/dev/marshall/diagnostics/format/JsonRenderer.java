package dev.marshall.diagnostics.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Related;
import dev.marshall.source.Span;
import java.util.List;

/**
 * Diagnostics for scripts: one JSON document, its shape documented in
 * {@code docs/cli.md} and versioned by its {@code version} field (raised only
 * when a field changes meaning or disappears; new fields may be added).
 * <pre>
 * {
 *   "version": 1,
 *   "files": [ { "file": "a.marshall", "errors": 1, "warnings": 0, "notes": 0 } ],
 *   "diagnostics": [ {
 *     "code": "E010", "severity": "error", "message": "unknown name 'trst'",
 *     "file": "a.marshall", "line": 12, "column": 15, "endLine": 12, "endColumn": 19,
 *     "hint": "did you mean 'trust'?",
 *     "related": [ { "message": "declared here", "file": "a.marshall", "line": 3, ... } ]
 *   } ]
 * }
 * </pre>
 * Lines and columns are 1-based, columns count UTF-16 code units, and
 * {@code endColumn} is exclusive (the column just after the span), as in
 * SARIF and LSP. A diagnostic without a location has {@code null} line and
 * columns and the checked file's path; {@code hint} is {@code null} when there
 * is none.
 */
public final class JsonRenderer implements DiagnosticRenderer {

    /** The version of the document's shape. */
    public static final int SHAPE_VERSION = 1;

    @Override
    public String render(List<CheckedFile> files) {
        JsonObject document = new JsonObject();
        document.addProperty("version", SHAPE_VERSION);
        JsonArray summaries = new JsonArray();
        JsonArray diagnostics = new JsonArray();
        for (CheckedFile file : files) {
            JsonObject summary = new JsonObject();
            summary.addProperty("file", file.path());
            summary.addProperty("errors", file.errors());
            summary.addProperty("warnings", file.warnings());
            summary.addProperty("notes", file.notes());
            summaries.add(summary);
            for (Diagnostic diagnostic : file.diagnostics()) diagnostics.add(diagnostic(diagnostic, file.path()));
        }
        document.add("files", summaries);
        document.add("diagnostics", diagnostics);
        return Json.write(document);
    }

    private static JsonObject diagnostic(Diagnostic diagnostic, String fallbackPath) {
        JsonObject out = new JsonObject();
        out.addProperty("code", diagnostic.code());
        out.addProperty("severity", diagnostic.severity().label());
        out.addProperty("message", diagnostic.message());
        addLocation(out, diagnostic.span(), fallbackPath);
        out.addProperty("hint", diagnostic.hint().isEmpty() ? null : diagnostic.hint());
        JsonArray related = new JsonArray();
        for (Related r : diagnostic.related()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("message", r.label());
            addLocation(entry, r.span(), fallbackPath);
            related.add(entry);
        }
        out.add("related", related);
        return out;
    }

    private static void addLocation(JsonObject out, Span span, String fallbackPath) {
        out.addProperty("file", span == null ? fallbackPath : span.file().displayPath());
        out.addProperty("line", span == null ? null : span.line());
        out.addProperty("column", span == null ? null : span.column());
        out.addProperty("endLine", span == null ? null : span.endLine());
        out.addProperty("endColumn", span == null ? null : span.endColumn());
    }
}
