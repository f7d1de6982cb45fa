package dev.marshall.plan;

import dev.marshall.model.CostLine;
import dev.marshall.model.Dependency;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The schedule as a designer reads it before any simulation, the one
 * computation of it (the approach checks and the logframe both read this):
 * an intervention starts in the first month that is at least its
 * {@code start} (month 1 without one) and after everything it waits for is
 * planned to be done, an intervention at its planned end, a milestone at its
 * due month. That is the engine's rule (language.md §11.3) with each
 * milestone reached on its due month; the simulation gives the real spread.
 */
public final class PlannedSchedule {
    private final Programme programme;
    /** Planned first month by intervention name; absent when it cannot be planned. */
    private final Map<String, Integer> starts = new HashMap<>();

    private PlannedSchedule(Programme programme) {
        this.programme = programme;
    }

    public static PlannedSchedule of(Programme programme) {
        PlannedSchedule schedule = new PlannedSchedule(programme);
        Map<String, OptionalInt> memo = new HashMap<>();
        for (Intervention i : programme.interventions()) {
            OptionalInt start = schedule.start(i, memo, new HashSet<>());
            if (start.isPresent()) schedule.starts.put(i.name(), start.getAsInt());
        }
        return schedule;
    }

    /** The planned first month, or empty when it cannot be planned (a cycle, an unknown dependency). */
    public OptionalInt startOf(Intervention intervention) {
        Integer start = starts.get(intervention.name());
        return start == null ? OptionalInt.empty() : OptionalInt.of(start);
    }

    /** The planned last active month. */
    public OptionalInt endOf(Intervention intervention) {
        OptionalInt start = startOf(intervention);
        return start.isEmpty() ? start : OptionalInt.of(start.getAsInt() + Math.max(1, intervention.duration()) - 1);
    }

    /**
     * Planned cost spent in a month: each intervention's cost spread evenly over its planned months, and each
     * programme-level cost line's monthly amount in its months.
     */
    public double spendIn(int month) {
        double total = 0;
        for (Intervention i : programme.interventions()) total += spendIn(i, month);
        for (CostLine c : programme.costLines()) total += c.spendIn(month);
        return total;
    }

    /**
     * What one intervention is planned to spend in a month: {@code cost / duration} in each of
     * its planned months (language.md §11.4), nothing when it cannot be planned.
     */
    public double spendIn(Intervention intervention, int month) {
        Integer s = starts.get(intervention.name());
        if (s == null) return 0;
        int duration = Math.max(1, intervention.duration());
        return month >= s && month < s + duration ? intervention.cost() / duration : 0;
    }

    private OptionalInt start(Intervention intervention, Map<String, OptionalInt> memo, Set<String> visiting) {
        OptionalInt known = memo.get(intervention.name());
        if (known != null) return known;
        if (!visiting.add(intervention.name())) return OptionalInt.empty(); // a cycle: reported by the language checks
        int earliest = intervention.start() != null ? intervention.start() : 1;
        OptionalInt result = OptionalInt.of(earliest);
        for (Dependency d : intervention.after()) {
            OptionalInt ready = readyAfter(d, memo, visiting);
            if (ready.isEmpty()) {
                result = ready;
                break;
            }
            earliest = Math.max(earliest, ready.getAsInt());
            result = OptionalInt.of(earliest);
        }
        visiting.remove(intervention.name());
        memo.put(intervention.name(), result);
        return result;
    }

    /** The first month after a dependency is planned to be done: after an intervention's end, a milestone's due month. */
    private OptionalInt readyAfter(Dependency d, Map<String, OptionalInt> memo, Set<String> visiting) {
        return switch (d.kind()) {
            case INTERVENTION -> {
                var waited = programme.intervention(d.name());
                if (waited.isEmpty()) yield OptionalInt.empty();
                OptionalInt start = start(waited.get(), memo, visiting);
                yield start.isEmpty() ? start : OptionalInt.of(start.getAsInt() + Math.max(1, waited.get().duration()));
            }
            case MILESTONE -> {
                var waited = programme.milestone(d.name());
                yield waited.isEmpty() ? OptionalInt.empty() : OptionalInt.of(waited.get().due() + 1);
            }
        };
    }
}
