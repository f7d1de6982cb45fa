package dev.marshall.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What a client may set in {@code initializationOptions}:
 * {@code forecast} (false: no live forecast), {@code forecastRuns} (runs per
 * forecast, 20..5000, default 300), {@code rulesDocumentation} (the URI the
 * diagnostics link to).
 */
record ServerOptions(boolean forecast, int forecastRuns, String rulesDocumentation) {
    static final int DEFAULT_RUNS = 300;

    static ServerOptions from(Object initializationOptions, String defaultRulesDocumentation) {
        boolean forecast = true;
        int runs = DEFAULT_RUNS;
        String rules = defaultRulesDocumentation;
        if (initializationOptions instanceof JsonObject o) {
            if (isPrimitive(o, "forecast")) forecast = o.get("forecast").getAsJsonPrimitive().isBoolean() ? o.get("forecast").getAsBoolean() : forecast;
            if (isPrimitive(o, "forecastRuns") && o.get("forecastRuns").getAsJsonPrimitive().isNumber()) {
                runs = (int) Math.max(20, Math.min(5000, o.get("forecastRuns").getAsDouble()));
            }
            if (isPrimitive(o, "rulesDocumentation") && o.get("rulesDocumentation").getAsJsonPrimitive().isString()) {
                rules = o.get("rulesDocumentation").getAsString();
            }
        }
        return new ServerOptions(forecast, runs, rules);
    }

    private static boolean isPrimitive(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive();
    }
}
