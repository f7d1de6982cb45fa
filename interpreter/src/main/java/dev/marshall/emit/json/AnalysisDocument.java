package dev.marshall.emit.json;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The frame the analysis documents share (the simulation's results, the re-forecast from actuals,
 * the sensitivity analysis): one pretty-printed JSON object that opens with the version of its shape,
 * the runs and the seed, so that any of them says how to reproduce it, and a newline at the end.
 */
public final class AnalysisDocument {
    private AnalysisDocument() {}

    /** What a document writes after its opening fields, before its closing brace. */
    public interface Body {
        void write(JsonWriter json) throws IOException;
    }

    public static String render(int version, int runs, long seed, Body body) {
        StringWriter text = new StringWriter(4096);
        try (JsonWriter json = new JsonWriter(text)) {
            json.setFormattingStyle(FormattingStyle.PRETTY);
            json.beginObject();
            json.name("version").value(version);
            json.name("runs").value(runs);
            json.name("seed").value(seed);
            body.write(json);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }
}
