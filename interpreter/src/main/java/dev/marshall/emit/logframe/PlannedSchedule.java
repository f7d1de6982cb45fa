package dev.marshall.emit.logframe;

import dev.marshall.model.Dependency;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule as planned, without simulation: an intervention starts on its
 * fixed month, or the month after everything it waits for is planned to be
 * done — interventions at their planned end, milestones at their due month.
 * This is the plan the simulation's spread is compared against.
 */
public final class PlannedSchedule {
    private final Programme programme;
    private final Map<String, Integer> starts = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private PlannedSchedule(Programme programme) {
        this.programme = programme;
    }

    public static PlannedSchedule of(Programme programme) {
        PlannedSchedule schedule = new PlannedSchedule(programme);
        for (Intervention i : programme.interventions()) schedule.start(i);
        return schedule;
    }

    /** The planned first month, or empty when it cannot be planned (a cycle, an unknown dependency). */
    public Optional<Integer> startOf(String intervention) {
        return Optional.ofNullable(starts.get(intervention));
    }

    /** The planned last active month. */
    public Optional<Integer> endOf(String intervention) {
        return programme.intervention(intervention).flatMap(i -> startOf(i.name()).map(s -> s + Math.max(1, i.duration()) - 1));
    }

    /** Planned cost spent in a month: each intervention's cost spread evenly over its planned months. */
    public double spendIn(int month) {
        double total = 0;
        for (Intervention i : programme.interventions()) {
            Integer s = starts.get(i.name());
            if (s == null) continue;
            int duration = Math.max(1, i.duration());
            if (month >= s && month < s + duration) total += i.cost() / duration;
        }
        return total;
    }

    private Integer start(Intervention i) {
        if (starts.containsKey(i.name())) return starts.get(i.name());
        if (i.start() != null) {
            starts.put(i.name(), i.start());
            return i.start();
        }
        if (!visiting.add(i.name())) return null;
        int latest = 0;
        boolean known = true;
        for (Dependency d : i.after()) {
            Integer done = switch (d.kind()) {
                case INTERVENTION -> programme.intervention(d.name()).map(this::start)
                        .map(s -> s + Math.max(1, programme.intervention(d.name()).get().duration()) - 1).orElse(null);
                case MILESTONE -> programme.milestone(d.name()).map(m -> m.due()).orElse(null);
            };
            if (done == null) known = false;
            else latest = Math.max(latest, done);
        }
        visiting.remove(i.name());
        Integer start = known ? Integer.valueOf(latest + 1) : null;
        starts.put(i.name(), start);
        return start;
    }
}
