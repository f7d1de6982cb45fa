package dev.marshall.emit.json;

import com.google.gson.stream.JsonWriter;
import dev.marshall.emit.text.Quantities;
import java.io.IOException;

/**
 * How the documents for people's tools (the logframe, the re-forecast, the sensitivity analysis) write a number
 * in JSON: at most six significant digits, never in exponent form, as the text outputs show it; null when absent
 * or not finite. (The simulation's own JSON keeps every digit instead: {@code ResultJson}.)
 */
public final class JsonNumbers {

    private JsonNumbers() {}

    public static void plain(JsonWriter json, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) json.nullValue();
        else json.jsonValue(Quantities.plain(value));
    }
}
