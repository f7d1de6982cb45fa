package dev.marshall.emit.sensitivity;

import dev.marshall.emit.json.AnalysisDocument;
import dev.marshall.emit.json.JsonNumbers;
import dev.marshall.sensitivity.SensitivityResult;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import dev.marshall.sensitivity.SensitivityResult.ParamRange;
import java.util.Locale;

/**
 * {@code sensitivity --format json}, numbers to six significant digits, a
 * first-order index not computed is {@code null}:
 * <pre>
 * {"version": 1, "runs", "seed", "params": [{"name", "low", "high", "constant"}],
 *  "outcomes": [{"kind", "name", "plan", "effects": [{"param", "atLow", "atHigh", "swing", "firstOrder"}]}]}
 * </pre>
 */
public final class SensitivityJson {
    public static final int VERSION = 1;

    private SensitivityJson() {}

    public static String render(SensitivityResult r) {
        return AnalysisDocument.render(VERSION, r.runs(), r.seed(), json -> {
            json.name("params").beginArray();
            for (ParamRange p : r.params()) {
                json.beginObject();
                json.name("name").value(p.name());
                JsonNumbers.plain(json.name("low"), p.low());
                JsonNumbers.plain(json.name("high"), p.high());
                json.name("constant").value(p.constant());
                json.endObject();
            }
            json.endArray();
            json.name("outcomes").beginArray();
            for (Outcome o : r.outcomes()) {
                json.beginObject();
                json.name("kind").value(o.kind().name().toLowerCase(Locale.ROOT));
                json.name("name").value(o.name());
                JsonNumbers.plain(json.name("plan"), o.plan());
                json.name("effects").beginArray();
                for (Effect e : o.effects()) {
                    json.beginObject();
                    json.name("param").value(e.param());
                    JsonNumbers.plain(json.name("atLow"), e.atLow());
                    JsonNumbers.plain(json.name("atHigh"), e.atHigh());
                    JsonNumbers.plain(json.name("swing"), e.swing());
                    JsonNumbers.plain(json.name("firstOrder"), e.firstOrder());
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
        });
    }

}
