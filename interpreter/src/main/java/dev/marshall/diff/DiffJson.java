package dev.marshall.diff;

import com.google.gson.stream.JsonWriter;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diff.Revision.CostChange;
import dev.marshall.diff.Revision.DeclarationChange;
import dev.marshall.diff.Revision.ProbabilityChange;
import dev.marshall.diff.Revision.ScheduleChange;
import dev.marshall.diff.Revision.TargetChange;
import dev.marshall.diff.Revision.ValueChange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The diff as JSON for tools (shape in docs/formats.md): every section always
 * present, probabilities as fractions, months as programme months, a missing
 * side as null.
 */
public final class DiffJson {
    private DiffJson() {}

    public static String render(Revision r) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(true);
            write(json, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonWriter json, Revision r) throws IOException {
        json.beginObject();
        json.name("old").value(r.oldName());
        json.name("new").value(r.newName());
        json.name("oldTitle").value(r.oldTitle());
        json.name("newTitle").value(r.newTitle());
        json.name("summary").value(DiffSummary.of(r));
        json.name("declarations").beginArray();
        for (DeclarationChange d : r.declarations()) {
            json.beginObject().name("change").value(d.change().word()).name("kind").value(d.kind());
            json.name("oldName").value(d.oldName().isEmpty() ? null : d.oldName());
            json.name("name").value(d.name().isEmpty() ? null : d.name());
            json.name("line").value(d.line());
            strings(json, "removedLines", d.removedLines());
            strings(json, "addedLines", d.addedLines());
            json.endObject();
        }
        json.endArray();
        json.name("programme").beginArray();
        for (ValueChange v : r.header()) {
            json.beginObject().name("property").value(v.property()).name("before").value(v.before()).name("after").value(v.after()).endObject();
        }
        json.endArray();
        costs(json, "cost", "intervention", r.budget());
        costs(json, "spendByYear", "year", r.years());
        json.name("funding").beginArray();
        for (Revision.FundingChange f : r.funding()) {
            json.beginObject().name("funder").value(f.funder()).name("who").value(f.who());
            amounts(json, f.total());
            json.name("byYear").beginArray();
            for (CostChange y : f.years()) {
                json.beginObject().name("programmeYear").value(Integer.parseInt(y.what().substring("year ".length())));
                amounts(json, y);
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.name("schedules").beginArray();
        for (ScheduleChange s : r.schedules()) {
            json.beginObject().name("kind").value(s.kind()).name("name").value(s.name());
            if (s.kind().equals("milestone")) {
                json.name("dueBefore").value(s.startBefore()).name("dueAfter").value(s.startAfter());
            } else {
                json.name("startBefore").value(s.startBefore()).name("startAfter").value(s.startAfter())
                        .name("endBefore").value(s.endBefore()).name("endAfter").value(s.endAfter());
            }
            json.endObject();
        }
        json.endArray();
        json.name("targets").beginArray();
        for (TargetChange t : r.targets()) {
            json.beginObject().name("indicator").value(t.indicator()).name("unit").value(t.unit())
                    .name("baselineBefore").value(t.baselineBefore()).name("baselineAfter").value(t.baselineAfter())
                    .name("targetBefore").value(t.targetBefore()).name("targetAfter").value(t.targetAfter())
                    .name("byMonthBefore").value(t.byBefore()).name("byMonthAfter").value(t.byAfter()).endObject();
        }
        json.endArray();
        diagnostics(json, "introduced", r.introduced());
        diagnostics(json, "resolved", r.resolved());
        Revision.Simulation sim = r.simulation();
        json.name("simulation").beginObject().name("simulated").value(sim.simulated());
        if (sim.simulated()) json.name("runs").value(sim.runs()).name("seed").value(sim.seed());
        else json.name("reason").value(sim.reason());
        json.endObject();
        json.name("forecast").beginArray();
        for (ProbabilityChange p : r.forecast()) {
            json.beginObject().name("kind").value(p.kind()).name("name").value(p.name())
                    .name("probability").value(p.kind().equals("milestone") ? "onTime" : "targetMet")
                    .name("before").value(round(p.before())).name("after").value(round(p.after()))
                    .name("change").value(round(p.delta())).endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Six decimals: enough for any run count, and no 0.30000000000000004 in a golden file. */
    private static Double round(Double p) {
        return p == null ? null : Math.round(p * 1e6) / 1e6;
    }

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String v : values) json.value(v);
        json.endArray();
    }

    private static void costs(JsonWriter json, String name, String what, List<CostChange> costs) throws IOException {
        json.name(name).beginArray();
        for (CostChange c : costs) {
            json.beginObject().name(what).value(c.what());
            amounts(json, c);
            json.endObject();
        }
        json.endArray();
    }

    /** An amount's before, after and change (to the cent) as members of the open object. */
    private static void amounts(JsonWriter json, CostChange c) throws IOException {
        json.name("before").value(c.before()).name("after").value(c.after()).name("change").value(Math.round(c.delta() * 100) / 100.0);
    }

    private static void diagnostics(JsonWriter json, String name, List<Diagnostic> diagnostics) throws IOException {
        json.name(name).beginArray();
        for (Diagnostic d : diagnostics) {
            json.beginObject().name("code").value(d.code()).name("severity").value(DiffSummary.severity(d)).name("message").value(d.message());
            if (d.span() != null) {
                json.name("file").value(d.span().file().displayPath()).name("line").value(d.span().line()).name("column").value(d.span().column());
            }
            json.endObject();
        }
        json.endArray();
    }
}
