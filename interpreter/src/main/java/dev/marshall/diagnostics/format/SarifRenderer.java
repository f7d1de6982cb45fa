package dev.marshall.diagnostics.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Related;
import dev.marshall.diagnostics.Severity;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format code-scanning services (GitHub,
 * Azure DevOps, IDE viewers) read. One run; {@code tool.driver.rules} describes
 * each diagnostic code that occurs in the results (words from {@link Messages}),
 * and each result names its rule by {@code ruleId}, the code (e.g.
 * {@code E010}), which never changes meaning; {@code ruleIndex} points into
 * this log's rules only. Artifact URIs are relative to {@code baseDirectory}
 * (normally the current directory) with forward slashes; a file outside it
 * gets an absolute {@code file:} URI, a source without a file on disk (the
 * standard library) its display path.
 */
public final class SarifRenderer implements DiagnosticRenderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String toolVersion;
    private final String informationUri;
    private final Path baseDirectory;

    /**
     * @param toolVersion    Marshall's version, e.g. {@code 0.1.0}
     * @param informationUri where to read about the tool (absolute URI), or null to leave it out
     * @param baseDirectory  the directory artifact URIs are relative to
     */
    public SarifRenderer(String toolVersion, String informationUri, Path baseDirectory) {
        this.toolVersion = toolVersion;
        this.informationUri = informationUri;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String render(List<CheckedFile> files) {
        List<String> ruleIds = ruleIds(files);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (String id : ruleIds) ruleIndex.put(id, ruleIndex.size());

        JsonArray results = new JsonArray();
        for (CheckedFile file : files) {
            for (Diagnostic diagnostic : file.diagnostics()) {
                results.add(result(diagnostic, file.path(), ruleIndex.get(diagnostic.code())));
            }
        }

        JsonObject driver = new JsonObject();
        driver.addProperty("name", "marshall");
        if (informationUri != null) driver.addProperty("informationUri", informationUri);
        driver.addProperty("version", toolVersion);
        JsonArray rules = new JsonArray();
        for (String id : ruleIds) rules.add(rule(id));
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return Json.write(log);
    }

    /** The codes the results carry, sorted: each rule described once, however often it fired. */
    private static List<String> ruleIds(List<CheckedFile> files) {
        TreeSet<String> ids = new TreeSet<>();
        for (CheckedFile file : files) {
            for (Diagnostic diagnostic : file.diagnostics()) ids.add(diagnostic.code());
        }
        return new ArrayList<>(ids);
    }

    private static JsonObject rule(String code) {
        JsonObject rule = new JsonObject();
        rule.addProperty("id", code);
        String title = Messages.title(code);
        rule.addProperty("name", ruleName(title, code));
        rule.add("shortDescription", text(title));
        String explanation = Messages.explanation(code);
        if (!explanation.isEmpty()) {
            rule.add("fullDescription", text(explanation));
            rule.add("help", text(explanation));
        }
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(DiagnosticSink.severityOf(code)));
        rule.add("defaultConfiguration", configuration);
        return rule;
    }

    /** SARIF rule names are identifiers: "unknown name" becomes {@code UnknownName}. */
    static String ruleName(String title, String code) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? code : name.toString();
    }

    private JsonObject result(Diagnostic diagnostic, String fallbackPath, int ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", diagnostic.code());
        result.addProperty("ruleIndex", ruleIndex);
        result.addProperty("level", level(diagnostic.severity()));
        result.add("message", text(diagnostic.message()));
        JsonObject primary = new JsonObject();
        primary.add("physicalLocation", physicalLocation(diagnostic.span(), fallbackPath));
        JsonArray locations = new JsonArray();
        locations.add(primary);
        result.add("locations", locations);
        if (!diagnostic.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 1;
            for (Related r : diagnostic.related()) {
                JsonObject location = new JsonObject();
                location.addProperty("id", id++);
                location.add("physicalLocation", physicalLocation(r.span(), fallbackPath));
                location.add("message", text(r.label() == null || r.label().isBlank() ? "related location" : r.label()));
                related.add(location);
            }
            result.add("relatedLocations", related);
        }
        if (!diagnostic.hint().isEmpty()) {
            // SARIF has no field for advice; a property bag keeps the message itself clean.
            JsonObject properties = new JsonObject();
            properties.addProperty("hint", diagnostic.hint());
            result.add("properties", properties);
        }
        return result;
    }

    private JsonObject physicalLocation(Span span, String fallbackPath) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", span == null ? relativeUri(fallbackPath) : uri(span.file()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        if (span != null) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", span.line());
            region.addProperty("startColumn", span.column());
            region.addProperty("endLine", span.endLine());
            region.addProperty("endColumn", span.endColumn());
            physical.add("region", region);
        }
        return physical;
    }

    private String uri(SourceFile file) {
        if (file.location() == null) return relativeUri(file.displayPath());
        Path absolute = file.location().toAbsolutePath().normalize();
        if (!absolute.startsWith(baseDirectory)) return absolute.toUri().toString();
        return relativeUri(baseDirectory.relativize(absolute).toString());
    }

    /** A relative URI reference: forward slashes, percent-encoded where URIs need it. */
    private static String relativeUri(String path) {
        String slashed = path.replace('\\', '/');
        int firstSlash = slashed.indexOf('/');
        String firstSegment = firstSlash < 0 ? slashed : slashed.substring(0, firstSlash);
        // "c:/x" or "a:b" would read as a URI scheme; "./" keeps it a path.
        if (firstSegment.contains(":")) slashed = "./" + slashed;
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static JsonObject text(String value) {
        JsonObject message = new JsonObject();
        message.addProperty("text", value);
        return message;
    }
}
