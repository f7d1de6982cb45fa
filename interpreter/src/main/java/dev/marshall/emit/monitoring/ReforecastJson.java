package dev.marshall.emit.monitoring;

import dev.marshall.emit.json.AnalysisDocument;
import com.google.gson.stream.JsonWriter;
import dev.marshall.emit.json.JsonNumbers;
import dev.marshall.monitor.Observation;
import dev.marshall.monitor.Reforecast;
import dev.marshall.monitor.Reforecast.Band;
import dev.marshall.monitor.Reforecast.IndicatorUpdate;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;
import java.io.IOException;
import java.util.List;

/**
 * {@code monitor --format json}: the reforecast, in a fixed field order with
 * numbers to six significant digits, so equal results give identical files.
 * A probability that cannot be computed and a month quantile on "never" are
 * {@code null}.
 * <pre>
 * {"version": 1, "runs", "seed", "horizon", "asOf", "effectiveRuns",
 *  "milestones": [{"name", "due", "reachedIn", "planProbabilityOnTime", "probabilityOnTime", "p10", "p50", "p90", "status", "rule"}],
 *  "indicators": [{"name", "targetMonth", "planProbabilityTargetMet", "probabilityTargetMet", "p10", "p50", "p90", "status", "rule",
 *                  "plan": [{"month", "p10", "p50", "p90"}], "updated": [...]}],
 *  "actuals": [{"month", "what", "kind", "value", "group"}]}
 * </pre>
 */
public final class ReforecastJson {
    public static final int VERSION = 1;

    private ReforecastJson() {}

    public static String render(Reforecast r) {
        return AnalysisDocument.render(VERSION, r.runs(), r.seed(), json -> {
            json.name("horizon").value(r.horizon());
            json.name("asOf").value(r.asOf());
            JsonNumbers.plain(json.name("effectiveRuns"), r.effectiveRuns());
            json.name("milestones").beginArray();
            for (MilestoneUpdate m : r.milestones()) {
                json.beginObject();
                json.name("name").value(m.name());
                json.name("due").value(m.due());
                json.name("reachedIn").value(m.reachedIn());
                JsonNumbers.plain(json.name("planProbabilityOnTime"), m.planOnTime());
                JsonNumbers.plain(json.name("probabilityOnTime"), m.updatedOnTime());
                month(json.name("p10"), m.p10());
                month(json.name("p50"), m.p50());
                month(json.name("p90"), m.p90());
                json.name("status").value(m.status().word().text());
                json.name("rule").value(m.status().rule());
                json.endObject();
            }
            json.endArray();
            json.name("indicators").beginArray();
            for (IndicatorUpdate i : r.indicators()) {
                json.beginObject();
                json.name("name").value(i.name());
                json.name("targetMonth").value(i.targetMonth());
                JsonNumbers.plain(json.name("planProbabilityTargetMet"), i.planTargetMet());
                JsonNumbers.plain(json.name("probabilityTargetMet"), i.updatedTargetMet());
                JsonNumbers.plain(json.name("p10"), i.p10());
                JsonNumbers.plain(json.name("p50"), i.p50());
                JsonNumbers.plain(json.name("p90"), i.p90());
                json.name("status").value(i.status().word().text());
                json.name("rule").value(i.status().rule());
                bands(json, "plan", i.plan());
                bands(json, "updated", i.updated());
                json.endObject();
            }
            json.endArray();
            json.name("actuals").beginArray();
            for (Observation o : r.actuals()) {
                json.beginObject();
                json.name("month").value(o.month());
                json.name("what").value(o.name());
                json.name("kind").value(o.kind().name().toLowerCase(java.util.Locale.ROOT));
                JsonNumbers.plain(json.name("value"), o.value());
                json.name("group").value(o.group());
                json.endObject();
            }
            json.endArray();
        });
    }

    private static void bands(JsonWriter json, String name, List<Band> bands) throws IOException {
        json.name(name).beginArray();
        for (Band b : bands) {
            json.beginObject();
            json.name("month").value(b.month());
            JsonNumbers.plain(json.name("p10"), b.p10());
            JsonNumbers.plain(json.name("p50"), b.p50());
            JsonNumbers.plain(json.name("p90"), b.p90());
            json.endObject();
        }
        json.endArray();
    }


    private static void month(JsonWriter json, Double m) throws IOException {
        if (m == null) json.nullValue();
        else json.value(Math.round(m));
    }
}
