package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import java.util.List;

/**
 * What one revision of a programme changed, in the programme's terms. Built by
 * {@link RevisionComparison}; every list is in a stable order (declaration
 * order of the new revision, then what only the old one had), so the same two
 * files and seed always render the same bytes.
 *
 * @param oldName     the old revision's file name as given
 * @param newName     the new revision's file name as given
 * @param oldTitle    the old programme's title ("" when it has none)
 * @param newTitle    the new programme's title
 * @param declarations declarations added, removed, renamed or changed
 * @param header      changes to the programme header (start, horizon, currency, budget, …)
 * @param budget      the cost of each intervention before and after, changed ones only, then the totals
 * @param years       planned spend by calendar year before and after (years whose spend changed)
 * @param funding     what each funder (and the beneficiaries' cost shares) pays in all and by programme year,
 *                    before and after: funders whose payments changed, added and removed ones
 * @param schedules   interventions whose planned start or end, and milestones whose due month, moved
 * @param targets     indicators whose baseline or target changed
 * @param introduced  diagnostics of the new revision the old one did not have
 * @param resolved    diagnostics of the old revision the new one no longer has
 * @param forecast    P(on time) and P(target met) before and after; empty when not simulated
 * @param simulation  how both were simulated (runs, seed), or why they were not
 */
public record Revision(String oldName, String newName, String oldTitle, String newTitle,
                       List<DeclarationChange> declarations, List<ValueChange> header, List<CostChange> budget,
                       List<CostChange> years, List<FundingChange> funding, List<ScheduleChange> schedules,
                       List<TargetChange> targets, List<Diagnostic> introduced, List<Diagnostic> resolved, List<ProbabilityChange> forecast,
                       Simulation simulation) {

    public Revision {
        declarations = List.copyOf(declarations);
        header = List.copyOf(header);
        budget = List.copyOf(budget);
        years = List.copyOf(years);
        funding = List.copyOf(funding);
        schedules = List.copyOf(schedules);
        targets = List.copyOf(targets);
        introduced = List.copyOf(introduced);
        resolved = List.copyOf(resolved);
        forecast = List.copyOf(forecast);
    }

    /** {@return whether the revision changed nothing this diff looks at} */
    public boolean isEmpty() {
        return declarations.isEmpty() && header.isEmpty() && budget.isEmpty() && years.isEmpty() && funding.isEmpty() && schedules.isEmpty()
                && targets.isEmpty() && introduced.isEmpty() && resolved.isEmpty()
                && forecast.stream().allMatch(p -> p.delta() != null && Math.abs(p.delta()) < 1e-12);
    }

    /** How a declaration changed. */
    public enum Change {
        ADDED, REMOVED, RENAMED, CHANGED;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * One declaration's change. For a rename {@code oldName} differs from {@code name};
     * {@code removedLines} and {@code addedLines} are its lines (comments and layout
     * aside, references to renamed declarations already renamed) that the revision
     * took out and put in.
     */
    public record DeclarationChange(Change change, String kind, String oldName, String name, int line,
                                    List<String> removedLines, List<String> addedLines) {
        public DeclarationChange {
            removedLines = List.copyOf(removedLines);
            addedLines = List.copyOf(addedLines);
        }
    }

    /** A programme header property before and after, as written ("" when absent). */
    public record ValueChange(String property, String before, String after) {}

    /** An amount before and after (null when the thing did not exist on that side). */
    public record CostChange(String what, Double before, Double after) {
        public double delta() { return (after == null ? 0 : after) - (before == null ? 0 : before); }
    }

    /**
     * What one funder pays before and after, as the logframe's <em>Funding by year</em> table
     * shows it: {@code total} in all, {@code years} the programme years ("year 1", …) whose
     * payment changed. {@code funder} is the actor's name, or null for the beneficiaries'
     * cost shares; {@code who} is how the outputs show it.
     */
    public record FundingChange(String funder, String who, CostChange total, List<CostChange> years) {
        public FundingChange {
            years = List.copyOf(years);
        }
    }

    /**
     * A schedule that moved: an intervention's planned start and end months, or a
     * milestone's due month (then the ends are null). A month is null when it is
     * not planned on that side (after something that never ends).
     */
    public record ScheduleChange(String kind, String name, Integer startBefore, Integer startAfter,
                                 Integer endBefore, Integer endAfter) {}

    /** An indicator's baseline and target (value and month) before and after; null when not written. */
    public record TargetChange(String indicator, String unit, Double baselineBefore, Double baselineAfter,
                               Double targetBefore, Double targetAfter, Integer byBefore, Integer byAfter) {}

    /**
     * A probability before and after, with the same seed: a milestone's P(on time)
     * or an indicator's P(target met). Null when that side has no such thing (added,
     * removed, or no target).
     */
    public record ProbabilityChange(String kind, String name, Double before, Double after) {
        /** {@return after minus before, or null when either is missing} */
        public Double delta() { return before == null || after == null ? null : after - before; }
    }

    /** Whether and how the two revisions were simulated. */
    public record Simulation(boolean simulated, int runs, long seed, String reason) {}
}
