package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import dev.marshall.model.Uncertainty;
import java.util.List;

/**
 * A26: a forecast with no uncertainty claims a certainty nobody has. Trust,
 * networks and policy move at paces no one knows in advance (§3.1, §4: "a
 * cluster initiative is not a swift process"). The check is on the model, not
 * on a forecast: it fires when no draw reaches any milestone or indicator
 * ({@link Uncertainty}), so every simulated run is the same run, every p10
 * equals its p90 and every P(on time) is 0% or 100%. It needs no simulation,
 * so {@code check} can report it.
 */
final class CertainForecastRule implements Check {
    static final String CODE = "A26";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.milestones().isEmpty() && programme.indicators().isEmpty()) return;
        if (!Uncertainty.of(programme).forecastIsCertain()) return;
        sink.report(CODE, Where.programme(programme));
    }
}
