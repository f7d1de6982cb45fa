package dev.marshall.diagnostics.format;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** The one JSON writer of the renderers: two-space indentation, nulls kept, no HTML escaping, a final newline. */
final class Json {
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .create();

    private Json() {}

    static String write(JsonElement document) {
        return GSON.toJson(document) + "\n";
    }
}
