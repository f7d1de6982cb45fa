package dev.marshall.emit.iati;

import static dev.marshall.emit.text.XmlDocuments.element;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Labels;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.text.Quantities;
import dev.marshall.emit.text.XmlDocuments;
import dev.marshall.model.Actor;
import dev.marshall.model.Constants;
import dev.marshall.model.Funding;
import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Sector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The programme as an IATI 2.03 {@code iati-activities} document with one
 * activity whose {@code result}s are the logframe: the goal as an impact
 * result (type 3), each outcome (type 2) and each output (type 1) that has
 * indicators. Each indicator has its {@code measure} (2 for percentages, else
 * 1 unit), {@code ascending}, the baseline (year and value, at the
 * programme's start), and its reporting periods with targets: the declared
 * target in the period holding it, and, when simulated, the simulated median
 * as a suggested target for each earlier period. Disaggregation is declared
 * with a {@code dimension} per dimension ({@code value="total"}: Marshall
 * declares one target for all categories).
 *
 * <p>{@code iati-identifier} is the programme's {@code identifier};
 * {@code reporting-org} is {@code organisation} (its name),
 * {@code organisation_ref} ({@code @ref}) and {@code organisation_type}
 * ({@code @type}, 90 "other" when not written); the checker has already
 * refused an identifier that does not start with the organisation's. What is
 * not written is marked {@code DRAFT} ({@code DRAFT-<title>} for the
 * identifier): replace it before publishing. The activity's general
 * description is {@code description}, else the programme's doc comment.
 * Validated against the official 2.03 schema in the tests.
 */
public final class IatiActivities implements Emitter {
    static final String VERSION = "2.03";
    /** The marker of what Marshall cannot know and a publisher must replace. */
    static final String DRAFT = "DRAFT";

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        Logframe.Overview o = lf.overview();
        Document doc = XmlDocuments.newDocument();
        Element root = doc.createElement("iati-activities");
        root.setAttribute("version", VERSION);
        doc.appendChild(root);
        Element activity = element(root, "iati-activity", "default-currency", o.currency().isEmpty() ? null : o.currency());
        activity.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en");
        text(element(activity, "iati-identifier"), o.identifier().isEmpty() ? DRAFT + "-" + slug(o.title()) : o.identifier());
        Element reporting = element(activity, "reporting-org", "ref", reportingRef(o),
                "type", o.organisationType() == null ? "90" : o.organisationType().toString());
        narrative(reporting, reportingName(o));
        narrative(element(activity, "title"), o.title());
        String description = !o.description().isEmpty() ? o.description() : o.narrative().isEmpty() ? o.title() : o.narrative();
        narrative(element(activity, "description", "type", "1"), description);
        if (!lf.goal().statement().isEmpty()) narrative(element(activity, "description", "type", "2"), lf.goal().statement());
        participatingOrganisations(activity, lf, framework.programme());
        element(activity, "activity-status", "code", "1");
        element(activity, "activity-date", "type", "1", "iso-date", o.start().atDay(1).toString());
        element(activity, "activity-date", "type", "3", "iso-date", o.end().atEndOfMonth().toString());
        contactInfo(activity, framework.programme());
        CountryCodes.of(o.country()).ifPresent(code -> narrative(element(activity, "recipient-country", "code", code,
                "percentage", "100"), o.country()));
        Integer region = framework.programme().region();
        // The country carries the whole percentage; the region says where it lies (the Standard ruleset's engine asks
        // for a recipient-region beside an activity-level recipient-country).
        if (region != null) element(activity, "recipient-region", "code", region.toString(), "vocabulary", "1");
        for (Sector sector : framework.programme().sectors()) {
            element(activity, "sector", "vocabulary", "1", "code", Integer.toString(sector.code()), "percentage", percentage(sector.share()));
        }

        if (Funding.declared(framework.programme())) BudgetByYear.write(activity, framework.programme());

        boolean simulated = lf.simulation().isPresent();
        if (!lf.goal().indicators().isEmpty()) {
            result(activity, "3", "Goal: " + lf.goal().statement(), lf.goal().narrative(), lf.goal().indicators(), simulated, lf.overview().start());
        }
        for (Logframe.Outcome outcome : lf.outcomes()) {
            if (!outcome.indicators().isEmpty()) {
                result(activity, "2", "Outcome " + outcome.ref() + ": " + outcome.title(), outcome.narrative(),
                        outcome.indicators(), simulated, lf.overview().start());
            }
            for (Logframe.Output output : outcome.outputs()) {
                if (output.indicators().isEmpty()) continue;
                String about = !output.narrative().isEmpty() ? output.narrative()
                        : output.declared() ? deliveredBy(output)
                        : "Delivered by intervention " + lf.nameOf(output.intervention())
                        + (output.activity().lead() == null ? "" : ", led by " + output.activity().lead().display()) + ".";
                result(activity, "1", "Output " + output.ref() + ": " + output.title(), about, output.indicators(), simulated, lf.overview().start());
            }
        }
        Map<String, List<IndicatorEntry>> others = new LinkedHashMap<>();
        for (IndicatorEntry i : lf.otherIndicators()) others.computeIfAbsent(i.level(), k -> new ArrayList<>()).add(i);
        others.forEach((level, indicators) -> result(activity, resultType(level),
                "Other " + level + " indicators", "", indicators, simulated, lf.overview().start()));
        return XmlDocuments.serialise(doc);
    }

    /** A declared output's activities in words: "Delivered by Diagnostic (led by …) and Working group (led by …)." */
    private static String deliveredBy(Logframe.Output output) {
        List<String> work = new ArrayList<>();
        for (Logframe.Work w : output.work()) {
            work.add(w.title() + (w.activity().lead() == null ? "" : " (led by " + w.activity().lead().display() + ")"));
        }
        return "Delivered by " + (work.size() == 1 ? work.get(0)
                : String.join(", ", work.subList(0, work.size() - 1)) + " and " + work.get(work.size() - 1)) + ".";
    }

    private static String resultType(String level) {
        return switch (level) {
            case "impact" -> "3";
            case "outcome" -> "2";
            case "output" -> "1";
            default -> "9";
        };
    }

    /** {@code contact-info} (type 1, general enquiries) when the header names a contact or an e-mail address. */
    private static void contactInfo(Element activity, Programme programme) {
        String person = programme.properties().text("contact");
        String email = programme.properties().text("contact_email");
        if (person.isEmpty() && email.isEmpty()) return;
        Element contact = element(activity, "contact-info", "type", "1");
        if (!programme.organisation().isEmpty()) narrative(element(contact, "organisation"), programme.organisation());
        if (!person.isEmpty()) narrative(element(contact, "person-name"), person);
        if (!email.isEmpty()) text(element(contact, "email"), email);
    }

    /** A share as an IATI percentage: at most two decimals, no trailing zeros (0.6 → "60"). */
    static String percentage(double share) {
        return BigDecimal.valueOf(Math.round(share * 10_000)).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    /**
     * Role 1 funding (donors), 3 extending (the development agent), 4 implementing (who leads or partners in work);
     * {@code @ref} is the actor's {@code ref}, {@code @type} its {@code org_type}, else the type its kind decides.
     */
    private static void participatingOrganisations(Element activity, Logframe lf, Programme programme) {
        java.util.Set<String> funders = new java.util.HashSet<>();
        for (var a : programme.actors()) if (!Funding.funds(a).isEmpty()) funders.add(a.name());
        int listed = 0;
        for (Logframe.ActorEntry a : lf.actors()) {
            String role;
            if (a.kind().equals("donor") || funders.contains(a.name())) role = "1";
            else if (a.kind().equals("development_agent")) role = "3";
            else if (!a.leads().isEmpty() || !a.partnerIn().isEmpty()) role = "4";
            else continue;
            Properties props = programme.actor(a.name()).map(Actor::properties).orElse(Properties.NONE);
            String ref = props.text("ref");
            String type = props.get("org_type").map(Property::value).flatMap(Constants::number)
                    .map(v -> Long.toString(Math.round(v))).orElse(OrganisationTypes.of(a.kind()).orElse(null));
            Element org = element(activity, "participating-org", "ref", ref.isEmpty() ? null : ref, "role", role, "type", type);
            String employer = a.facts().stream().filter(f -> f.label().equals("Employer")).map(Logframe.Fact::value).findFirst().orElse("");
            narrative(org, a.title() + " (" + a.kindLabel() + (employer.isEmpty() ? "" : ", " + employer) + ")");
            listed++;
        }
        if (listed == 0) {
            // The schema needs at least one participating organisation; the reporting organisation is accountable.
            narrative(element(activity, "participating-org", "role", "2", "ref", reportingRef(lf.overview())),
                    lf.overview().organisation().isEmpty() ? "Reporting organisation" : lf.overview().organisation());
        }
    }

    private static void result(Element activity, String type, String title, String description, List<IndicatorEntry> indicators,
                               boolean simulated, java.time.YearMonth start) {
        Element result = element(activity, "result", "type", type);
        narrative(element(result, "title"), title);
        if (!description.isEmpty()) narrative(element(result, "description"), description);
        for (IndicatorEntry i : indicators) indicator(result, i, simulated, start);
    }

    private static void indicator(Element result, IndicatorEntry i, boolean simulated, java.time.YearMonth start) {
        boolean percent = i.unit() != null && i.unit().percent();
        // IndicatorMeasure: 1 unit, 2 percentage, 3 nominal (a yes/no indicator: 1 yes, 0 no).
        Element indicator = element(result, "indicator", "measure", percent ? "2" : i.yesNo() ? "3" : "1",
                "ascending", i.ascending() == null ? null : i.ascending().toString());
        narrative(element(indicator, "title"), i.title() + " (" + Quantities.unitLabel(i.unit()) + ")");
        narrative(element(indicator, "description"), description(i));
        if (i.baseline() != null) {
            Element baseline = element(indicator, "baseline", "year", Integer.toString(i.baselineMonth().getYear()),
                    "iso-date", i.baselineMonth().atDay(1).toString(), "value", reported(i.baseline(), i));
            dimensions(baseline, i, null);
            String measured = (i.baselineMonth().equals(start) ? "At the programme's start"
                    : "Measured in " + dev.marshall.emit.text.Dates.month(i.baselineMonth())) + "; source: "
                    + (i.source().isEmpty() ? "not set" : i.source());
            narrative(element(baseline, "comment"), measured);
            for (Logframe.GroupBaselineEntry g : i.groupBaselines()) {
                Element group = element(indicator, "baseline", "year", Integer.toString(i.baselineMonth().getYear()),
                        "iso-date", i.baselineMonth().atDay(1).toString(), "value", reported(g.value(), i));
                dimensions(group, i, g.dimension(), g.group());
                narrative(element(group, "comment"), g.groupLabel() + ". " + measured);
            }
        }
        String counted = i.counted().equals("per_period") ? "the value within the period" : i.counted().equals("cumulative") ? "the total since the baseline" : "";
        for (Logframe.Period p : i.periods()) {
            // Every declared target due in the period (one per year or period, one per group); else, when simulated
            // and before the final target, the simulated median as a suggested interim target.
            List<Logframe.TargetEntry> declared = i.targetsWithin(p.startMonth(), p.endMonth());
            boolean afterTarget = i.target() != null && p.startMonth() > i.target().month();
            boolean suggested = simulated && p.simulated() != null && declared.isEmpty() && !afterTarget;
            if (declared.isEmpty() && !suggested) continue;
            Element period = element(indicator, "period");
            element(period, "period-start", "iso-date", p.start().toString());
            element(period, "period-end", "iso-date", p.end().toString());
            if (suggested) {
                Element target = element(period, "target", "value", Quantities.plainApproxOf(p.simulated().p50(), i.unit()));
                dimensions(target, i, null);
                narrative(element(target, "comment"), "Suggested interim target: the simulated median (Marshall)");
                continue;
            }
            for (Logframe.TargetEntry t : declared) {
                Element target = element(period, "target", "value", reported(t.value(), i));
                if (t.group() == null) dimensions(target, i, null);
                else dimensions(target, i, t.dimension(), t.group());
                narrative(element(target, "comment"), (t.group() == null ? "Declared target" : "Declared target for " + t.groupLabel().toLowerCase(Locale.ROOT))
                        + ", due by month " + t.month() + " of the programme" + (counted.isEmpty() ? "" : "; " + counted));
            }
        }
    }

    /** A {@code dimension} per disaggregation: {@code total}, or the group for its own dimension. */
    private static void dimensions(Element parent, IndicatorEntry i, String groupDimension, String... group) {
        for (String dimension : i.disaggregationKeys()) {
            element(parent, "dimension", "name", dimension, "value", dimension.equals(groupDimension) ? group[0] : "total");
        }
    }

    private static String description(IndicatorEntry i) {
        List<String> parts = new ArrayList<>();
        if (!i.definition().isEmpty()) parts.add(i.definition());
        parts.add("Level: " + i.levelLabel().toLowerCase(Locale.ROOT) + "; measures " + i.measures() + ".");
        if (!i.calculationWords().isEmpty()) parts.add("Calculation: " + sentence(i.calculationWords())); // words, never the model's formula
        if (!i.source().isEmpty()) parts.add("Means of verification: " + i.source() + ".");
        if (!i.method().isEmpty()) parts.add("Collection method: " + sentence(i.method()));
        if (!i.rationale().isEmpty()) parts.add("Rationale: " + sentence(i.rationale()));
        if (!i.limitations().isEmpty()) parts.add("Known data limits: " + sentence(i.limitations()));
        if (!i.frequency().isEmpty()) parts.add("Reported: " + i.frequency().toLowerCase(Locale.ROOT) + ".");
        if (!i.disaggregation().isEmpty()) {
            parts.add("Disaggregated by " + String.join(", ", i.disaggregation()).toLowerCase(Locale.ROOT) + ".");
        }
        return String.join(" ", parts);
    }

    /** Text ending with a full stop, so the parts of a description read as sentences. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** {@code organisation_ref}, or the DRAFT marker a publisher must replace. */
    private static String reportingRef(Logframe.Overview o) {
        return o.organisationRef().isEmpty() ? DRAFT : o.organisationRef();
    }

    private static String reportingName(Logframe.Overview o) {
        if (!o.organisation().isEmpty()) return o.organisation();
        if (!o.organisationRef().isEmpty()) return o.organisationRef();
        return "Reporting organisation (replace DRAFT with its IATI organisation identifier before publishing)";
    }

    private static String reported(double value, IndicatorEntry i) {
        return Quantities.plain(Quantities.reported(value, i.unit()));
    }

    private static void narrative(Element parent, String text) {
        text(element(parent, "narrative"), text);
    }

    private static void text(Element element, String text) {
        element.appendChild(element.getOwnerDocument().createTextNode(text == null ? "" : text));
    }

    /** "Sialkot surgical instruments upgrading" → "sialkot-surgical-instruments-upgrading". */
    static String slug(String title) {
        String s = Labels.humanise(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "programme" : s;
    }
}
