package dev.marshall.api;

import dev.marshall.diff.DiffJson;
import dev.marshall.diff.DiffMarkdown;
import dev.marshall.diff.DiffText;
import dev.marshall.diff.FailOn;
import dev.marshall.diff.Revision;
import dev.marshall.diff.RevisionComparison;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Severity;
import dev.marshall.simulation.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * What a revision of a programme changed, in the programme's terms ({@code marshall diff OLD NEW}):
 * declarations added, removed, renamed or changed; cost by intervention and
 * planned spend by year; what each funder pays, in all and by programme year; schedules moved; targets changed; diagnostics
 * introduced or resolved; and, when both revisions simulate, each milestone's
 * P(on time) and each indicator's P(target met) with the same request (seed).
 * Immutable.
 *
 * <pre>{@code
 * ProgrammeDiff diff = ProgrammeDiff.compare(marshall.load(before), marshall.load(after), SimulationRequest.runs(1000));
 * String comment = diff.toMarkdown();
 * List<String> failures = diff.failures(List.of("error", "p-drop=10"));
 * }</pre>
 */
public final class ProgrammeDiff {
    private final Revision revision;

    private ProgrammeDiff(Revision revision) {
        this.revision = revision;
    }

    /**
     * Compares two revisions.
     *
     * @param older   the revision before
     * @param newer   the revision after
     * @param request how to simulate both (the same runs and seed), or null not to simulate. A revision
     *                with errors, or whose simulation fails, is not simulated; the diff says why.
     * @return the diff
     * @throws MarshallException     when a revision cannot be compared at all: it is not a programme (no
     *                               {@code programme "…" { … }} header: empty, a module, another file;
     *                               E220, which the exception carries)
     * @throws CancellationException when the request's cancellation was flipped
     */
    public static ProgrammeDiff compare(Programme older, Programme newer, SimulationRequest request) throws MarshallException {
        for (Programme p : List.of(older, newer)) {
            // E018 is the checker's "no programme header": such a file has nothing to compare, only defaults.
            if (p.compilation().programme() == null || p.diagnostics().stream().anyMatch(d -> d.code().equals("E018"))) {
                var d = new dev.marshall.diagnostics.Diagnostic("E220", Severity.ERROR,
                        Messages.message("E220", p.name()), null, List.of(), Messages.hint("E220"));
                Diagnostic found = Diagnostic.of(d);
                throw new MarshallException(found.toString(), List.of(found));
            }
        }
        SimulationResult before = null;
        SimulationResult after = null;
        Revision.Simulation simulation;
        if (request == null) {
            simulation = new Revision.Simulation(false, 0, 0, "not asked for");
        } else if (older.hasErrors() || newer.hasErrors()) {
            simulation = new Revision.Simulation(false, request.runs(), request.seed(),
                    (older.hasErrors() ? older.name() : newer.name()) + " has errors");
        } else {
            String failed = null;
            try {
                before = older.simulate(request).result();
            } catch (MarshallException | IllegalArgumentException e) {
                failed = older.name() + " could not be simulated: " + e.getMessage();
            }
            if (failed == null) {
                try {
                    after = newer.simulate(request).result();
                } catch (MarshallException | IllegalArgumentException e) {
                    failed = newer.name() + " could not be simulated: " + e.getMessage();
                }
            }
            simulation = failed == null ? new Revision.Simulation(true, request.runs(), request.seed(), "")
                    : new Revision.Simulation(false, request.runs(), request.seed(), failed);
            if (failed != null) {
                before = null;
                after = null;
            }
        }
        return new ProgrammeDiff(RevisionComparison.compare(older.name(), older.compilation(), newer.name(), newer.compilation(),
                before, after, simulation));
    }

    /**
     * Checks {@code --fail-on} conditions before any work: {@code error}, {@code warning},
     * {@code p-drop=N} (points), {@code cost-rise=N} (percent).
     *
     * @param conditions the conditions as typed
     * @return a diagnostic (E221 unknown condition, E222 bad threshold) for each bad one; empty when all are good
     */
    public static List<Diagnostic> checkConditions(List<String> conditions) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String c : conditions) {
            FailOn.Parsed parsed = FailOn.parse(c);
            if (parsed.problem() != null) problems.add(Diagnostic.of(parsed.problem()));
        }
        return problems;
    }

    /**
     * Why this revision fails the conditions, one line per failure.
     *
     * @param conditions as for {@link #checkConditions}
     * @return the failures; empty when the revision passes
     * @throws IllegalArgumentException when a condition is not valid ({@link #checkConditions} says why)
     */
    public List<String> failures(List<String> conditions) {
        List<String> failures = new ArrayList<>();
        for (String c : conditions) {
            FailOn.Parsed parsed = FailOn.parse(c);
            if (parsed.problem() != null) throw new IllegalArgumentException(parsed.problem().message());
            failures.addAll(parsed.condition().failures(revision));
        }
        return failures;
    }

    /** {@return whether the revision changed nothing the diff looks at} */
    public boolean isEmpty() {
        return revision.isEmpty();
    }

    /** {@return the diff as Markdown, for a pull-request comment} */
    public String toMarkdown() {
        return DiffMarkdown.render(revision);
    }

    /** {@return the diff as text, for a terminal or a log} */
    public String toText() {
        return DiffText.render(revision);
    }

    /** {@return the diff as JSON (docs/formats.md)} */
    public String toJson() {
        return DiffJson.render(revision);
    }

    @Override
    public String toString() {
        return "ProgrammeDiff[" + revision.oldName() + " -> " + revision.newName() + "]";
    }
}
