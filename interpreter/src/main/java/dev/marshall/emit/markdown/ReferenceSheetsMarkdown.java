package dev.marshall.emit.markdown;

import static dev.marshall.emit.text.Markdown.cell;
import static dev.marshall.emit.text.Markdown.code;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Markdown;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator reference sheet per indicator, with the fields of a USAID
 * PIRS (ADS 201) and of TolaActivity's indicator: definition, level and what
 * it measures, unit, calculation (with what each name in it means),
 * disaggregation, data source, frequency, responsible party, baseline,
 * targets per reporting period — the declared target plus, when simulated,
 * the p50 path as suggested interim targets — and the data limits the model
 * itself reveals.
 */
public final class ReferenceSheetsMarkdown implements Emitter {

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        StringBuilder out = new StringBuilder();
        out.append("# Indicator reference sheets: ").append(Markdown.text(lf.overview().title())).append("\n\n");
        out.append(Summary.line(lf)).append("\n\n").append(Summary.simulationNote(lf)).append("\n\n");
        List<IndicatorEntry> indicators = lf.indicators();
        if (indicators.isEmpty()) {
            out.append("The programme declares no indicator.\n");
            return out.toString();
        }
        out.append("Contents: ");
        List<String> links = new ArrayList<>();
        for (IndicatorEntry i : indicators) links.add("[" + Markdown.text(i.title()) + "](#" + anchor(i) + ")");
        out.append(String.join(" · ", links)).append("\n\n");
        for (IndicatorEntry i : indicators) sheet(out, lf, i);
        return out.toString();
    }

    /** GitHub's anchor for the sheet's heading. */
    static String anchor(IndicatorEntry i) {
        return (i.name() + "-" + i.title()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static void sheet(StringBuilder out, Logframe lf, IndicatorEntry i) {
        out.append("## ").append(i.name()).append(" — ").append(Markdown.text(i.title())).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Indicator", cell(i.title()) + " " + code(i.name())));
        if (i.key()) rows.add(List.of("Key indicator", "yes: one of the few indicators the programme reports first"));
        rows.add(List.of("Definition", i.definition().isEmpty()
                ? "_Not written yet: add `definition = \"…\"` (or a `///` doc comment) to `indicator " + i.name() + "`._"
                : cell(i.definition())));
        if (!i.rationale().isEmpty()) rows.add(List.of("Rationale", cell(i.rationale())));
        rows.add(List.of("Result level", cell(i.levelLabel() + " — " + result(lf, i))));
        rows.add(List.of("Measures", cell(i.measures())));
        if (!i.capability().isEmpty()) rows.add(List.of("Capability (dimension of poverty)", cell(i.capability())));
        rows.add(List.of("Unit of measure", cell(unit(i))));
        // Donors read the calculation in words; the model's formula is in the technical annex of the report.
        rows.add(List.of("Calculation", !i.calculationWords().isEmpty() ? cell(i.calculationWords())
                : "_Not described in words yet: add `calculation = \"…\"` to `indicator " + i.name() + "`"
                + (i.calculation().isEmpty() ? "._" : " (the model's formula is in the technical annex of the report)._")));
        rows.add(List.of("Direction of change", i.ascending() == null ? "not stated (no baseline or target)"
                : i.ascending() ? "higher is better (the target is above the baseline)" : "lower is better (the target is below the baseline)"));
        rows.add(List.of("Disaggregation", i.disaggregation().isEmpty() ? "none" : cell(String.join(", ", i.disaggregation()))));
        rows.add(List.of("Data source and collection method", (i.source().isEmpty() ? "**not set**" : cell(i.source()))
                + (i.method().isEmpty() ? "" : "<br>Method: " + cell(i.method()))));
        rows.add(List.of("Frequency and timing", cell(timing(i))));
        if (!i.counted().isEmpty()) {
            rows.add(List.of("Cumulative or per period", i.counted().equals("cumulative")
                    ? "cumulative: each report gives the total since the baseline, and the target is a total"
                    : "per period: each report gives the value within its reporting period only"));
        } else if (i.severalTargets()) {
            rows.add(List.of("Cumulative or per period", "not stated (write `counted = cumulative` or `counted = per_period`): each target is read as the value reached by its month"));
        }
        rows.add(List.of("Responsible", i.responsible() == null ? "not assigned" : cell(i.responsible().display())));
        rows.add(List.of("Baseline", cell(i.baseline() == null ? "**not set**"
                : Quantities.of(i.baseline(), i.unit()) + ", " + Dates.month(i.baselineMonth())
                + (i.baselineMonth().equals(lf.overview().start()) ? " (the programme's start)" : " (measured then)"))));
        if (!i.groupBaselines().isEmpty()) rows.add(List.of("Baseline per group", cell(Wording.groupBaselines(i))));
        rows.add(List.of(i.severalTargets() ? "Targets" : "Target", i.target() == null && i.targets().isEmpty() ? "**not set**" : cell(Wording.target(i))));
        if (i.severalTargets() && !Wording.chances(i).isEmpty()) {
            rows.add(List.of("Chance of meeting each target", cell(Wording.chances(i)) + " of simulated runs"
                    + (i.targets().stream().anyMatch(t -> t.group() != null) ? " (targets per group are not simulated: the model projects the total only)" : "")));
        } else if (i.probabilityTargetMet() != null) {
            rows.add(List.of("Chance of meeting the target", Quantities.percent(i.probabilityTargetMet()) + " of simulated runs"));
        }
        List<String> limits = limits(lf, i);
        rows.add(List.of("Known data limits", limits.isEmpty() ? "none the model shows" : cell(String.join("\n\n", limits))));
        out.append(Markdown.table(List.of("Field", "Value"), rows)).append('\n');

        if (!i.periods().isEmpty()) {
            out.append("### Targets by reporting period\n\n");
            boolean simulated = lf.simulation().isPresent();
            List<String> header = new ArrayList<>(List.of("Period", "From", "To", "Declared target"));
            header.add(simulated ? "Suggested interim target (simulated p50)" : "Interim target (straight line from the baseline)");
            if (simulated) header.add("Simulated p10 – p90");
            List<List<String>> periodRows = new ArrayList<>();
            for (Logframe.Period p : i.periods()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p.index()), Dates.day(p.start()), Dates.day(p.end()),
                        cell(Wording.targetsWithin(i, p.startMonth(), p.endMonth()))));
                if (simulated) {
                    row.add(p.simulated() == null ? "" : Quantities.approxOf(p.simulated().p50(), i.unit()));
                    row.add(p.simulated() == null ? "" : Wording.range(p.simulated().p10(), p.simulated().p90(), i));
                } else {
                    row.add(straightLine(i, p));
                }
                periodRows.add(row);
            }
            out.append(Markdown.table(header, periodRows)).append('\n');
        }
    }

    /** Where the indicator sits in the logframe: "Goal: …", "Outcome 1: …", "Output 2.1: …". */
    static String result(Logframe lf, IndicatorEntry i) {
        return lf.placeOf(i);
    }

    private static String unit(IndicatorEntry i) {
        if (i.unit() == null) return "number";
        if (i.unit().percent()) return "percent (reported as a percentage)";
        if (i.unit().yesNo()) return "yes/no (whether the condition holds: reported as Yes or No)";
        if (i.unit().type().kind() == dev.marshall.model.Type.Kind.MONEY) return i.unit().type().currency() + " (money)";
        return i.unit().name();
    }

    private static String timing(IndicatorEntry i) {
        if (i.frequency().isEmpty()) return "not set";
        List<String> ends = new ArrayList<>();
        for (Logframe.Period p : i.periods()) ends.add(Dates.month(java.time.YearMonth.from(p.end())));
        String when = ends.size() <= 6 ? String.join(", ", ends)
                : ends.get(0) + ", " + ends.get(1) + ", … " + ends.get(ends.size() - 1);
        return i.frequency() + ": reported for the period ending " + when;
    }

    /** A straight line from the baseline (month 0) or the last declared total target before the period to the next one. */
    private static String straightLine(IndicatorEntry i, Logframe.Period p) {
        if (i.baseline() == null || i.target() == null || !i.targetsWithin(p.startMonth(), p.endMonth()).isEmpty()) return "";
        double fromValue = i.baseline();
        int fromMonth = 0;
        Logframe.TargetEntry next = null;
        for (Logframe.TargetEntry t : i.targets()) {
            if (t.group() != null) continue;
            if (t.month() < p.startMonth() && t.month() >= fromMonth) {
                fromMonth = t.month();
                fromValue = t.value();
            } else if (t.month() > p.endMonth() && (next == null || t.month() < next.month())) {
                next = t;
            }
        }
        if (next == null) return "";
        double share = (p.endMonth() - fromMonth) / (double) (next.month() - fromMonth);
        return Quantities.approxOf(fromValue + (next.value() - fromValue) * share, i.unit());
    }

    /** The data-quality limits the model shows: what is missing, modelled or not comparable. */
    static List<String> limits(Logframe lf, IndicatorEntry i) {
        List<String> limits = new ArrayList<>();
        if (!i.limitations().isEmpty()) limits.add(i.limitations());
        if (i.source().isEmpty()) limits.add("No data source: the indicator cannot be verified.");
        if (i.responsible() == null) limits.add("No responsible actor: nobody is named to collect and report it.");
        if (i.baseline() == null) limits.add("No baseline: progress cannot be measured against a starting value.");
        else if (i.baselineMonth().equals(lf.overview().start())) {
            limits.add("The baseline is dated at the programme's start (" + Dates.month(i.baselineMonth())
                    + "); confirm it with a baseline measurement in the first reporting period.");
        }
        if (i.target() == null) limits.add("No target: achievement cannot be judged.");
        else if (i.periods().stream().noneMatch(p -> p.holdsTarget() && p.endMonth() == i.target().month())) {
            limits.add("The target month is not the end of a reporting period: the value is reported at the end of the period holding it.");
        }
        if (!i.disaggregation().isEmpty()) {
            boolean perGroup = i.targets().stream().anyMatch(t -> t.group() != null);
            limits.add("Disaggregated by " + String.join(", ", i.disaggregation()).toLowerCase(java.util.Locale.ROOT)
                    + (perGroup ? " in reporting, with targets per group; the simulation projects the total only."
                    : " in reporting; the programme declares one target for all, and the simulation projects the total only."));
        }
        List<String> states = new ArrayList<>();
        for (Logframe.Fact f : i.glossary()) if (f.value().startsWith("state of cluster")) states.add(f.label());
        if (!states.isEmpty()) {
            limits.add("Projected values come from the programme's model of " + String.join(", ", states)
                    + ", not from data: the data source above is what measures the indicator.");
        }
        return limits;
    }
}
