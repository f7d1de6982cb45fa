package dev.marshall.emit;

import dev.marshall.model.Actor;
import dev.marshall.model.Assumption;
import dev.marshall.model.Cluster;
import dev.marshall.model.Dependency;
import dev.marshall.model.Expr;
import dev.marshall.model.Focus;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.Param;
import dev.marshall.model.Priority;
import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Risk;
import dev.marshall.model.RiskLevel;
import dev.marshall.model.State;
import dev.marshall.model.Statement;
import dev.marshall.model.Target;
import dev.marshall.model.Type;
import dev.marshall.model.Use;
import dev.marshall.model.Vocabulary;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * examples/sialkot.marshall as hand-built model records, and a hand-built
 * simulation result of plausible shape, so the emitters can be tested without
 * the front end or the engine. Kept beside the real compile once both exist:
 * it lets a test vary one thing (no simulation, no each month) at a time.
 */
public final class SialkotFixture {
    static final SourceFile SOURCE = SourceFile.ofString("sialkot.marshall", "// hand-built model of sialkot.marshall\n");
    static final Span AT = new Span(SOURCE, 0, 0);
    static final Type EUR = Type.money("EUR");
    static final Type USD = Type.money("USD");

    private SialkotFixture() {}

    static Expr.Quantity number(double v) { return new Expr.Quantity(v, Type.NUMBER, false, AT); }
    static Expr.Quantity percent(double v) { return new Expr.Quantity(v, Type.NUMBER, true, AT); }
    static Expr.Quantity money(double v, Type currency) { return new Expr.Quantity(v, currency, false, AT); }
    static Expr.Text text(String s) { return new Expr.Text(s, AT); }
    static Expr.Word word(String s, String kind) { return new Expr.Word(s, kind, AT); }
    static Expr.StateRef state(String name, int index) { return new Expr.StateRef("sialkot", 0, name, index, Type.NUMBER, AT); }
    static Expr.PropertyRef firms() { return new Expr.PropertyRef("sialkot", 0, "firms", 0, Type.NUMBER, AT); }
    static Expr.ParamRef param(String name, int index) { return new Expr.ParamRef(name, index, Type.NUMBER, AT); }
    static Expr bin(Expr.BinaryOp op, Expr l, Expr r) {
        Type t = op.isComparison() || op.isLogical() ? Type.BOOLEAN : (l.type().kind() == Type.Kind.MONEY ? l.type() : r.type());
        return new Expr.Binary(op, l, r, t, AT);
    }
    static Expr add(Expr l, Expr r) { return bin(Expr.BinaryOp.ADD, l, r); }
    static Expr sub(Expr l, Expr r) { return bin(Expr.BinaryOp.SUBTRACT, l, r); }
    static Expr mul(Expr l, Expr r) { return bin(Expr.BinaryOp.MULTIPLY, l, r); }
    static Expr div(Expr l, Expr r) { return bin(Expr.BinaryOp.DIVIDE, l, r); }
    static Property prop(String name, Expr value) { return new Property(name, value, null, AT, AT, ""); }
    static Properties props(Property... p) { return new Properties(List.of(p)); }
    static Statement assign(Expr.StateRef s, Statement.AssignOp op, Expr value) { return new Statement.Assign(s, op, value, AT); }

    /** The programme, as sialkot.marshall declares it. */
    public static Programme programme() {
        return build(true);
    }

    /** The same programme with no {@code each month} block: nothing to simulate, still a full framework. */
    public static Programme withoutDynamics() {
        return build(false);
    }

    private static Programme build(boolean dynamics) {
        Expr.StateRef trust = state("trust", 0);
        Expr.StateRef governance = state("governance", 1);
        Expr.StateRef members = state("members", 2);

        List<Param> params = List.of(
                new Param("trust_gain", 0, new Expr.Draw(Expr.Distribution.NORMAL, List.of(number(0.035), number(0.010)), Type.NUMBER, AT),
                        AT, AT, "Uncertain knobs: sampled once per simulated run, overridable with --set."),
                new Param("network_pull", 1, new Expr.Draw(Expr.Distribution.UNIFORM, List.of(number(1.0), number(3.0)), Type.NUMBER, AT),
                        AT, AT, ""));

        Cluster sialkot = new Cluster("sialkot", 0, props(
                prop("sector", text("surgical instruments")), prop("location", text("Sialkot, Punjab")),
                prop("firms", number(300)), prop("workers", number(25_000)), prop("exports", percent(0.90)),
                prop("women", percent(0.12)), prop("informal", percent(0.25))),
                List.of(new State("trust", 0, number(0.20), number(0), number(1), AT, AT, ""),
                        new State("governance", 1, number(0.10), number(0), number(1), AT, AT, ""),
                        new State("members", 2, number(0), number(0), firms(), AT, AT, "")),
                1, AT, AT, "");

        List<Actor> actors = List.of(
                new Actor("cda", "development_agent", AT, props(prop("employer", text("UNIDO"))), AT, AT, ""),
                new Actor("simap", "business_association", AT, props(prop("members", number(180))), AT, AT, ""),
                new Actor("gpw", "training_institute", AT, Properties.NONE, AT, AT, ""),
                new Actor("mie", "large_firm", AT, Properties.NONE, AT, AT, ""),
                new Actor("bank", "financial_institution", AT, Properties.NONE, AT, AT, ""),
                new Actor("mgc", "guarantee_cooperative", AT, Properties.NONE, AT, AT, ""),
                new Actor("wf", "womens_federation", AT, Properties.NONE, AT, AT, ""));

        List<Network> networks = List.of(
                new Network("exporters", Network.Shape.HORIZONTAL, List.of("simap", "mgc"), 12, null, null, null, Properties.NONE, AT, AT, ""),
                new Network("supply", Network.Shape.VERTICAL, List.of(), null, "simap", "mie", "subcontracting", Properties.NONE, AT, AT, ""));

        List<Statement> diagnosticWork = List.of(assign(trust, Statement.AssignOp.ADD, mul(number(0.02), sub(number(1), trust))));
        List<Statement> groupWork = List.of(
                assign(trust, Statement.AssignOp.ADD, mul(param("trust_gain", 0), sub(number(1), trust))),
                assign(governance, Statement.AssignOp.ADD, div(sub(trust, governance), number(12))));
        List<Statement> purchaseWork = List.of(
                assign(members, Statement.AssignOp.ADD, mul(mul(number(2), param("network_pull", 1)), trust)));
        List<Statement> fundWork = List.of(
                assign(members, Statement.AssignOp.ADD, mul(mul(number(6), trust), sub(number(1), div(members, firms())))));

        List<Intervention> interventions = List.of(
                new Intervention("diagnostic", 0, "trust_governance", AT, "cda", List.of("simap"), List.of(), 0, 1, List.of(), 4,
                        40_000, null, null, dynamics ? diagnosticWork : List.of(), Properties.NONE, AT, AT, ""),
                new Intervention("working_group", 1, "trust_governance", AT, "cda", List.of("simap", "gpw", "mie"), List.of(), 0, null,
                        List.of(new Dependency(Dependency.Kind.INTERVENTION, "diagnostic", 0, AT)), 12, 60_000, 0.20, null,
                        dynamics ? groupWork : List.of(), Properties.NONE, AT, AT, ""),
                new Intervention("joint_purchase", 2, "networks_linkages", AT, "simap", List.of(), List.of(), 0, 2, List.of(), 8,
                        25_000, null, null, dynamics ? purchaseWork : List.of(), Properties.NONE, AT, AT, ""),
                new Intervention("guarantee_fund", 3, "finance", AT, "mgc", List.of("bank"), List.of("wf"), 0, null,
                        List.of(new Dependency(Dependency.Kind.MILESTONE, "group_formed", 1, AT)), 18, 150_000, null, RiskLevel.HIGH,
                        dynamics ? fundWork : List.of(), Properties.NONE, AT, AT, ""),
                new Intervention("women_weavers", 4, "pro_poor_capabilities", AT, "wf", List.of("gpw"), List.of("wf"), -1, 3, List.of(), 24,
                        90_000, null, null, List.of(), Properties.NONE, AT, AT, ""));

        IndicatorUnit eur = new IndicatorUnit("EUR", EUR, false);
        IndicatorUnit usd = new IndicatorUnit("USD", USD, false);
        IndicatorUnit firmsUnit = new IndicatorUnit("firms", Type.NUMBER, false);
        IndicatorUnit percentUnit = new IndicatorUnit("percent", Type.NUMBER, true);
        Expr.OwnProperty incomeBaseline = new Expr.OwnProperty("baseline", money(1_450, EUR), EUR, AT);
        Expr.OwnProperty exportBaseline = new Expr.OwnProperty("baseline", money(180_000_000, USD), USD, AT);
        Expr.OwnProperty voiceBaseline = new Expr.OwnProperty("baseline", percent(0.03), Type.NUMBER, AT);
        Expr.CurrentMonth month = new Expr.CurrentMonth(AT);
        Expr saturating = new Expr.Call("saturating", 0, List.of(mul(month, trust), number(8)), Type.NUMBER, AT);

        List<Indicator> indicators = List.of(
                new Indicator("worker_income", 0, Level.IMPACT, null, "income", eur, 1_450.0, new Target(1_550, 36, AT),
                        "Household income survey of cluster workers", "year", 12, null, List.of("sex"),
                        mul(incomeBaseline, add(number(1), div(mul(mul(number(0.08), governance), month), number(12)))), 0,
                        Properties.NONE, AT, AT, ""),
                new Indicator("export_value", 1, Level.OUTCOME, new Indicator.Measures(Indicator.Measures.Kind.PILLAR, "trust_governance", AT),
                        null, usd, 180_000_000.0, new Target(210_000_000, 36, AT), "Export records of the Federal Bureau of Statistics",
                        "quarter", 3, null, List.of(), mul(exportBaseline, add(number(1), mul(number(0.25), saturating))), 0,
                        Properties.NONE, AT, AT, ""),
                new Indicator("network_firms", 2, Level.OUTPUT, new Indicator.Measures(Indicator.Measures.Kind.INTERVENTION, "joint_purchase", AT),
                        null, firmsUnit, 0.0, new Target(50, 24, AT), "Network membership registers", "quarter", 3, "simap", List.of(),
                        members, 0, Properties.NONE, AT, AT, ""),
                new Indicator("guaranteed_loans", 3, Level.OUTPUT, new Indicator.Measures(Indicator.Measures.Kind.INTERVENTION, "guarantee_fund", AT),
                        null, eur, 0.0, new Target(250_000, 36, AT), "Loan ledger of the guarantee cooperative", "quarter", 3, "mgc",
                        List.of(), mul(members, money(4_000, EUR)), 0, Properties.NONE, AT, AT, ""),
                new Indicator("women_voice", 4, Level.OUTCOME, new Indicator.Measures(Indicator.Measures.Kind.INTERVENTION, "women_weavers", AT),
                        "voice", percentUnit, 0.03, new Target(0.10, 30, AT), "Federation survey of members", "semester", 6, null,
                        List.of("sex"), add(voiceBaseline, div(mul(number(0.4), members), firms())), 0, Properties.NONE, AT, AT, ""));

        List<Milestone> milestones = List.of(
                new Milestone("quick_win", 0, "First joint purchase of inputs", 6,
                        bin(Expr.BinaryOp.GREATER_EQUAL, members, number(5)), Properties.NONE, AT, AT, ""),
                new Milestone("group_formed", 1, "Cluster working group constituted", 9,
                        bin(Expr.BinaryOp.GREATER_EQUAL, trust, number(0.35)), Properties.NONE, AT, AT, ""));

        List<Priority> priorities = List.of(
                new Priority(Priority.Objective.INCLUSIVENESS, Priority.Objective.GROWTH, AT),
                new Priority(Priority.Objective.DEPTH, Priority.Objective.BREADTH, AT),
                new Priority(Priority.Objective.TOMORROW, Priority.Objective.TODAY, AT));

        Expr.LocalRef x = new Expr.LocalRef("x", 0, Type.NUMBER, AT);
        Expr.LocalRef k = new Expr.LocalRef("k", 1, Type.NUMBER, AT);
        List<Function> functions = List.of(new Function("saturating", 0, List.of("x", "k"), div(x, add(x, k)), false, AT, AT, ""));

        return new Programme("Sialkot surgical instruments upgrading", AT,
                "Sialkot surgical instruments cluster: a pro-poor upgrading programme.\n"
                        + "Figures for firms, export share and world-market share follow Box 1 of the\n"
                        + "UNIDO paper in ../domain; everything else is illustrative.",
                Properties.NONE, "Pakistan", YearMonth.of(2027, 1), 36, "EUR", 1_200_000, Focus.PRO_POOR,
                "Higher and more inclusive incomes in the Sialkot surgical instruments cluster",
                List.of(new Use("std.unido", false, AT)), true, params, List.of(sialkot), actors, networks, interventions,
                indicators, milestones, priorities,
                List.of(new Assumption("Export demand in the EU and North America stays stable", AT, "")),
                List.of(new Risk("Large exporters dominate the association", "Rotating chair and a seat quota for small firms", AT, "")),
                functions, vocabularies(), List.of(), List.of(SOURCE), List.of(), List.of());
    }

    /** The std.unido vocabularies the emitters read labels from. */
    static List<Vocabulary> vocabularies() {
        return List.of(
                vocabulary("actor_kind", "development_agent", "Cluster development agent", "business_association", "Business association",
                        "training_institute", "Training institute", "large_firm", "Large firm", "financial_institution", "Financial institution",
                        "guarantee_cooperative", "Guarantee cooperative", "womens_federation", "Women's federation", "donor", "Donor"),
                vocabulary("pillar", "trust_governance", "Trust building and governance", "networks_linkages", "Networks and linkages",
                        "skills", "Skills", "support_institutions", "Support institutions", "finance", "Access to finance",
                        "pro_poor_economic", "Pro-poor economic measures", "pro_poor_capabilities", "Pro-poor capabilities",
                        "policy", "Policy", "dissemination", "Dissemination and scale-up"),
                vocabulary("capability", "income", "Income", "voice", "Voice", "human_capital", "Human capital",
                        "inclusion", "Inclusion", "resilience", "Resilience"),
                vocabulary("period", "month", "Monthly", "quarter", "Quarterly", "semester", "Half-yearly", "year", "Yearly"),
                vocabulary("dimension", "sex", "Sex", "age", "Age", "location", "Location", "disability", "Disability", "firm_size", "Firm size"),
                vocabulary("linkage", "subcontracting", "Subcontracting", "supply_agreement", "Supply agreement", "buyer_link", "Buyer link"));
    }

    private static Vocabulary vocabulary(String name, String... wordsAndLabels) {
        List<Vocabulary.Word> words = new ArrayList<>();
        for (int i = 0; i < wordsAndLabels.length; i += 2) {
            words.add(new Vocabulary.Word(wordsAndLabels[i], wordsAndLabels[i + 1], null, AT, ""));
        }
        return new Vocabulary(name, words, AT, AT, "");
    }

    /**
     * A simulation result of the shape the engine produces, with smooth,
     * plausible numbers (not the engine's): enough to exercise every simulated
     * column, chart and rating of the emitters.
     */
    public static SimulationResult simulation() {
        List<SimulationResult.MilestoneOutcome> milestones = List.of(
                new SimulationResult.MilestoneOutcome("quick_win", 6, 0.62, 0.03, 4.0, 6.0, 9.0),
                new SimulationResult.MilestoneOutcome("group_formed", 9, 0.41, 0.08, 7.0, 10.0, 15.0));
        List<SimulationResult.IndicatorOutcome> indicators = List.of(
                indicator("worker_income", 12, 1_450, 1_450 * 1.055, 0.02, 0.31),
                indicator("export_value", 3, 180e6, 204e6, 0.03, 0.38),
                indicator("network_firms", 3, 0, 61, 0.25, 0.71),
                indicator("guaranteed_loans", 3, 0, 228_000, 0.30, 0.44),
                indicator("women_voice", 6, 0.03, 0.092, 0.15, 0.36));
        List<SimulationResult.InterventionOutcome> interventions = List.of(
                new SimulationResult.InterventionOutcome("diagnostic", 1.0, 1.0, 1.0, 1.0, 4.0, 4.0, 4.0),
                new SimulationResult.InterventionOutcome("working_group", 1.0, 5.0, 5.0, 5.0, 16.0, 16.0, 16.0),
                new SimulationResult.InterventionOutcome("joint_purchase", 1.0, 2.0, 2.0, 2.0, 9.0, 9.0, 9.0),
                new SimulationResult.InterventionOutcome("guarantee_fund", 0.92, 8.0, 11.0, 16.0, 25.0, 28.0, 33.0),
                new SimulationResult.InterventionOutcome("women_weavers", 1.0, 3.0, 3.0, 3.0, 26.0, 26.0, 26.0));
        List<SimulationResult.MonthlySpend> spend = new ArrayList<>();
        double p50 = 0;
        for (int m = 1; m <= 36; m++) {
            p50 = Math.min(365_000, p50 + (m <= 4 ? 10_000 : 0) + (m >= 5 && m <= 16 ? 5_000 : 0) + (m >= 2 && m <= 9 ? 3_125 : 0)
                    + (m >= 3 && m <= 26 ? 3_750 : 0) + (m >= 11 && m <= 28 ? 8_333.33 : 0));
            spend.add(new SimulationResult.MonthlySpend(m, p50 * 0.93, p50, Math.min(365_000, p50 * 1.05)));
        }
        return new SimulationResult(1_000, 42, 36, Map.of(), milestones, indicators, interventions, spend, 1_200_000);
    }

    /** Reporting periods every {@code every} months up to 36, on an S-curve from {@code start} to {@code end}. */
    private static SimulationResult.IndicatorOutcome indicator(String name, int every, double start, double end,
                                                               double relativeSpread, double probabilityTargetMet) {
        List<SimulationResult.PeriodOutcome> periods = new ArrayList<>();
        for (int m = every; m <= 36; m += every) {
            double share = 1 / (1 + Math.exp(-(m - 14) / 5.0));
            double p50 = start + (end - start) * share;
            double spread = Math.abs(end - start) * relativeSpread * share + Math.abs(p50) * 0.005;
            periods.add(new SimulationResult.PeriodOutcome(m, p50 - spread, p50, p50 + spread));
        }
        return new SimulationResult.IndicatorOutcome(name, periods, probabilityTargetMet);
    }
}
