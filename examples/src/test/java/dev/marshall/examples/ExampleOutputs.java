package dev.marshall.examples;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.approach.ApproachRules;
import dev.marshall.check.Check;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.diagnostics.Related;
import dev.marshall.model.Allow;
import dev.marshall.model.Cluster;
import dev.marshall.model.Programme;
import dev.marshall.emit.results.ResultText;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The outputs of an example that are kept as goldens in {@code expected/},
 * one file per kind: {@code <name>.<kind>.txt} — {@code check} (what the
 * checker says and what the model holds) and {@code simulate} (the text
 * summary of {@code marshall simulate} with a fixed seed and run count, so a
 * change in the dynamics or the engine shows up in review).
 */
record ExampleOutputs(String kind, Function<Compilation, String> render) {

    /** Runs and seed of the simulation goldens: enough for stable quantiles, quick enough for every build. */
    static final int RUNS = 200;
    static final long SEED = 2027;

    static final List<ExampleOutputs> KINDS = List.of(
            new ExampleOutputs("check", ExampleOutputs::check),
            new ExampleOutputs("simulate", ExampleOutputs::simulate));

    /** The text summary of a simulation with {@link #RUNS} runs and seed {@link #SEED}, on two threads. */
    static String simulate(Compilation c) {
        try {
            SimulationResult result = Simulator.simulate(c.programme(), new SimulationOptions(RUNS, SEED, 2, java.util.Map.of()));
            return ResultText.render(result, c.programme());
        } catch (SimulationException e) {
            throw new AssertionError("the example failed at run time: " + e.getMessage(), e);
        }
    }

    static Compilation compile(Path example) throws IOException {
        return Compiler.compile(example);
    }

    /**
     * What {@code marshall check} reports, then the approach warnings the
     * example silences on purpose (with the reason written in the file), then
     * an outline of the model, so that a change in what the example means
     * shows up in review.
     */
    static String check(Compilation c) {
        StringBuilder out = new StringBuilder();
        long errors = c.diagnostics().stream().filter(Diagnostic::isError).count();
        out.append("diagnostics: ").append(errors).append(" errors, ")
                .append(c.diagnostics().size() - errors).append(" warnings or notes\n");
        for (Diagnostic d : c.diagnostics()) {
            out.append(d.span().line()).append(':').append(d.span().column()).append(": ")
                    .append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
            for (Related r : d.related()) {
                out.append("  related ").append(r.span().line()).append(':').append(r.span().column()).append(": ").append(r.label()).append('\n');
            }
        }
        Programme p = c.programme();
        if (p == null) return out.toString();
        out.append("suppressed on purpose:\n");
        List<Diagnostic> raw = approachWarnings(p);
        int suppressed = 0;
        for (Allow a : p.allows()) {
            if (!p.isOwnSource(a.span())) continue;
            for (Diagnostic d : raw) {
                if (!d.code().equals(a.code()) || !covers(a, d)) continue;
                out.append("  ").append(d.span().line()).append(':').append(d.span().column()).append(": ")
                        .append(d.code()).append(": ").append(d.message()).append('\n')
                        .append("    allowed at ").append(a.span().line()).append(": \"").append(a.reason()).append("\"\n");
                suppressed++;
            }
        }
        if (suppressed == 0) out.append("  (none)\n");
        outline(p, out);
        return out.toString();
    }

    /** Whether an allow reaches a warning: top level, its whole file; inside a declaration, that declaration. */
    private static boolean covers(Allow a, Diagnostic d) {
        if (a.scope() == null) return a.span().file() == d.span().file();
        return a.scope().file() == d.span().file() && a.scope().start() <= d.span().start() && d.span().end() <= a.scope().end();
    }

    /** The approach warnings before suppression: what the allows of the file answer. */
    private static List<Diagnostic> approachWarnings(Programme p) {
        DiagnosticSink sink = new DiagnosticSink();
        for (Check check : ApproachRules.all()) check.check(p, sink);
        return sink.diagnostics();
    }

    private static void outline(Programme p, StringBuilder out) {
        out.append("programme: ").append(p.title()).append(" (").append(p.country()).append(", ")
                .append(p.start()).append(", ").append(p.horizon()).append(" months, focus ")
                .append(p.focus() == null ? "-" : p.focus().keyword()).append(")\n");
        out.append("budget: ").append(money(p.totalCost())).append(" of ").append(money(p.budget()))
                .append(' ').append(p.currency()).append('\n');
        for (Cluster cl : p.clusters()) {
            out.append("cluster ").append(cl.name());
            if (cl.isReplicated()) out.append(" x").append(cl.replicas());
            out.append(": ").append(cl.states().size()).append(" states\n");
        }
        out.append("actors: ").append(p.actors().size()).append(", networks: ").append(p.networks().size())
                .append(", interventions: ").append(p.interventions().size())
                .append(" (").append(p.interventions().stream().filter(i -> !i.eachMonth().isEmpty()).count())
                .append(" with monthly dynamics), indicators: ").append(p.indicators().size())
                .append(", milestones: ").append(p.milestones().size()).append('\n');
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v).replace(',', '_');
    }
}
