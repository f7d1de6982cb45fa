package dev.marshall.monitor;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Milestone;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Observation.Kind;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.source.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * Likelihood weighting: each simulated run of the plan is weighed by how
 * likely the actuals would be had the programme gone the way that run went.
 * Observations are independent given the run, each with a stated measurement
 * error (docs/language.md §11.7):
 * <ul>
 *   <li>an indicator value x, against the run's value at that month: normal
 *       with sd = the larger of 10% of |x| and the plan's spread (sd across
 *       runs) at that month;</li>
 *   <li>cumulative spend x: normal with sd = the larger of 5% of x, half the
 *       plan's spread and 0.1% of the budget;</li>
 *   <li>an event (reached, started, finished) in month M, against the run's
 *       month (never: the month after the horizon): normal with sd = 1 month;
 *       and when the file tracks a kind of event, a declaration without one is
 *       taken as not happened by the as-of month (a run that had it in month
 *       r ≤ as-of is off by as-of + 1 − r months).</li>
 * </ul>
 * Weights are computed in logs and scaled by the largest before
 * exponentiating, so the best run always weighs 1 and no sum is ever zero.
 * An observation no run comes within 4 sd of is reported (E213) instead of
 * weighing runs that all disagree.
 */
final class Conditioning {
    static final double EVENT_SD_MONTHS = 1;
    static final double INDICATOR_RELATIVE_ERROR = 0.10;
    static final double SPEND_RELATIVE_ERROR = 0.05;
    static final double FAR = 4;

    private final Programme programme;
    private final RunOutcomes runs;
    private final Actuals actuals;
    private final DiagnosticSink sink;
    private final double[] logLikelihood;

    private Conditioning(Programme programme, RunOutcomes runs, Actuals actuals, DiagnosticSink sink) {
        this.programme = programme;
        this.runs = runs;
        this.actuals = actuals;
        this.sink = sink;
        this.logLikelihood = new double[runs.runs()];
    }

    /** The weights (summing to 1), or null when an observation contradicts every run (reported in {@code sink}). */
    static double[] weights(Programme programme, RunOutcomes runs, Actuals actuals, DiagnosticSink sink) {
        Conditioning c = new Conditioning(programme, runs, actuals, sink);
        c.observeAll();
        if (sink.hasErrors()) return null;
        double max = Double.NEGATIVE_INFINITY;
        for (double l : c.logLikelihood) max = Math.max(max, l);
        double[] w = new double[runs.runs()];
        double sum = 0;
        for (int r = 0; r < w.length; r++) {
            w[r] = Math.exp(c.logLikelihood[r] - max);
            sum += w[r];
        }
        for (int r = 0; r < w.length; r++) w[r] /= sum;   // sum >= 1: the best run weighs 1
        return w;
    }

    /** How many equally weighted runs the weights are worth: (Σw)² / Σw². */
    static double effectiveRuns(double[] weights) {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }

    private void observeAll() {
        int n = runs.runs();
        int horizon = programme.horizon();
        Set<Integer> reached = new HashSet<>();
        Set<Integer> started = new HashSet<>();
        Set<Integer> finished = new HashSet<>();
        for (Observation o : actuals.observations()) {
            if (!o.group().isEmpty()) continue;
            switch (o.kind()) {
                case INDICATOR -> {
                    Indicator i = programme.indicators().get(o.index());
                    if (i.value() == null) continue;
                    int period = ReportingMonths.period(i, o.month(), horizon);
                    boolean atTarget = o.month() == ReportingMonths.targetMonth(i, horizon);
                    if (period < 0 && !atTarget) continue;
                    double[] model = new double[n];
                    for (int r = 0; r < n; r++) model[r] = period >= 0 ? runs.indicator(o.index(), period, r) : runs.atTarget(o.index(), r);
                    double sd = Math.max(INDICATOR_RELATIVE_ERROR * Math.abs(o.value()), spread(model));
                    if (sd == 0) sd = 1e-6 * Math.max(1, Math.abs(o.value()));
                    value(o, model, sd);
                }
                case SPEND -> {
                    if (!o.group().isEmpty()) continue;
                    double[] model = new double[n];
                    for (int r = 0; r < n; r++) model[r] = runs.spend(o.month(), r);
                    double sd = Math.max(Math.max(SPEND_RELATIVE_ERROR * Math.abs(o.value()), spread(model)), 0.001 * programme.budget());
                    if (sd == 0) sd = 1e-6 * Math.max(1, Math.abs(o.value()));
                    value(o, model, sd);
                }
                case REACHED -> {
                    reached.add(o.index());
                    int[] months = new int[n];
                    for (int r = 0; r < n; r++) months[r] = monthOrAfter(runs.milestoneMonth(o.index(), r));
                    event(o.span(), months, o.month(), describe(o));
                }
                case STARTED -> {
                    started.add(o.index());
                    int[] months = new int[n];
                    for (int r = 0; r < n; r++) months[r] = monthOrAfter(runs.start(o.index(), r));
                    event(o.span(), months, o.month(), describe(o));
                }
                case FINISHED -> {
                    finished.add(o.index());
                    int[] months = new int[n];
                    for (int r = 0; r < n; r++) months[r] = runs.start(o.index(), r) == 0 ? horizon + 1 : runs.end(o.index(), r);
                    event(o.span(), months, o.month(), describe(o));
                }
            }
        }
        Span header = Span.at(actuals.source(), 0);
        int asOf = actuals.asOf();
        if (actuals.tracks(Kind.REACHED)) {
            for (Milestone m : programme.milestones()) {
                if (reached.contains(m.index())) continue;
                int[] months = new int[n];
                for (int r = 0; r < n; r++) months[r] = monthOrAfter(runs.milestoneMonth(m.index(), r));
                notYet(header, months, asOf, "milestone '" + m.name() + "' has no 'reached' row");
            }
        }
        if (actuals.tracks(Kind.STARTED)) {
            for (Intervention i : programme.interventions()) {
                if (started.contains(i.index())) continue;
                int[] months = new int[n];
                for (int r = 0; r < n; r++) months[r] = monthOrAfter(runs.start(i.index(), r));
                notYet(header, months, asOf, "intervention '" + i.name() + "' has no 'started' row");
            }
        }
        if (actuals.tracks(Kind.FINISHED)) {
            for (Intervention i : programme.interventions()) {
                if (finished.contains(i.index())) continue;
                int[] months = new int[n];
                for (int r = 0; r < n; r++) months[r] = runs.start(i.index(), r) == 0 ? horizon + 1 : runs.end(i.index(), r);
                notYet(header, months, asOf, "intervention '" + i.name() + "' has no 'finished' row");
            }
        }
    }

    private int monthOrAfter(int month) {
        return month == 0 ? programme.horizon() + 1 : month;
    }

    private void value(Observation o, double[] model, double sd) {
        double nearest = Double.POSITIVE_INFINITY;
        double closest = Double.NaN;
        for (int r = 0; r < model.length; r++) {
            double z = Double.isNaN(model[r]) ? Double.POSITIVE_INFINITY : (model[r] - o.value()) / sd;
            if (Math.abs(z) < nearest) {
                nearest = Math.abs(z);
                closest = model[r];
            }
            logLikelihood[r] += Double.isInfinite(z) ? -0.5 * FAR * FAR * 4 : -0.5 * z * z;
        }
        if (nearest > FAR) {
            sink.report("E213", o.span(), describe(o) + ": no simulated run comes near (the nearest of " + model.length + " has "
                    + Contradictions.number(closest) + ", measurement error " + Contradictions.number(sd) + ")");
        }
    }

    private void event(Span span, int[] months, int observed, String what) {
        int nearest = Integer.MAX_VALUE;
        for (int r = 0; r < months.length; r++) {
            double d = (months[r] - observed) / EVENT_SD_MONTHS;
            nearest = Math.min(nearest, Math.abs(months[r] - observed));
            logLikelihood[r] += -0.5 * d * d;
        }
        if (nearest > FAR * EVENT_SD_MONTHS) {
            sink.report("E213", span, what + ": no simulated run comes near (the nearest is " + nearest + " months off)");
        }
    }

    private void notYet(Span span, int[] months, int asOf, String what) {
        boolean someRunAgrees = false;
        for (int r = 0; r < months.length; r++) {
            if (months[r] > asOf) {
                someRunAgrees = true;
                continue;
            }
            double d = (asOf + 1 - months[r]) / EVENT_SD_MONTHS;
            if (d <= FAR) someRunAgrees = true;
            logLikelihood[r] += -0.5 * d * d;
        }
        if (!someRunAgrees) {
            sink.report("E213", span, what + " (so it has not happened by " + programme.calendarMonth(asOf)
                    + "), but every simulated run has it more than " + (int) FAR + " months earlier");
        }
    }

    private String describe(Observation o) {
        String when = programme.calendarMonth(o.month()).toString();
        return switch (o.kind()) {
            case INDICATOR, SPEND -> o.name() + " = " + Contradictions.number(o.value()) + " in " + when;
            case REACHED -> "milestone '" + o.name() + "' reached in " + when;
            case STARTED -> "intervention '" + o.name() + "' started in " + when;
            case FINISHED -> "intervention '" + o.name() + "' finished in " + when;
        };
    }

    /** The standard deviation of the numbers among {@code values} (NaN left out); 0 when fewer than two. */
    static double spread(double[] values) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            sum += v;
            squares += v * v;
            n++;
        }
        if (n < 2) return 0;
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }
}
