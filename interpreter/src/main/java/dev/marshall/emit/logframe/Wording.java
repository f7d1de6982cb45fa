package dev.marshall.emit.logframe;

import dev.marshall.emit.logframe.Logframe.Activity;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Logframe.MilestoneEntry;
import dev.marshall.emit.logframe.Logframe.Quantiles;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrases the human-readable formats (markdown, HTML, the report) share,
 * so a baseline or a forecast reads the same everywhere: "1,450 EUR (Jan
 * 2027)", "1,550 EUR by Dec 2029 (month 36)", "Jan 2027 – Apr 2027".
 */
public final class Wording {
    private Wording() {}

    /**
     * Who publishes the programme and under which identifier, from
     * {@code organisation}, {@code organisation_ref} and {@code identifier}:
     * "Reporting organisation: UNIDO (XM-DAC-41123) · IATI identifier:
     * XM-DAC-41123-PK-2027-001"; empty when none is written.
     */
    public static String publisher(Logframe.Overview o) {
        List<String> parts = new ArrayList<>();
        String org = o.organisation().isEmpty() ? o.organisationRef()
                : o.organisation() + (o.organisationRef().isEmpty() ? "" : " (" + o.organisationRef() + ")");
        if (!org.isEmpty()) parts.add("Reporting organisation: " + org);
        if (!o.identifier().isEmpty()) parts.add("IATI identifier: " + o.identifier());
        return String.join(" · ", parts);
    }

    public static String baseline(IndicatorEntry i) {
        if (i.baseline() == null) return "not set";
        return Quantities.of(i.baseline(), i.unit()) + " (" + Dates.month(i.baselineMonth()) + ")";
    }

    /**
     * The target: "1,550 EUR by Dec 2029 (month 36)"; with several (per year or period, per group) each in turn,
     * totals first: "20 firms by Dec 2027 (month 12); 40 firms by Dec 2028 (month 24); women: 15 firms by …".
     */
    public static String target(IndicatorEntry i) {
        if (i.target() == null && i.targets().isEmpty()) return "not set";
        if (!i.severalTargets()) return target(i, i.target());
        List<String> all = new ArrayList<>();
        for (Logframe.TargetEntry t : i.targets()) all.add(target(i, t));
        return String.join("; ", all);
    }

    /** One target: "40 firms by Dec 2028 (month 24)", "women: 15 firms by …". */
    public static String target(IndicatorEntry i, Logframe.TargetEntry t) {
        return (t.group() == null ? "" : t.groupLabel().toLowerCase(java.util.Locale.ROOT) + ": ")
                + Quantities.of(t.value(), i.unit()) + " by " + Dates.month(t.date()) + " (month " + t.month() + ")";
    }

    /** The targets due in a period, as a table cell: "40 firms", or "40 firms; women: 15 firms". */
    public static String targetsWithin(IndicatorEntry i, int from, int to) {
        List<String> in = new ArrayList<>();
        for (Logframe.TargetEntry t : i.targetsWithin(from, to)) {
            in.add((t.group() == null ? "" : t.groupLabel().toLowerCase(java.util.Locale.ROOT) + ": ") + Quantities.of(t.value(), i.unit()));
        }
        return String.join("; ", in);
    }

    /** The chance of meeting each total target: "month 12: 85%; month 24: 62%; month 36: 55%" ("" when none was simulated). */
    public static String chances(IndicatorEntry i) {
        List<String> all = new ArrayList<>();
        for (Logframe.TargetEntry t : i.targets()) {
            if (t.group() == null && t.probabilityMet() != null) all.add("month " + t.month() + ": " + Quantities.percent(t.probabilityMet()));
        }
        return String.join("; ", all);
    }

    /** The baselines per group: "women: 10 people; men: 30 people" ("" when none). */
    public static String groupBaselines(IndicatorEntry i) {
        List<String> all = new ArrayList<>();
        for (Logframe.GroupBaselineEntry b : i.groupBaselines()) all.add(b.groupLabel().toLowerCase(java.util.Locale.ROOT) + ": " + Quantities.of(b.value(), i.unit()));
        return String.join("; ", all);
    }

    /** The simulated value where the target falls: "1,523 EUR (1,490–1,560)"; empty without simulation. */
    public static String simulatedAtTarget(IndicatorEntry i) {
        return i.simulatedAtTarget().map(q -> spread(q, i)).orElse("");
    }

    /** "p50 (p10–p90)" in the indicator's unit. */
    public static String spread(Quantiles q, IndicatorEntry i) {
        return Quantities.approxOf(q.p50(), i.unit()) + " (" + range(q.p10(), q.p90(), i) + ")";
    }

    /** "1,520 – 1,538 EUR": a simulated range with the unit written once. */
    public static String range(double low, double high, IndicatorEntry i) {
        return Quantities.approxRange(low, high, i.unit());
    }

    public static String probability(Double p) {
        return p == null ? "" : Quantities.percent(p);
    }

    /** "Quarterly, by sex" style: frequency and disaggregation. */
    public static String frequency(IndicatorEntry i) {
        return i.frequency().isEmpty() ? "not set" : i.frequency();
    }

    public static String months(YearMonth from, YearMonth to) {
        if (from == null || to == null) return "not planned";
        return Dates.month(from) + " – " + Dates.month(to);
    }

    /** The planned timing: "Jan 2027 – Apr 2027 (months 1–4)". */
    public static String planned(Activity a) {
        Logframe.Timing t = a.planned();
        if (t.startMonth() == null) return "not planned (waits on something that cannot be scheduled)";
        return months(t.start(), t.end()) + " (months " + t.startMonth() + "–" + t.endMonth() + ")";
    }

    /** The simulated timing: "months 5–16 (p50); starts in 97% of runs"; empty without simulation. */
    public static String simulated(Activity a) {
        Logframe.SimulatedTiming s = a.simulated();
        if (s == null) return "";
        if (s.startP50() == null) return "starts in " + Quantities.percent(s.probabilityStarted()) + " of runs";
        String text = "months " + month(s.startP50()) + "–" + (s.endP50() == null ? "?" : month(s.endP50()));
        if (s.probabilityStarted() < 0.995) text += "; starts in " + Quantities.percent(s.probabilityStarted()) + " of runs";
        return text;
    }

    /** When a milestone is reached: "month 7 (5–10)", "never in 12% of runs". */
    public static String reached(MilestoneEntry m) {
        Logframe.MilestoneForecast f = m.forecast();
        if (f == null) return "";
        List<String> parts = new ArrayList<>();
        if (f.p50() != null) {
            parts.add("month " + month(f.p50()) + " (" + (f.p10() == null ? "?" : month(f.p10())) + "–"
                    + (f.p90() == null ? "later" : month(f.p90())) + ")");
        } else {
            parts.add("not reached in most runs");
        }
        if (f.probabilityNever() > 0.005) parts.add("never in " + Quantities.percent(f.probabilityNever()) + " of runs");
        return String.join("; ", parts);
    }

    /** A simulated month as a whole month (quantiles of months are whole in practice; rounding keeps text tidy). */
    public static String month(Double m) {
        return m == null ? "?" : Long.toString(Math.round(m));
    }

    public static String cost(Activity a, String currency) {
        return Quantities.money(a.cost(), currency);
    }

    public static String costShare(Activity a) {
        if (a.costShare() == null) return "none";
        if (a.rising() == null) return Quantities.percentValue(a.costShare());
        return Quantities.percentValue(a.rising().from()) + " rising to " + Quantities.percentValue(a.rising().to()) + " by month " + a.rising().byMonth();
    }

    /** A rating from a probability, the red/amber/green donors read at a glance: ≥ 80% likely, ≥ 50% at risk, else unlikely. */
    public static Rating rating(Double probability) {
        if (probability == null) return Rating.UNKNOWN;
        if (probability >= 0.8) return Rating.LIKELY;
        if (probability >= 0.5) return Rating.AT_RISK;
        return Rating.UNLIKELY;
    }

    public enum Rating {
        LIKELY("likely"), AT_RISK("at risk"), UNLIKELY("unlikely"), UNKNOWN("not simulated");
        public final String words;
        Rating(String words) { this.words = words; }
        public String cssClass() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    /**
     * What a donor document says a milestone is reached by: the designer's {@code definition} in words; without
     * one, a plain note that it is not described yet (never the model's condition, which only the technical
     * annex of the report shows).
     */
    public static String reachedWhen(Logframe.MilestoneEntry m) {
        return m.definition().isEmpty() ? "not described in words yet" : m.definition();
    }
}
