package dev.marshall.emit.json;

import com.google.gson.stream.JsonWriter;
import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole logframe as JSON for other tools: {@code "format":
 * "marshall-logframe", "version": 1}, then the programme, the simulation
 * (null when not simulated), goal, outcomes with their outputs and
 * activities, and every indicator once with its reporting periods. Results
 * name their indicators; indicator values are in the indicator's unit with
 * percentages as fractions ({@code "unit": "percent"}). Numbers carry at most
 * six significant digits. The shape is documented in docs/formats.md.
 */
public final class LogframeJson implements Emitter {

    @Override
    public String render(Framework framework) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(true);
            write(json, framework.logframe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonWriter json, Logframe lf) throws IOException {
        json.beginObject();
        json.name("format").value("marshall-logframe");
        json.name("version").value(1);
        programme(json, lf.overview());
        if (!lf.costLines().isEmpty()) costLines(json, lf); // only when declared: other programmes' files stay as they were
        json.name("simulation");
        if (lf.simulation().isEmpty()) {
            json.nullValue();
        } else {
            Logframe.SimulationInfo s = lf.simulation().get();
            json.beginObject();
            json.name("runs").value(s.runs());
            json.name("seed").value(s.seed());
            json.name("overrides").beginObject();
            for (Map.Entry<String, Double> e : new TreeMap<>(s.overrides()).entrySet()) JsonNumbers.plain(json.name(e.getKey()), e.getValue());
            json.endObject();
            json.name("spend").beginArray();
            for (Logframe.SpendPoint p : s.spend()) {
                json.beginObject();
                json.name("month").value(p.month());
                JsonNumbers.plain(json.name("p10"), p.p10());
                JsonNumbers.plain(json.name("p50"), p.p50());
                JsonNumbers.plain(json.name("p90"), p.p90());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.name("goal").beginObject();
        json.name("statement").value(lf.goal().statement());
        names(json.name("indicators"), lf.goal().indicators());
        json.endObject();
        json.name("outcomes").beginArray();
        for (Logframe.Outcome o : lf.outcomes()) {
            json.beginObject();
            json.name("ref").value(o.ref());
            json.name("pillar").value(o.pillar());
            if (o.result() != null) json.name("result").value(o.result()); // a declared outcome: its result's name
            json.name("title").value(o.title());
            json.name("narrative").value(o.narrative());
            JsonNumbers.plain(json.name("cost"), o.cost());
            names(json.name("indicators"), o.indicators());
            json.name("outputs").beginArray();
            for (Logframe.Output out : o.outputs()) output(json, out, o);
            json.endArray();
            json.endObject();
        }
        json.endArray();
        names(json.name("other_indicators"), lf.otherIndicators());
        json.name("indicators").beginArray();
        for (IndicatorEntry i : lf.indicators()) indicator(json, i);
        json.endArray();
        json.name("milestones").beginArray();
        for (Logframe.MilestoneEntry m : lf.milestones()) milestone(json, m);
        json.endArray();
        json.name("assumptions").beginArray();
        for (Logframe.AssumptionEntry a : lf.assumptions()) {
            json.beginObject().name("text").value(a.text()).name("narrative").value(a.narrative()).endObject();
        }
        json.endArray();
        json.name("risks").beginArray();
        for (Logframe.RiskEntry r : lf.risks()) {
            json.beginObject().name("text").value(r.text()).name("mitigation").value(r.mitigation())
                    .name("narrative").value(r.narrative()).endObject();
        }
        json.endArray();
        json.name("actors").beginArray();
        for (Logframe.ActorEntry a : lf.actors()) actor(json, a);
        json.endArray();
        json.name("networks").beginArray();
        for (Logframe.NetworkEntry n : lf.networks()) {
            json.beginObject();
            json.name("name").value(n.name());
            json.name("title").value(n.title());
            json.name("shape").value(n.horizontal() ? "horizontal" : "vertical");
            strings(json.name("members"), n.members());
            json.name("firms").value(n.firms());
            json.name("from").value(n.from());
            json.name("to").value(n.to());
            json.name("linkage").value(n.linkage().isEmpty() ? null : n.linkage());
            json.name("narrative").value(n.narrative());
            json.name("firms_of").value(n.firmsOf().isEmpty() ? null : n.firmsOf());
            strings(json.name("formed_by"), n.formedBy());
            strings(json.name("strengthened_by"), n.strengthenedBy());
            // The uptake sets the pace only of a network that interventions form or strengthen.
            json.name("uptake").value(n.work().isEmpty() ? null : n.uptake());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void programme(JsonWriter json, Logframe.Overview o) throws IOException {
        json.name("programme").beginObject();
        json.name("title").value(o.title());
        json.name("narrative").value(o.narrative());
        json.name("description").value(o.description());
        json.name("identifier").value(o.identifier());
        json.name("organisation").value(o.organisation());
        json.name("organisation_ref").value(o.organisationRef());
        json.name("organisation_type").value(o.organisationType());
        json.name("country").value(o.country());
        json.name("start").value(o.start().toString());
        json.name("end").value(o.end().toString());
        json.name("horizon_months").value(o.horizon());
        json.name("currency").value(o.currency());
        JsonNumbers.plain(json.name("budget"), o.budget());
        JsonNumbers.plain(json.name("planned_cost"), o.plannedCost());
        JsonNumbers.plain(json.name("beneficiary_contribution"), o.beneficiaryContribution());
        json.name("focus").value(o.focus());
        strings(json.name("priorities"), o.priorities());
        json.name("clusters").beginArray();
        for (Logframe.ClusterEntry c : o.clusters()) {
            json.beginObject();
            json.name("name").value(c.name());
            json.name("title").value(c.title());
            json.name("narrative").value(c.narrative());
            json.name("replicas").value(c.replicas());
            facts(json.name("facts"), c.facts());
            facts(json.name("states"), c.states());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void output(JsonWriter json, Logframe.Output out, Logframe.Outcome outcome) throws IOException {
        json.beginObject();
        json.name("ref").value(out.ref());
        json.name("intervention").value(out.intervention());
        json.name("title").value(out.title());
        json.name("narrative").value(out.narrative());
        names(json.name("indicators"), out.indicators());
        strings(json.name("measured_also_by"), out.measuredAlsoBy());
        activity(json.name("activity"), out.activity());
        if (out.declared()) {
            // a declared output: its result's name, and every intervention delivering it (activity is the first)
            json.name("result").value(out.result());
            json.name("contributes").value(outcome.result());
            json.name("activities").beginArray();
            for (Logframe.Work w : out.work()) {
                json.beginObject().name("intervention").value(w.intervention()).name("title").value(w.title());
                activity(json.name("activity"), w.activity());
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void activity(JsonWriter json, Logframe.Activity a) throws IOException {
        json.beginObject();
        json.name("lead").value(a.lead() == null ? null : a.lead().name());
        if (a.exit() != null) {
            json.name("handover").beginObject();
            json.name("to").value(a.exit().to().name());
            json.name("when").value(a.exit().when());
            json.name("month").value(a.exit().month());
            json.name("after").value(a.exit().decays() ? "decays" : "continues");
            json.endObject();
        }
        actorNames(json.name("partners"), a.partners());
        actorNames(json.name("targets"), a.targets());
        strings(json.name("waits_for"), a.waitsFor());
        json.name("planned").beginObject();
        json.name("start_month").value(a.planned().startMonth());
        json.name("end_month").value(a.planned().endMonth());
        json.name("duration_months").value(a.planned().duration());
        json.name("start").value(a.planned().start() == null ? null : a.planned().start().toString());
        json.name("end").value(a.planned().end() == null ? null : a.planned().end().toString());
        json.endObject();
        json.name("simulated");
        if (a.simulated() == null) {
            json.nullValue();
        } else {
            Logframe.SimulatedTiming s = a.simulated();
            json.beginObject();
            JsonNumbers.plain(json.name("probability_started"), s.probabilityStarted());
            quantiles(json.name("start_month"), s.startP10(), s.startP50(), s.startP90());
            quantiles(json.name("end_month"), s.endP10(), s.endP50(), s.endP90());
            json.endObject();
        }
        JsonNumbers.plain(json.name("cost"), a.cost());
        JsonNumbers.plain(json.name("cost_share"), a.costShare());
        if (a.rising() != null) { // only when the share rises: the files of programmes without one stay as they were
            JsonNumbers.plain(json.name("cost_share_rises_to"), a.rising().to());
            json.name("cost_share_by_month").value(a.rising().byMonth());
        }
        json.name("risk").value(a.risk().isEmpty() ? null : a.risk());
        strings(json.name("each_month"), a.eachMonth());
        json.endObject();
    }

    private static void indicator(JsonWriter json, IndicatorEntry i) throws IOException {
        json.beginObject();
        json.name("name").value(i.name());
        json.name("title").value(i.title());
        json.name("definition").value(i.definition());
        json.name("rationale").value(i.rationale());
        json.name("key").value(i.key());
        json.name("level").value(i.level());
        json.name("measures").value(i.measures());
        json.name("capability").value(i.capability().isEmpty() ? null : i.capability());
        json.name("unit").value(i.unit() == null ? "number" : i.unit().name());
        JsonNumbers.plain(json.name("baseline"), i.baseline());
        json.name("baseline_date").value(i.baselineMonth() == null ? null : i.baselineMonth().toString());
        json.name("target");
        if (i.target() == null) {
            json.nullValue();
        } else {
            json.beginObject();
            JsonNumbers.plain(json.name("value"), i.target().value());
            json.name("month").value(i.target().month());
            json.name("date").value(i.target().date().toString());
            json.endObject();
        }
        json.name("ascending").value(i.ascending());
        json.name("source").value(i.source());
        json.name("method").value(i.method());
        json.name("limitations").value(i.limitations());
        json.name("frequency").value(i.frequency());
        json.name("period_months").value(i.periodMonths());
        json.name("responsible").value(i.responsible() == null ? null : i.responsible().name());
        strings(json.name("disaggregation"), i.disaggregationKeys());
        json.name("calculation").value(i.calculation());
        if (!i.calculationWords().isEmpty()) json.name("calculation_in_words").value(i.calculationWords());
        if (!i.counted().isEmpty()) json.name("counted").value(i.counted());
        facts(json.name("glossary"), i.glossary());
        JsonNumbers.plain(json.name("probability_target_met"), i.probabilityTargetMet());
        if (i.severalTargets()) targets(json, i); // only then: programmes with one target keep their JSON
        json.name("periods").beginArray();
        for (Logframe.Period p : i.periods()) {
            json.beginObject();
            json.name("index").value(p.index());
            json.name("start_month").value(p.startMonth());
            json.name("end_month").value(p.endMonth());
            json.name("start").value(p.start().toString());
            json.name("end").value(p.end().toString());
            json.name("holds_target").value(p.holdsTarget());
            json.name("simulated");
            if (p.simulated() == null) json.nullValue();
            else quantiles(json, p.simulated().p10(), p.simulated().p50(), p.simulated().p90());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** {@code targets}: every declared target (totals with their chance of being met, then per group) and {@code group_baselines}. */
    private static void targets(JsonWriter json, Logframe.IndicatorEntry i) throws IOException {
        json.name("targets").beginArray();
        for (Logframe.TargetEntry t : i.targets()) {
            json.beginObject();
            json.name("group").value(t.group());
            if (t.group() != null) json.name("dimension").value(t.dimension());
            JsonNumbers.plain(json.name("value"), t.value());
            json.name("month").value(t.month());
            json.name("date").value(t.date().toString());
            JsonNumbers.plain(json.name("probability_met"), t.probabilityMet());
            json.endObject();
        }
        json.endArray();
        json.name("group_baselines").beginArray();
        for (Logframe.GroupBaselineEntry b : i.groupBaselines()) {
            json.beginObject();
            json.name("group").value(b.group());
            json.name("dimension").value(b.dimension());
            JsonNumbers.plain(json.name("value"), b.value());
            json.endObject();
        }
        json.endArray();
    }

    private static void milestone(JsonWriter json, Logframe.MilestoneEntry m) throws IOException {
        json.beginObject();
        json.name("name").value(m.name());
        json.name("title").value(m.title());
        json.name("narrative").value(m.narrative());
        json.name("due_month").value(m.due());
        json.name("due").value(m.dueMonth().toString());
        json.name("condition").value(m.condition());
        if (!m.definition().isEmpty()) json.name("definition").value(m.definition());
        strings(json.name("unlocks"), m.unlocks());
        json.name("simulated");
        if (m.forecast() == null) {
            json.nullValue();
        } else {
            json.beginObject();
            JsonNumbers.plain(json.name("probability_on_time"), m.forecast().probabilityOnTime());
            JsonNumbers.plain(json.name("probability_never"), m.forecast().probabilityNever());
            quantiles(json.name("month_reached"), m.forecast().p10(), m.forecast().p50(), m.forecast().p90());
            json.endObject();
        }
        json.endObject();
    }

    private static void actor(JsonWriter json, Logframe.ActorEntry a) throws IOException {
        json.beginObject();
        json.name("name").value(a.name());
        json.name("title").value(a.title());
        json.name("kind").value(a.kind());
        json.name("kind_label").value(a.kindLabel());
        json.name("narrative").value(a.narrative());
        facts(json.name("facts"), a.facts());
        strings(json.name("leads"), a.leads());
        strings(json.name("partner_in"), a.partnerIn());
        strings(json.name("targeted_by"), a.targetedBy());
        strings(json.name("responsible_for"), a.responsibleFor());
        json.endObject();
    }

    private static void costLines(JsonWriter json, Logframe lf) throws IOException {
        json.name("cost_lines").beginArray();
        for (Logframe.CostLineEntry c : lf.costLines()) {
            json.beginObject();
            json.name("name").value(c.name());
            json.name("title").value(c.title());
            json.name("category").value(c.category());
            json.name("narrative").value(c.narrative());
            json.name("from_month").value(c.from());
            json.name("until_month").value(c.until());
            JsonNumbers.plain(json.name("monthly"), c.monthly());
            JsonNumbers.plain(json.name("total"), c.total());
            json.name("funders").beginArray();
            for (Logframe.FundedBy f : c.funders()) {
                json.beginObject();
                json.name("funder").value(f.funder().name());
                JsonNumbers.plain(json.name("share"), f.share());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
    }

    private static void quantiles(JsonWriter json, Double p10, Double p50, Double p90) throws IOException {
        json.beginObject();
        JsonNumbers.plain(json.name("p10"), p10);
        JsonNumbers.plain(json.name("p50"), p50);
        JsonNumbers.plain(json.name("p90"), p90);
        json.endObject();
    }


    private static void names(JsonWriter json, List<IndicatorEntry> indicators) throws IOException {
        json.beginArray();
        for (IndicatorEntry i : indicators) json.value(i.name());
        json.endArray();
    }

    private static void actorNames(JsonWriter json, List<Logframe.ActorRef> actors) throws IOException {
        json.beginArray();
        for (Logframe.ActorRef a : actors) json.value(a.name());
        json.endArray();
    }

    private static void strings(JsonWriter json, List<String> values) throws IOException {
        json.beginArray();
        for (String v : values) json.value(v);
        json.endArray();
    }

    private static void facts(JsonWriter json, List<Logframe.Fact> facts) throws IOException {
        json.beginObject();
        for (Logframe.Fact f : facts) json.name(f.label()).value(f.value());
        json.endObject();
    }
}
