package dev.marshall.emit.results;

import dev.marshall.emit.json.AnalysisDocument;
import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.SimulationResult.PeriodOutcome;
import java.io.IOException;
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
 * {"version": 1, "runs": 1000, "seed": 1, "horizon": 36, ["quantileError": 0.0009765625,] "budget": 1200000, "overrides": {"trust_gain": 0.05},
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
        return AnalysisDocument.render(VERSION, r.runs(), r.seed(), json -> {
            json.name("horizon").value(r.horizon());
            if (r.quantileError() > 0) number(json.name("quantileError"), r.quantileError());
            number(json.name("budget"), r.budget());
            json.name("overrides").beginObject(); // opened in the document's layout, then filled on its line
            line(json, () -> {
                for (Map.Entry<String, Double> e : new TreeMap<>(r.overrides()).entrySet()) number(json.name(e.getKey()), e.getValue());
                json.endObject();
            });
            list(json, "milestones", r.milestones(), m -> {
                json.name("name").value(m.name());
                json.name("due").value(m.due());
                number(json.name("probabilityOnTime"), m.probabilityOnTime());
                number(json.name("probabilityNever"), m.probabilityNever());
                quantiles(json, m.p10(), m.p50(), m.p90());
            });
            list(json, "indicators", r.indicators(), i -> {
                json.name("name").value(i.name());
                number(json.name("probabilityTargetMet"), i.probabilityTargetMet());
                if (i.targets().size() > 1) { // targets per year or period: each with its own chance
                    json.name("targets").beginArray();
                    for (var t : i.targets()) {
                        json.beginObject().name("month").value(t.month());
                        number(json.name("target"), t.target());
                        number(json.name("probabilityMet"), t.probabilityMet());
                        json.endObject();
                    }
                    json.endArray();
                }
                json.name("periods").beginArray();
                for (PeriodOutcome p : i.periods()) {
                    json.beginObject().name("month").value(p.month());
                    quantiles(json, p.p10(), p.p50(), p.p90());
                    json.endObject();
                }
                json.endArray();
            });
            list(json, "interventions", r.interventions(), i -> {
                json.name("name").value(i.name());
                number(json.name("probabilityStarted"), i.probabilityStarted());
                json.name("start").beginObject();
                quantiles(json, i.startP10(), i.startP50(), i.startP90());
                json.endObject().name("end").beginObject();
                quantiles(json, i.endP10(), i.endP50(), i.endP90());
                json.endObject();
            });
            list(json, "spend", r.spend(), s -> {
                json.name("month").value(s.month());
                quantiles(json, s.p10(), s.p50(), s.p90());
            });
        });
    }

    /** What one object of a list writes between its braces. */
    private interface Fields<T> {
        void write(T item) throws IOException;
    }

    /** A value that may throw, written by {@link #line}. */
    private interface Value {
        void write() throws IOException;
    }

    /** A list of objects, one object a line: the file reads (and diffs) one milestone, period or month at a time. */
    private static <T> void list(JsonWriter json, String name, List<T> items, Fields<T> fields) throws IOException {
        json.name(name).beginArray();
        for (T item : items) {
            json.beginObject(); // written in the document's layout: on its own line
            line(json, () -> {
                fields.write(item);
                json.endObject();
            });
        }
        json.endArray();
    }

    /** Writes a value on the current line, with a space after each separator; the layout of the document resumes after it. */
    private static void line(JsonWriter json, Value value) throws IOException {
        json.setFormattingStyle(ONE_LINE);
        value.write();
        json.setFormattingStyle(FormattingStyle.PRETTY);
    }

    private static final FormattingStyle ONE_LINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private static void quantiles(JsonWriter json, Double p10, Double p50, Double p90) throws IOException {
        number(json.name("p10"), p10);
        number(json.name("p50"), p50);
        number(json.name("p90"), p90);
    }

    private static void number(JsonWriter json, Double v) throws IOException {
        json.jsonValue(number(v));
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
}
