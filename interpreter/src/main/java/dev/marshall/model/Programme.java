package dev.marshall.model;

import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The semantic model of a whole Marshall programme: the {@code programme}
 * header (title, country, start, horizon in months, currency, budget, focus,
 * goal) and every declaration of the programme's files and of the modules it
 * uses, in declaration order. Immutable; built only by
 * {@link dev.marshall.semantic.ModelBuilder}. Every later stage (checks,
 * simulation, emitters, the language server) reads this and nothing else.
 *
 * <p>{@code usesStandardLibrary} is true when the programme says
 * {@code use std.unido}: its vocabularies are then in scope and its approach
 * checks run. {@code results} is the declared results chain (empty: derived
 * from pillars and interventions, as before results statements existed);
 * {@code costLines} the programme-level costs that belong to no intervention.
 */
public record Programme(
        String title, Span span, String doc, Properties properties,
        String country, YearMonth start, int horizon, String currency, double budget, Focus focus, String goal,
        List<Use> uses, boolean usesStandardLibrary,
        List<Param> params, List<Cluster> clusters, List<Actor> actors, List<Network> networks,
        List<Intervention> interventions, List<Indicator> indicators, List<Milestone> milestones,
        List<Priority> priorities, List<Assumption> assumptions, List<Risk> risks,
        List<Function> functions, List<Vocabulary> vocabularies, List<Allow> allows,
        List<SourceFile> sources, List<Result> results, List<CostLine> costLines) {

    public Programme {
        results = List.copyOf(results);
        costLines = List.copyOf(costLines);
        uses = List.copyOf(uses);
        params = List.copyOf(params);
        clusters = List.copyOf(clusters);
        actors = List.copyOf(actors);
        networks = List.copyOf(networks);
        interventions = List.copyOf(interventions);
        indicators = List.copyOf(indicators);
        milestones = List.copyOf(milestones);
        priorities = List.copyOf(priorities);
        assumptions = List.copyOf(assumptions);
        risks = List.copyOf(risks);
        functions = List.copyOf(functions);
        vocabularies = List.copyOf(vocabularies);
        allows = List.copyOf(allows);
        sources = List.copyOf(sources);
    }

    /** This programme with other params (everything else, results and cost lines too, kept): for tests and tools that edit a model. */
    public Programme withParams(List<Param> newParams) {
        return new Programme(title, span, doc, properties, country, start, horizon, currency, budget, focus, goal, uses,
                usesStandardLibrary, newParams, clusters, actors, networks, interventions, indicators, milestones, priorities,
                assumptions, risks, functions, vocabularies, allows, sources, results, costLines);
    }

    /** This programme with other fns (everything else kept). */
    public Programme withFunctions(List<Function> newFunctions) {
        return new Programme(title, span, doc, properties, country, start, horizon, currency, budget, focus, goal, uses,
                usesStandardLibrary, params, clusters, actors, networks, interventions, indicators, milestones, priorities,
                assumptions, risks, newFunctions, vocabularies, allows, sources, results, costLines);
    }

    /** {@code identifier}: the IATI activity identifier ("" when not written). */
    public String identifier() { return properties.text("identifier"); }

    /** {@code organisation}: the name of the reporting organisation ("" when not written). */
    public String organisation() { return properties.text("organisation"); }

    /** {@code organisation_ref}: the reporting organisation's IATI organisation identifier ("" when not written). */
    public String organisationRef() { return properties.text("organisation_ref"); }

    /** {@code organisation_type}: its IATI OrganisationType code, or null when not written. */
    public Integer organisationType() {
        return properties.get("organisation_type").map(Property::value).flatMap(Constants::number).map(v -> (int) Math.round(v)).orElse(null);
    }

    /** {@code description}: the programme described for donors ("" when not written). */
    public String description() { return properties.text("description"); }

    /** {@code sectors} with {@code sector_shares}: the DAC purpose codes of the programme (empty when not written). */
    public List<Sector> sectors() { return Sector.of(properties); }

    /** {@code region}: the OECD DAC region code of the programme's country, or null when not written. */
    public Integer region() {
        return properties.get("region").map(Property::value).flatMap(Constants::number).map(v -> (int) Math.round(v)).orElse(null);
    }

    /** The file the programme was read from (the first source). */
    public SourceFile mainSource() { return sources.get(0); }

    public Optional<Actor> actor(String name) { return find(actors, name); }

    public Optional<Cluster> cluster(String name) { return find(clusters, name); }

    public Optional<Intervention> intervention(String name) { return find(interventions, name); }

    public Optional<Indicator> indicator(String name) { return find(indicators, name); }

    public Optional<Milestone> milestone(String name) { return find(milestones, name); }

    public Optional<Result> result(String name) { return find(results, name); }

    public Optional<CostLine> costLine(String name) { return find(costLines, name); }

    /** Whether the programme declares its own results chain ({@code result} declarations). */
    public boolean declaresResults() { return !results.isEmpty(); }

    /** The declared results of one level, in declaration order. */
    public List<Result> results(Level level) {
        return results.stream().filter(r -> r.level() == level).toList();
    }

    /**
     * Whether an indicator measures an intervention: directly or through its pillar ({@link Indicator#measures}),
     * or through the declared result it is attached to: an output the intervention delivers, an outcome one of
     * whose outputs it delivers, or the impact (the programme as a whole).
     */
    public boolean measures(Indicator indicator, Intervention intervention) {
        if (indicator.measures(intervention)) return true;
        if (indicator.measures() == null || indicator.measures().kind() != Indicator.Measures.Kind.RESULT) return false;
        Result result = result(indicator.measures().name()).orElse(null);
        if (result == null) return false;
        return switch (result.level()) {
            case IMPACT -> true;
            case OUTPUT -> result.deliveredBy().contains(intervention.name());
            case OUTCOME -> results(Level.OUTPUT).stream()
                    .anyMatch(o -> result.name().equals(o.contributesTo()) && o.deliveredBy().contains(intervention.name()));
        };
    }

    public Optional<Param> param(String name) { return find(params, name); }

    public Optional<Function> function(String name) { return find(functions, name); }

    public Optional<Vocabulary> vocabulary(String name) { return find(vocabularies, name); }

    /** Whether a span lies in one of the programme's own files rather than in the standard library. */
    public boolean isOwnSource(Span where) {
        return where != null && where.file().location() != null || (where != null && where.file() == mainSource());
    }

    /** Total planned cost of all interventions and programme-level cost lines, in the programme's currency. */
    public double totalCost() {
        return interventionsCost() + costLinesCost();
    }

    /** Total planned cost of all interventions. */
    public double interventionsCost() {
        double total = 0;
        for (Intervention i : interventions) total += i.cost();
        return total;
    }

    /** Total of the programme-level cost lines (0 when there are none). */
    public double costLinesCost() {
        double total = 0;
        for (CostLine c : costLines) total += c.total();
        return total;
    }

    /** The calendar month of programme month {@code m} (month 1 is {@code start}). */
    public YearMonth calendarMonth(int m) { return start.plusMonths(m - 1L); }

    /**
     * The name people read for a declared id ({@code name = "…"}, a milestone's title), or the id itself
     * when none is written or nothing is declared with it. Outputs for people call this where they would show an id.
     */
    public String displayName(String id) {
        for (List<? extends Declaration> kind : List.of(interventions, milestones, indicators, networks, clusters, actors)) {
            Optional<? extends Declaration> d = find(kind, id);
            if (d.isPresent()) return d.get().displayName();
        }
        return id;
    }

    private static <T extends Declaration> Optional<T> find(List<T> declarations, String name) {
        for (T d : declarations) if (d.name().equals(name)) return Optional.of(d);
        return Optional.empty();
    }
}
