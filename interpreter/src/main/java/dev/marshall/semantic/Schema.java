package dev.marshall.semantic;

import static dev.marshall.semantic.PropertySchema.optional;
import static dev.marshall.semantic.PropertySchema.required;
import static dev.marshall.semantic.Reaches.CHECKS;
import static dev.marshall.semantic.Reaches.IATI;
import static dev.marshall.semantic.Reaches.LOGFRAME;
import static dev.marshall.semantic.Reaches.REPORT;
import static dev.marshall.semantic.Reaches.SHEETS;
import static dev.marshall.semantic.Reaches.SIMULATION;
import static dev.marshall.semantic.UnitRule.FRACTION;
import static dev.marshall.semantic.UnitRule.INDICATOR_UNIT;
import static dev.marshall.semantic.UnitRule.MONTHS;
import static dev.marshall.semantic.UnitRule.NONE;
import static dev.marshall.semantic.UnitRule.POINT_IN_TIME;
import static dev.marshall.semantic.UnitRule.PROGRAMME_CURRENCY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The declarations of the language and the properties each may have: the one
 * source of truth for the checker (unknown, duplicate and missing properties:
 * E013, E011, E014), for the property tables of docs/language.md (a test holds
 * them to it), for an editor's completion and hover, and for the test that
 * every accepted property reaches an output.
 */
public final class Schema {
    private Schema() {}

    public static final DeclarationSchema PROGRAMME = new DeclarationSchema("programme", "", "the programme", false,
            "the header: title, country, dates, money and goal of the programme", List.of(
            optional("country", ValueKind.TEXT, NONE, "the country the programme works in", LOGFRAME, IATI, REPORT),
            required("start", ValueKind.DATE, NONE, "start", "a date YYYY-MM: programme month 1", SIMULATION, LOGFRAME, IATI, REPORT),
            required("horizon", ValueKind.DURATION, MONTHS, "horizon", "how long the programme (and the simulation) runs", SIMULATION, LOGFRAME, REPORT),
            required("currency", ValueKind.WORD, NONE, "currency", "an ISO 4217 code; every cost and the budget are in it", SIMULATION, LOGFRAME, IATI, REPORT),
            required("budget", ValueKind.MONEY, PROGRAMME_CURRENCY, "budget", "the budget; the sum of all costs must not exceed it", SIMULATION, LOGFRAME, REPORT, CHECKS),
            optional("focus", ValueKind.WORD, NONE, "pro_poor or growth (the default)", LOGFRAME, REPORT, CHECKS),
            optional("goal", ValueKind.TEXT, NONE, "the top of the logframe", LOGFRAME, SHEETS, IATI, REPORT),
            optional("identifier", ValueKind.TEXT, NONE, "the IATI activity identifier: organisation_ref, a hyphen, the activity's own id", IATI, LOGFRAME, REPORT),
            optional("organisation", ValueKind.TEXT, NONE, "the name of the reporting organisation", IATI, LOGFRAME, REPORT),
            optional("organisation_ref", ValueKind.TEXT, NONE, "its IATI organisation identifier, agency-number (XM-DAC-41123)", IATI, LOGFRAME, REPORT),
            optional("organisation_type", ValueKind.NUMBER, NONE, "a code of the IATI OrganisationType codelist (40 multilateral, 10 government, …)", IATI),
            optional("description", ValueKind.TEXT, NONE, "the programme described for donors", IATI, LOGFRAME, REPORT),
            optional("sectors", ValueKind.NUMBERS, NONE, "DAC 5-digit purpose codes of the IATI Sector codelist (32130 SME development, …)", IATI),
            optional("sector_shares", ValueKind.FRACTIONS, NONE, "the share of each sector, in the order of sectors, summing to 100%", IATI),
            optional("region", ValueKind.NUMBER, NONE, "the OECD DAC region code of the country (679 South Asia, 289 South of Sahara, …)", IATI),
            optional("contact", ValueKind.TEXT, NONE, "the office or person donors contact about the programme", IATI),
            optional("contact_email", ValueKind.TEXT, NONE, "their e-mail address", IATI)));

    public static final DeclarationSchema PARAM = new DeclarationSchema("param", "", "a param", false,
            "an uncertain knob, sampled once per simulated run", List.of());

    public static final DeclarationSchema CLUSTER = new DeclarationSchema("cluster", "", "a cluster", true,
            "the firms assisted: free properties and the states the simulation changes", List.of(
            optional("name", ValueKind.TEXT, NONE, "the cluster's name for people (outputs for people show it instead of the id)", LOGFRAME, REPORT),
            optional("replicas", ValueKind.NUMBER, NONE, "a whole number 1..1 000 000: independent copies of the cluster", SIMULATION, LOGFRAME, REPORT)));

    public static final DeclarationSchema ACTOR = new DeclarationSchema("actor", "", "an actor", true,
            "an organisation or group taking part; its kind comes from std.unido", List.of(
            optional("name", ValueKind.TEXT, NONE, "the actor's full name, for documents", LOGFRAME, REPORT),
            optional("ref", ValueKind.TEXT, NONE, "its IATI organisation identifier, agency-number (XI-IATI-EC)", IATI),
            optional("org_type", ValueKind.NUMBER, NONE, "a code of the IATI OrganisationType codelist (15 foreign government, 21 international NGO, …)", IATI),
            optional("funds", ValueKind.WORDS, NONE, "the interventions and cost lines this actor pays for (it is then a funder)", IATI, CHECKS),
            optional("share", ValueKind.FRACTION, FRACTION, "its share of each of them, net of the beneficiaries' cost_share (default 100%)", IATI, CHECKS),
            optional("pays", ValueKind.MONEY, NONE, "what this funder pays in all: checked against its shares of the interventions' costs", LOGFRAME, REPORT, CHECKS)));

    public static final DeclarationSchema HORIZONTAL_NETWORK = new DeclarationSchema("network", "horizontal", "a horizontal network", false,
            "firms cooperating as peers", List.of(
            optional("name", ValueKind.TEXT, NONE, "the network's name for people", LOGFRAME, REPORT),
            required("members", ValueKind.ACTORS, NONE, "members = [actors …]", "the actors taking part", LOGFRAME, REPORT, CHECKS),
            optional("firms", ValueKind.NUMBER, NONE, "a constant number >= 0 of firms taking part, or N of cluster, or a share such as 15% of cluster", SIMULATION, LOGFRAME, REPORT, CHECKS),
            optional("uptake", ValueKind.FRACTION, FRACTION, "the share of the firms still to join that join each month an intervention forms it (default 10%; a constant or a param)", SIMULATION, LOGFRAME, REPORT)));

    public static final DeclarationSchema VERTICAL_NETWORK = new DeclarationSchema("network", "vertical", "a vertical network", false,
            "a linkage along the value chain", List.of(
            optional("name", ValueKind.TEXT, NONE, "the linkage's name for people", LOGFRAME, REPORT),
            required("from", ValueKind.ACTOR, NONE, "from = actor", "the supplier", LOGFRAME, REPORT, CHECKS),
            required("to", ValueKind.ACTOR, NONE, "to = actor", "the buyer", LOGFRAME, REPORT, CHECKS),
            optional("kind", ValueKind.WORD, NONE, "a linkage word: subcontracting, supply_agreement, buyer_link", LOGFRAME, REPORT),
            optional("firms", ValueKind.NUMBER, NONE, "the firms the linkage joins: a constant number, or N of cluster, or a share such as 15% of cluster", SIMULATION, LOGFRAME, REPORT),
            optional("uptake", ValueKind.FRACTION, FRACTION, "the share of the firms still to join that join each month an intervention forms it (default 10%; a constant or a param)", SIMULATION, LOGFRAME, REPORT)));

    public static final DeclarationSchema INTERVENTION = new DeclarationSchema("intervention", "", "an intervention", false,
            "an activity of the programme: who, when, what it costs and what it changes each month", List.of(
            optional("name", ValueKind.TEXT, NONE, "the intervention's name for people: logframe, workplan, Gantt, sheets instead of the id", LOGFRAME, SHEETS, IATI, REPORT),
            optional("lead", ValueKind.ACTOR, NONE, "the actor that leads it", LOGFRAME, IATI, REPORT, CHECKS),
            optional("partners", ValueKind.ACTORS, NONE, "the actors working with the lead", LOGFRAME, REPORT, CHECKS),
            optional("targets", ValueKind.ACTORS, NONE, "the actors it is meant to reach", LOGFRAME, CHECKS),
            optional("in", ValueKind.CLUSTER, NONE, "its cluster, when there are several (or the cluster is replicated)", SIMULATION),
            optional("start", ValueKind.MONTH, POINT_IN_TIME, "month N it starts (or after)", SIMULATION, LOGFRAME, REPORT),
            optional("after", ValueKind.DEPENDENCIES, NONE, "the interventions and milestones it waits for (or start)", SIMULATION, LOGFRAME, REPORT),
            required("duration", ValueKind.DURATION, MONTHS, "a duration, e.g. duration = 6 months", "how long it runs, at least 1 month", SIMULATION, LOGFRAME, REPORT),
            optional("cost", ValueKind.MONEY, PROGRAMME_CURRENCY, "what it costs (default 0)", SIMULATION, LOGFRAME, REPORT, CHECKS),
            optional("cost_share", ValueKind.FRACTION, FRACTION, "the share of the cost paid by the beneficiaries", LOGFRAME, CHECKS),
            optional("risk", ValueKind.WORD, NONE, "low (the default) or high", LOGFRAME, REPORT, CHECKS),
            optional("handover", ValueKind.ACTOR, NONE, "handover = actor by month N (or by a milestone): the local actor the lead passes to", SIMULATION, LOGFRAME, REPORT, CHECKS),
            optional("after_handover", ValueKind.WORD, NONE, "continues (the default) or decays: the work after the handover", SIMULATION, LOGFRAME, REPORT),
            optional("forms", ValueKind.WORDS, NONE, "the networks it forms: they grow from its start towards their firms", SIMULATION, LOGFRAME, REPORT, CHECKS),
            optional("strengthens", ValueKind.WORDS, NONE, "the networks it strengthens: their strength rises while it works", SIMULATION, LOGFRAME, REPORT, CHECKS)));

    public static final DeclarationSchema INDICATOR = new DeclarationSchema("indicator", "", "an indicator", false,
            "what is measured, against which baseline and target, how and by whom", List.of(
            optional("name", ValueKind.TEXT, NONE, "the indicator's name for people, instead of the id", LOGFRAME, SHEETS, IATI, REPORT),
            optional("for", ValueKind.WORD, NONE, "what it measures: an intervention or a pillar", LOGFRAME, SHEETS, IATI),
            optional("capability", ValueKind.WORD, NONE, "a capability word: income, voice, human_capital, inclusion, resilience", LOGFRAME, SHEETS, CHECKS),
            optional("unit", ValueKind.WORD, NONE, "a currency code, percent, or a word such as firms", SIMULATION, LOGFRAME, SHEETS, IATI),
            optional("baseline", ValueKind.AMOUNT, INDICATOR_UNIT, "the value at the start", SIMULATION, LOGFRAME, SHEETS, IATI),
            optional("target", ValueKind.AMOUNT, INDICATOR_UNIT, "X by month N: the value to reach, and when", SIMULATION, LOGFRAME, SHEETS, IATI),
            optional("source", ValueKind.TEXT, NONE, "the means of verification", LOGFRAME, SHEETS, IATI, REPORT),
            optional("every", ValueKind.WORD, NONE, "the reporting period: month, quarter, semester, year", SIMULATION, LOGFRAME, SHEETS),
            optional("responsible", ValueKind.ACTOR, NONE, "the actor that reports it", LOGFRAME, SHEETS),
            optional("disaggregate", ValueKind.WORDS, NONE, "dimension words: sex, age, location, disability, firm_size", LOGFRAME, SHEETS, IATI),
            optional("value", ValueKind.MEASUREMENT, INDICATOR_UNIT, "how the simulation measures it", SIMULATION, LOGFRAME, REPORT),
            optional("in", ValueKind.CLUSTER, NONE, "its cluster, as for interventions", SIMULATION),
            optional("method", ValueKind.TEXT, NONE, "how it is collected, for the reference sheet", SHEETS),
            optional("limitations", ValueKind.TEXT, NONE, "its known limitations, for the reference sheet", SHEETS),
            optional("rationale", ValueKind.TEXT, NONE, "why it is measured, for the reference sheet", SHEETS),
            optional("key", ValueKind.BOOLEAN, NONE, "true: one of the few indicators a dashboard keeps", SHEETS),
            optional("definition", ValueKind.TEXT, NONE, "what exactly is counted, for the reference sheet", SHEETS),
            optional("calculation", ValueKind.TEXT, NONE, "how it is calculated, in words: what donors read instead of the model's formula", SHEETS, IATI),
            optional("counted", ValueKind.WORD, NONE, "cumulative (each report gives the total so far) or per_period (the value within the period)", SHEETS, LOGFRAME)));

    public static final DeclarationSchema MILESTONE = new DeclarationSchema("milestone", "", "a milestone", false,
            "a condition expected to hold by a due month", List.of(
            optional("name", ValueKind.TEXT, NONE, "the milestone's name for people, when no title is written after its id", LOGFRAME, REPORT),
            required("due", ValueKind.MONTH, POINT_IN_TIME, "a due month, e.g. due = month 6", "month N when it should be reached", SIMULATION, LOGFRAME, REPORT),
            required("when", ValueKind.CONDITION, NONE, "a condition, e.g. when = members >= 5", "the condition, evaluated each month until it first holds", SIMULATION, LOGFRAME),
            optional("in", ValueKind.CLUSTER, NONE, "its cluster, as for interventions", SIMULATION),
            optional("definition", ValueKind.TEXT, NONE, "when it counts as reached, in words: what donors read instead of the condition", LOGFRAME, REPORT)));

    public static final DeclarationSchema RESULT = new DeclarationSchema("result", "", "a result", false,
            "a results statement of the logframe: goal (impact), outcome or output, in the designer's words", List.of(
            required("statement", ValueKind.TEXT, NONE, "statement = \"…\"", "the results statement, as a donor reads it", LOGFRAME, SHEETS, IATI, REPORT),
            optional("contributes", ValueKind.WORD, NONE, "the result of the level above it serves: an outcome's impact, an output's outcome", LOGFRAME, REPORT),
            optional("delivered_by", ValueKind.WORDS, NONE, "an output's interventions (its activities)", LOGFRAME, IATI, REPORT)));

    public static final DeclarationSchema COST_LINE = new DeclarationSchema("cost_line", "", "a cost line", false,
            "a programme-level cost that belongs to no intervention: the CDA and its staff, management, M&E, equipment", List.of(
            optional("monthly", ValueKind.MONEY, PROGRAMME_CURRENCY, "what it costs each month it runs (or amount)", SIMULATION, LOGFRAME, IATI, REPORT, CHECKS),
            optional("amount", ValueKind.MONEY, PROGRAMME_CURRENCY, "what it costs in all, spread evenly over its months (or monthly)", SIMULATION, LOGFRAME, IATI, REPORT, CHECKS),
            optional("from", ValueKind.MONTH, POINT_IN_TIME, "the first month it runs (default month 1)", SIMULATION, LOGFRAME, IATI, REPORT),
            optional("until", ValueKind.MONTH, POINT_IN_TIME, "the last month it runs, included (default the horizon's last)", SIMULATION, LOGFRAME, IATI, REPORT),
            optional("name", ValueKind.TEXT, NONE, "the line's name, for documents", LOGFRAME, REPORT)));

    public static final DeclarationSchema PRIORITIES = new DeclarationSchema("priorities", "", "the priorities", false,
            "the programme's trade-offs, one 'a over b' per line", List.of());
    public static final DeclarationSchema ASSUMPTION = new DeclarationSchema("assumption", "", "an assumption", false,
            "a logframe assumption, emitted as written", List.of());
    public static final DeclarationSchema RISK = new DeclarationSchema("risk", "", "a risk", false,
            "a risk and its optional mitigation, emitted as written", List.of());
    public static final DeclarationSchema FN = new DeclarationSchema("fn", "", "a fn", false,
            "a pure formula of its parameters, generic in units", List.of());
    public static final DeclarationSchema ENUM = new DeclarationSchema("enum", "", "an enum", false,
            "a vocabulary: words with optional labels and values", List.of());
    public static final DeclarationSchema USE = new DeclarationSchema("use", "", "a use", false,
            "loads a library module or a file of the programme", List.of());
    public static final DeclarationSchema ALLOW = new DeclarationSchema("allow", "", "an allow", false,
            "silences one approach warning, with a reason", List.of());

    /**
     * The block of one word of a vocabulary ({@code environment "Environment" { counts_as = [service] }}).
     * Not a declaration of its own, so not in {@link #declarations()}; which list takes which property
     * is checked by the vocabulary's reader (E193).
     */
    public static final DeclarationSchema WORD = new DeclarationSchema("word", "", "a word", false,
            "what a word added to a vocabulary counts as, and a dimension's groups", List.of(
            optional("counts_as", ValueKind.WORDS, NONE, "markers: what the approach checks count an added actor kind or pillar as", CHECKS),
            optional("groups", ValueKind.WORDS, NONE, "the groups of a disaggregation dimension, e.g. [home_based, factory]", LOGFRAME, SHEETS)));

    private static final List<DeclarationSchema> ALL = List.of(PROGRAMME, USE, PARAM, CLUSTER, ACTOR, HORIZONTAL_NETWORK,
            VERTICAL_NETWORK, INTERVENTION, INDICATOR, MILESTONE, RESULT, COST_LINE, PRIORITIES, ASSUMPTION, RISK, FN, ENUM, ALLOW);

    /**
     * A network whose kind is neither horizontal nor vertical (E017): any property is accepted, and those
     * of both kinds are read as they would be, so that one mistake is reported once.
     */
    static final DeclarationSchema ANY_NETWORK;

    static {
        List<PropertySchema> both = new ArrayList<>(HORIZONTAL_NETWORK.properties());
        for (PropertySchema p : VERTICAL_NETWORK.properties()) {
            if (both.stream().noneMatch(b -> b.name().equals(p.name()))) both.add(p);
        }
        ANY_NETWORK = new DeclarationSchema("network", "", "a network", true, "a network", both);
    }

    /** Every declaration of the language, in the order of the reference. */
    public static List<DeclarationSchema> declarations() {
        return ALL;
    }

    /** The declaration started by {@code keyword} (and, for a network, its kind after {@code :}). */
    public static Optional<DeclarationSchema> of(String keyword, String variant) {
        for (DeclarationSchema d : ALL) {
            if (d.keyword().equals(keyword) && (d.variant().isEmpty() || d.variant().equals(variant))) return Optional.of(d);
        }
        return Optional.empty();
    }
}
