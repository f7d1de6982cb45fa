package dev.marshall.lsp;

import dev.marshall.model.Indicator;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationException;
import dev.marshall.run.SimulationControl;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The live forecast: once a version of a document checks clean, a few hundred
 * simulated runs on a thread of their own, then P(on time) and the median
 * month beside each milestone and P(target met) beside each indicator's
 * target, as inlay hints and code lenses. A newer edit cancels the forecast in
 * flight (its simulation stops within a month's work); hints are given only for the version they were computed from, so a
 * stale forecast is never shown at shifted positions. The seed is fixed, so
 * the same text always shows the same figures.
 */
final class Forecasts implements AutoCloseable {
    static final long SEED = 1;

    /** A finished forecast of one version of a document. */
    record Forecast(Analysis analysis, SimulationResult result) { }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marshall-forecast");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** A forecast in flight: its task, the control that stops its simulation, the document version it forecasts. */
    private record Running(Future<?> task, SimulationControl control, int version) { }

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Forecast> done = new ConcurrentHashMap<>();
    private final Consumer<String> onDone;
    private final Consumer<ForecastStatus> onStatus;
    private final int runs;
    private final ForecastEngine engine = new ForecastEngine();

    Forecasts(Consumer<String> onDone, Consumer<ForecastStatus> onStatus, int runs) {
        this.onDone = onDone;
        this.onStatus = onStatus;
        this.runs = runs;
    }

    /** Starts the polyglot engine on the forecast thread now, so the first forecast does not wait for it. */
    void warmUp() {
        try {
            worker.execute(engine::warmUp);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    /** Starts a forecast of a clean analysis, replacing any in flight for the document. */
    void start(String uri, Analysis analysis, BooleanSupplier stillCurrent) {
        cancel(uri);
        long started = System.nanoTime();
        Programme programme = analysis.programme();
        onStatus.accept(new ForecastStatus(uri, analysis.version, "running", 0, runs, null));
        Running[] self = new Running[1];
        SimulationControl control = new SimulationControl(java.time.Duration.ofMinutes(2), SimulationControl.HEAP);
        Runnable task = () -> {
            String state;
            String message = null;
            try {
                SimulationResult result = engine.simulate(programme, SimulationOptions.of(runs, SEED).withThreads(1), control);
                if (control.isCancelled() || Thread.currentThread().isInterrupted() || !stillCurrent.getAsBoolean()) {
                    state = "cancelled";
                } else {
                    done.put(uri, new Forecast(analysis, result));
                    state = "done";
                }
            } catch (SimulationException e) {
                state = control.isCancelled() ? "cancelled" : "failed";
                message = e.diagnostics().isEmpty() ? "the simulation failed" : e.diagnostics().get(0).message();
            } catch (RuntimeException | StackOverflowError e) {
                state = Thread.currentThread().isInterrupted() || !stillCurrent.getAsBoolean() ? "cancelled" : "failed";
                message = state.equals("failed") ? DocumentService.describe(e) : null;
            }
            synchronized (self) {
                running.remove(uri, self[0]);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            onStatus.accept(new ForecastStatus(uri, analysis.version, state, millis, runs, message));
            if (state.equals("done")) onDone.accept(uri);
        };
        synchronized (self) {
            try {
                self[0] = new Running(worker.submit(task), control, analysis.version);
                running.put(uri, self[0]);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed
            }
        }
    }

    /** Cancels the forecast in flight for a document (an edit came); its earlier figures no longer hold. */
    void cancel(String uri) {
        done.remove(uri);
        Running r = running.remove(uri);
        if (r != null) r.control().cancel();
        if (r != null && r.task().cancel(true)) {
            onStatus.accept(new ForecastStatus(uri, r.version(), "cancelled", 0, runs, null));
        }
    }

    /** The forecast for exactly this analysis, or null. */
    Forecast forecastOf(String uri, Analysis analysis) {
        Forecast f = done.get(uri);
        return f != null && f.analysis() == analysis ? f : null;
    }

    List<InlayHint> hints(String uri, Analysis analysis) {
        Forecast f = forecastOf(uri, analysis);
        if (f == null) return List.of();
        List<InlayHint> out = new ArrayList<>();
        for (Annotation a : annotations(f)) {
            InlayHint hint = new InlayHint(a.position, Either.forLeft(a.label));
            hint.setKind(InlayHintKind.Type);
            hint.setPaddingLeft(true);
            hint.setTooltip(new MarkupContent(MarkupKind.MARKDOWN, a.tooltip));
            out.add(hint);
        }
        return out;
    }

    List<CodeLens> lenses(String uri, Analysis analysis) {
        Forecast f = forecastOf(uri, analysis);
        if (f == null) return List.of();
        List<CodeLens> out = new ArrayList<>();
        for (Annotation a : annotations(f)) {
            Position start = new Position(a.position.getLine(), 0);
            out.add(new CodeLens(new org.eclipse.lsp4j.Range(start, start), new Command("forecast: " + a.label, ""), null));
        }
        return out;
    }

    private record Annotation(Position position, String label, String tooltip) { }

    private List<Annotation> annotations(Forecast f) {
        Analysis analysis = f.analysis();
        Programme programme = analysis.programme();
        String runsNote = "from " + f.result().runs() + " simulated runs (seed " + SEED + ")";
        List<Annotation> out = new ArrayList<>();
        for (SimulationResult.MilestoneOutcome m : f.result().milestones()) {
            Milestone milestone = programme.milestone(m.name()).orElse(null);
            if (milestone == null || !inDocument(milestone.nameSpan(), analysis)) continue;
            String p50 = m.p50() == null ? "never" : "month " + Math.round(m.p50());
            String label = "P(on time) " + Format.percent(m.probabilityOnTime()) + " · p50 " + p50;
            String tooltip = "Milestone **" + m.name() + "** (due month " + m.due() + "): reached on time in "
                    + Format.percent(m.probabilityOnTime()) + " of runs, never in " + Format.percent(m.probabilityNever())
                    + "; median month " + (m.p50() == null ? "—" : Format.number(m.p50())) + ", " + runsNote + ".";
            out.add(new Annotation(endOfLine(analysis, milestone.nameSpan()), label, tooltip));
        }
        for (SimulationResult.IndicatorOutcome i : f.result().indicators()) {
            Indicator indicator = programme.indicator(i.name()).orElse(null);
            if (indicator == null || Double.isNaN(i.probabilityTargetMet()) || indicator.target() == null) continue;
            Span at = indicator.properties().spanOf("target", indicator.nameSpan());
            if (!inDocument(at, analysis)) continue;
            String label = "P(target met) " + Format.percent(i.probabilityTargetMet());
            String tooltip = "Indicator **" + i.name() + "**: the target is met at its month in "
                    + Format.percent(i.probabilityTargetMet()) + " of runs, " + runsNote + ".";
            out.add(new Annotation(endOfLine(analysis, at), label, tooltip));
        }
        return out;
    }

    private static boolean inDocument(Span span, Analysis analysis) {
        return span != null && span.file() == analysis.source;
    }

    private static Position endOfLine(Analysis analysis, Span span) {
        int line = span.line();
        return new Position(line - 1, analysis.source.lineText(line).length());
    }

    @Override
    public void close() {
        for (String uri : List.copyOf(running.keySet())) cancel(uri);
        worker.shutdownNow();
        engine.close();
    }
}
