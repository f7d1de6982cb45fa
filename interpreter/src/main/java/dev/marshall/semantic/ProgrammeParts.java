package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Actor;
import dev.marshall.model.Allow;
import dev.marshall.model.Assumption;
import dev.marshall.model.Cluster;
import dev.marshall.model.CostLine;
import dev.marshall.model.Focus;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.Param;
import dev.marshall.model.Priority;
import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Result;
import dev.marshall.model.Risk;
import dev.marshall.model.Use;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import dev.marshall.syntax.Parsing;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The declarations gathered from every file, put together into a {@link Programme} at the end. */
final class ProgrammeParts {
    Span programmeSpan;
    String title = "";
    String programmeDoc = "";
    Properties programmeProperties = Properties.NONE;
    String country = "";
    YearMonth start;
    int horizon;
    String currency;
    Focus focus;
    String goal = "";
    Property budgetProperty;
    final List<Param> params = new ArrayList<>();
    final List<Cluster> clusters = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Network> networks = new ArrayList<>();
    final List<Intervention> interventions = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();
    final List<Result> results = new ArrayList<>();
    final List<CostLine> costLines = new ArrayList<>();
    final List<Priority> priorities = new ArrayList<>();
    final List<Assumption> assumptions = new ArrayList<>();
    final List<Risk> risks = new ArrayList<>();
    final List<Function> functions = new ArrayList<>();
    final List<MarshallParser.FnDeclContext> functionContexts = new ArrayList<>();
    final List<Parsing.Parsed> functionFiles = new ArrayList<>();
    final List<Vocabulary> vocabularies = new ArrayList<>();
    final List<Allow> allows = new ArrayList<>();

    int horizonOrDefault() {
        return horizon > 0 ? horizon : 0;
    }

    String currencyOrDefault() {
        return currency == null ? "EUR" : currency;
    }

    /**
     * The programme; {@code budget} has been read by then (it needs the currency, wherever the header is).
     * A missing or empty header is E018, unless the main file was refused before parsing (that error says it all).
     */
    Programme programme(Parsing.Parsed main, double budget, boolean usesStd, List<Use> uses, List<SourceFile> sources, DiagnosticSink sink) {
        SourceFile file = main.source();
        Span span = programmeSpan != null ? programmeSpan : Span.at(file, 0);
        if (programmeSpan == null && main.tree() == null) {
            // refused before parsing (too deeply nested): that error says it all
        } else if (programmeSpan == null && !file.text().isBlank()) {
            sink.report("E018", Span.at(file, 0), "the programme has no programme \"Title\" { … } header");
        } else if (programmeSpan == null) {
            sink.report("E018", Span.at(file, 0), "the file is empty");
        }
        // Interventions, indicators and milestones are listed in their index order (pass 1's).
        interventions.sort(Comparator.comparingInt(Intervention::index));
        milestones.sort(Comparator.comparingInt(Milestone::index));
        params.sort(Comparator.comparingInt(Param::index));
        clusters.sort(Comparator.comparingInt(Cluster::index));
        return new Programme(title, span, programmeDoc, programmeProperties, country,
                start == null ? YearMonth.of(2000, 1) : start, horizon, currency == null ? "EUR" : currency, budget,
                focus == null ? Focus.GROWTH : focus, goal, uses, usesStd, params, clusters, actors, networks, interventions,
                indicators, milestones, priorities, assumptions, risks, functions, vocabularies, allows, sources,
                results.stream().sorted(Comparator.comparingInt(Result::index)).toList(),
                costLines.stream().sorted(Comparator.comparingInt(CostLine::index)).toList());
    }
}
