package dev.marshall.polyglot;

import dev.marshall.emit.results.ResultJson;
import dev.marshall.simulation.SimulationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** A forecast as interop records: the headline numbers, and the whole of it as JSON. */
final class ForecastObjects {
    private ForecastObjects() {}

    static InteropMap of(SimulationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", r.runs());
        m.put("seed", r.seed());
        m.put("horizon", r.horizon());
        m.put("milestones", new InteropArray(r.milestones().stream().map(ms -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", ms.name());
            x.put("due", ms.due());
            x.put("probabilityOnTime", ms.probabilityOnTime());
            x.put("probabilityNever", ms.probabilityNever());
            x.put("p10", ms.p10());
            x.put("p50", ms.p50());
            x.put("p90", ms.p90());
            return (Object) new InteropMap(x);
        }).toArray()));
        m.put("indicators", new InteropArray(r.indicators().stream().map(i -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", i.name());
            x.put("probabilityTargetMet", i.probabilityTargetMet());
            x.put("periods", new InteropArray(i.periods().stream().map(p -> {
                Map<String, Object> period = new LinkedHashMap<>();
                period.put("month", p.month());
                period.put("p10", p.p10());
                period.put("p50", p.p50());
                period.put("p90", p.p90());
                return (Object) new InteropMap(period);
            }).toArray()));
            return (Object) new InteropMap(x);
        }).toArray()));
        m.put("json", ResultJson.render(r));
        return new InteropMap(m);
    }
}
