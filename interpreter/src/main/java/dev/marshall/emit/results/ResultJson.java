package dev.marshall.emit.results;

import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.SimulationResult.IndicatorOutcome;
import dev.marshall.simulation.SimulationResult.InterventionOutcome;
import dev.marshall.simulation.SimulationResult.PeriodOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code simulate --format json}: the {@link SimulationResult} as JSON, in a
 * fixed field order with numbers in their shortest exact form (whole numbers
 * without a fraction, no exponent below 1e15), so equal results give
 * byte-identical files. {@code version} comes first and changes only when a
 * field changes meaning or disappears (as in {@code check --format json}).
 * Probabilities are shares (0..1); a quantile that does not exist (a
 * milestone reached in fewer than half the runs has no p50) is {@code null},
 * as is a probability that cannot be computed.
 *
 * <pre>
 * {"version": 1, "runs": 1000, "seed": 1, "horizon": 36, "budget": 1200000, "overrides": {"trust_gain": 0.05},
 *  "milestones": [{"name", "due", "probabilityOnTime", "probabilityNever", "p10", "p50", "p90"}],
 *  "indicators": [{"name", "probabilityTargetMet", "periods": [{"month", "p10", "p50", "p90"}]}],
 *  "interventions": [{"name", "probabilityStarted", "start": {"p10", "p50", "p90"}, "end": {…}}],
 *  "spend": [{"month", "p10", "p50", "p90"}]}
 * </pre>
 */
public final class ResultJson {
    private ResultJson() {}

    /** The document's shape; raised only when a field changes meaning or disappears. */
    public static final int VERSION = 1;

    public static String render(SimulationResult r) {
        StringBuilder out = new StringBuilder(4096);
        out.append("{\n");
        out.append("  \"version\": ").append(VERSION).append(",\n");
        out.append("  \"runs\": ").append(r.runs()).append(",\n");
        out.append("  \"seed\": ").append(r.seed()).append(",\n");
        out.append("  \"horizon\": ").append(r.horizon()).append(",\n");
        out.append("  \"budget\": ").append(number(r.budget())).append(",\n");
        out.append("  \"overrides\": {");
        String comma = "";
        for (Map.Entry<String, Double> e : new TreeMap<>(r.overrides()).entrySet()) {
            out.append(comma).append(string(e.getKey())).append(": ").append(number(e.getValue()));
            comma = ", ";
        }
        out.append("},\n");

        out.append("  \"milestones\": [");
        list(out, r.milestones(), m -> "{\"name\": " + string(m.name()) + ", \"due\": " + m.due()
                + ", \"probabilityOnTime\": " + number(m.probabilityOnTime())
                + ", \"probabilityNever\": " + number(m.probabilityNever()) + ", " + quantiles(m.p10(), m.p50(), m.p90()) + "}");
        out.append("],\n");

        out.append("  \"indicators\": [");
        list(out, r.indicators(), ResultJson::indicator);
        out.append("],\n");

        out.append("  \"interventions\": [");
        list(out, r.interventions(), ResultJson::intervention);
        out.append("],\n");

        out.append("  \"spend\": [");
        list(out, r.spend(), s -> "{\"month\": " + s.month() + ", " + quantiles(s.p10(), s.p50(), s.p90()) + "}");
        out.append("]\n");
        out.append("}\n");
        return out.toString();
    }

    private static String indicator(IndicatorOutcome i) {
        StringBuilder out = new StringBuilder();
        out.append("{\"name\": ").append(string(i.name()))
                .append(", \"probabilityTargetMet\": ").append(number(i.probabilityTargetMet()))
                .append(", \"periods\": [");
        String comma = "";
        for (PeriodOutcome p : i.periods()) {
            out.append(comma).append("{\"month\": ").append(p.month()).append(", ").append(quantiles(p.p10(), p.p50(), p.p90())).append('}');
            comma = ", ";
        }
        return out.append("]}").toString();
    }

    private static String intervention(InterventionOutcome i) {
        return "{\"name\": " + string(i.name()) + ", \"probabilityStarted\": " + number(i.probabilityStarted())
                + ", \"start\": {" + quantiles(i.startP10(), i.startP50(), i.startP90())
                + "}, \"end\": {" + quantiles(i.endP10(), i.endP50(), i.endP90()) + "}}";
    }

    private static <T> void list(StringBuilder out, List<T> items, java.util.function.Function<T, String> render) {
        for (int k = 0; k < items.size(); k++) {
            out.append(k == 0 ? "\n    " : ",\n    ").append(render.apply(items.get(k)));
        }
        if (!items.isEmpty()) out.append("\n  ");
    }

    private static String quantiles(Double p10, Double p50, Double p90) {
        return "\"p10\": " + number(p10) + ", \"p50\": " + number(p50) + ", \"p90\": " + number(p90);
    }

    /**
     * The shortest decimal that reads back as the same double; null for NaN or
     * absent. Whole numbers without ".0"; between 1e-7 and 1e15 in magnitude,
     * without an exponent ({@code 183815436.77968198}, not
     * {@code 1.8381543677968198E8}): the same digits as {@link Double#toString},
     * only placed, so the text still reads back as exactly the same double.
     * Beyond that range the exponent stays, as plain digits would run long.
     */
    static String number(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return "null";
        double d = v;
        double magnitude = Math.abs(d);
        if (d == Math.rint(d) && magnitude < 1e15) return Long.toString((long) d);
        if (magnitude >= 1e-7 && magnitude < 1e15) return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return Double.toString(d);
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
