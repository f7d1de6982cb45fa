package dev.marshall.monitor;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Observation.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that cannot all be true (E211): the same thing observed twice in one
 * month with different values, an event reported in two different months, an
 * intervention finished before it started, cumulative spend that falls.
 * Each is reported at the later row, pointing back at the earlier one.
 */
final class Contradictions {
    private final DiagnosticSink sink;
    private final Programme programme;

    Contradictions(DiagnosticSink sink, Programme programme) {
        this.sink = sink;
        this.programme = programme;
    }

    void check(List<Observation> rows) {
        Map<String, Observation> values = new HashMap<>();
        Map<String, Observation> events = new HashMap<>();
        Observation lastSpend = null;
        for (Observation o : rows) {
            switch (o.kind()) {
                case INDICATOR, SPEND -> {
                    String key = o.kind() + "/" + o.name() + "/" + o.group() + "/" + o.month();
                    Observation earlier = values.putIfAbsent(key, o);
                    if (earlier != null && Double.compare(earlier.value(), o.value()) != 0) {
                        sink.report("E211", o.span(), o.name() + " has two different values in " + month(o),
                                "keep one row per month (and group)").related(earlier.span(), "the other value");
                    }
                }
                case REACHED, STARTED, FINISHED -> {
                    String key = o.kind() + "/" + o.name();
                    Observation earlier = events.putIfAbsent(key, o);
                    if (earlier != null && earlier.month() != o.month()) {
                        sink.report("E211", o.span(), o.name() + " is " + word(o.kind()) + " in " + month(earlier) + " and again in " + month(o),
                                "an event happens once: keep the row of the month it happened").related(earlier.span(), "the first time");
                    }
                }
            }
        }
        List<Observation> inOrder = rows.stream().sorted(java.util.Comparator.comparingInt(Observation::month)).toList();
        for (Observation o : inOrder) {
            if (o.kind() == Kind.SPEND && o.group().isEmpty()) {
                if (lastSpend != null && lastSpend.month() < o.month() && o.value() < lastSpend.value()) {
                    sink.report("E211", o.span(), "the spend to date falls from " + number(lastSpend.value()) + " in " + month(lastSpend)
                            + " to " + number(o.value()) + " in " + month(o),
                            "spend is cumulative: the amount spent by the end of the month, since the start").related(lastSpend.span(), "the earlier spend");
                }
                if (lastSpend == null || o.month() >= lastSpend.month()) lastSpend = o;
            }
            if (o.kind() == Kind.FINISHED) {
                Observation started = events.get(Kind.STARTED + "/" + o.name());
                if (started != null && started.month() > o.month()) {
                    sink.report("E211", o.span(), o.name() + " finished in " + month(o) + ", before it started in " + month(started),
                            "finished is the last active month; it is not before the first").related(started.span(), "started here");
                }
            }
        }
    }

    private String month(Observation o) {
        return programme.calendarMonth(o.month()).toString();
    }

    private static String word(Kind kind) {
        return switch (kind) {
            case REACHED -> "reached";
            case STARTED -> "started";
            default -> "finished";
        };
    }

    static String number(double v) {
        return dev.marshall.run.Distributions.show(v);
    }
}
