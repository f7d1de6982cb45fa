package dev.marshall.api;

import dev.marshall.model.Compilation;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.Framework;
import dev.marshall.emit.ReportWriter;
import dev.marshall.emit.results.ResultCsv;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.emit.results.ResultText;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * A loaded and checked programme: its diagnostics, and — when it has no
 * errors — its simulation and its documents. Immutable and thread-safe: any
 * number of threads may simulate and emit it at once. Made by
 * {@link Marshall#load}; simulates on that {@link Marshall}'s engine, within
 * its {@link Limits}.
 */
public final class Programme {
    private final Marshall marshall;
    private final String name;
    private final Compilation compilation;
    private final List<Diagnostic> diagnostics;

    Programme(Marshall marshall, String name, Compilation compilation) {
        this.marshall = marshall;
        this.name = name;
        this.compilation = compilation;
        this.diagnostics = Diagnostic.of(compilation.diagnostics());
    }

    /** {@return the name it was loaded under (its path, or the name given with its text)} */
    public String name() {
        return name;
    }

    /** {@return the programme's title, or empty when it is too broken to have one} */
    public String title() {
        return compilation.programme() == null || compilation.programme().title() == null ? "" : compilation.programme().title();
    }

    /** {@return every finding of {@code marshall check}, in source order} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** {@return whether any finding is an error (then it cannot be simulated or emitted)} */
    public boolean hasErrors() {
        return compilation.hasErrors() || compilation.programme() == null;
    }

    /**
     * The findings as {@code marshall check} prints them without colour: each
     * with its source line and a caret, then a summary line.
     *
     * @return the text, ending with a newline
     */
    public String renderDiagnostics() {
        return new TextRenderer(false).render(List.of(new CheckedFile(name, compilation.diagnostics())));
    }

    /**
     * Simulates the programme (Monte Carlo), blocking until done, stopped or failed.
     *
     * @param request runs, seed, threads, fixed params, progress, cancellation
     * @return the forecast; the same for the same request on any number of threads
     * @throws MarshallException          when the programme has errors, a run fails (a located runtime error),
     *                                    or the simulation is over the memory or time limit
     * @throws CancellationException      when the request's {@link Cancellation} was flipped
     * @throws IllegalArgumentException   when the request fixes a param the programme does not have,
     *                                    or asks for more than 1 000 000 runs or 256 threads
     * @throws EngineOptionsException     when the JVM was started with a polyglot engine option the runtime
     *                                    does not know
     */
    public Forecast simulate(SimulationRequest request) throws MarshallException {
        requireNoErrors();
        SimulationOptions options = new SimulationOptions(request.runs(), request.seed(), request.threads(), request.fixed());
        Limits limits = marshall.limits();
        SimulationControl control = marshall.trusted() ? SimulationControl.unlimited()
                : new SimulationControl(limits.timeLimit(), limits.maxMemoryBytes());
        Cancellation cancellation = request.cancellation();
        if (cancellation != null) cancellation.attach(control);
        try {
            var listener = request.progressListener();
            SimulationResult result = Simulator.simulate(compilation.programme(), options,
                    listener == null ? (done, total) -> { } : listener::accept, control, marshall.engine());
            return new Forecast(result);
        } catch (SimulationException e) {
            if (control.isCancelled()) throw new CancellationException("the simulation of " + name + " was cancelled");
            List<Diagnostic> found = Diagnostic.of(e.diagnostics());
            throw new MarshallException(found.isEmpty() ? e.getMessage() : found.get(0).toString(), found, e.diagnostics());
        } finally {
            if (cancellation != null) cancellation.detach(control);
        }
    }

    /**
     * Writes one document of the programme's M&amp;E framework.
     *
     * @param format   which document
     * @param forecast the forecast it carries (from {@link #simulate}), or null for the framework as planned
     * @param out      where to write; flushed, not closed
     * @throws IOException       when writing fails
     * @throws MarshallException when the programme has errors
     * @throws IllegalArgumentException when the format is {@link OutputFormat#binary() binary}
     */
    public void emit(OutputFormat format, Forecast forecast, Writer out) throws IOException, MarshallException {
        out.write(emit(format, forecast));
        out.flush();
    }

    /**
     * Writes one document as bytes: UTF-8 text, or the workbook's zip for a
     * {@link OutputFormat#binary() binary} format.
     *
     * @param format   which document
     * @param forecast the forecast it carries, or null for the framework as planned
     * @param out      where to write; flushed, not closed
     * @throws IOException       when writing fails
     * @throws MarshallException when the programme has errors
     */
    public void emit(OutputFormat format, Forecast forecast, OutputStream out) throws IOException, MarshallException {
        format.format().emitter().render(framework(forecast), out);
        out.flush();
    }

    /**
     * One document as text.
     *
     * @param format   which document
     * @param forecast the forecast it carries, or null for the framework as planned
     * @return the document
     * @throws MarshallException when the programme has errors
     * @throws IllegalArgumentException when the format is {@link OutputFormat#binary() binary}
     */
    public String emit(OutputFormat format, Forecast forecast) throws MarshallException {
        if (format.binary()) {
            throw new IllegalArgumentException(format.id() + " is bytes, not text: write it to an OutputStream");
        }
        return format.format().emitter().render(framework(forecast));
    }

    /**
     * Writes the report of {@code marshall report}: {@code index.html} and every
     * {@link OutputFormat} beside it, each file replaced atomically.
     *
     * @param folder   the folder (created when missing)
     * @param forecast the forecast the report shows, or null for the framework as planned
     * @return the files written, the index last
     * @throws IOException       when writing fails, or when the folder is not a folder or holds the
     *                           programme or a module it uses (a report never overwrites an input)
     * @throws MarshallException when the programme has errors
     */
    public List<Path> writeReport(Path folder, Forecast forecast) throws IOException, MarshallException {
        return ReportWriter.write(folder, framework(forecast), inputs());
    }

    /**
     * Checks the params a simulation would fix, before simulating: each name
     * must be a param of the programme and each value a finite number, as
     * {@link #simulate} requires.
     *
     * @param fixed values by param name, as {@link SimulationRequest#fixed()}
     * @throws IllegalArgumentException naming the first wrong one, with the closest param as a suggestion
     *                                  (worded for the command line: {@code --set name: …})
     * @throws MarshallException        when the programme has errors
     */
    public void checkFixed(Map<String, Double> fixed) throws MarshallException {
        requireNoErrors();
        Simulator.checkOverrides(compilation.programme(), fixed);
    }

    /**
     * The files the programme and the modules it uses were read from, the
     * programme first: what an output must never overwrite.
     *
     * @return the files; none when it was given as text or its modules came through a resolver
     */
    public List<Path> sourceFiles() {
        return inputs();
    }

    /**
     * A forecast of this programme as {@code marshall simulate} writes it.
     *
     * @param forecast what {@link #simulate} returned for this programme
     * @param format   table, JSON or CSV
     * @return the text; the same bytes for the same forecast
     * @throws MarshallException when the programme has errors
     */
    public String render(Forecast forecast, ForecastFormat format) throws MarshallException {
        requireNoErrors();
        Objects.requireNonNull(forecast, "forecast");
        return switch (format) {
            case TEXT -> ResultText.render(forecast.result(), compilation.programme());
            case JSON -> ResultJson.render(forecast.result());
            case CSV -> ResultCsv.render(forecast.result(), compilation.programme());
        };
    }

    /**
     * One document as bytes: UTF-8 text, or the workbook's zip for a
     * {@link OutputFormat#binary() binary} format; the same bytes as
     * {@link #emit(OutputFormat, Forecast, OutputStream)} writes.
     *
     * @param format   which document
     * @param forecast the forecast it carries, or null for the framework as planned
     * @return the document
     * @throws MarshallException when the programme has errors
     */
    public byte[] emitBytes(OutputFormat format, Forecast forecast) throws MarshallException {
        return format.format().emitter().bytes(framework(forecast));
    }

    /** The files the programme was read from (none when it was given as text or through a resolver). */
    private List<Path> inputs() {
        return compilation.sources().stream().map(SourceFile::location).filter(Objects::nonNull).toList();
    }

    private Framework framework(Forecast forecast) throws MarshallException {
        requireNoErrors();
        Optional<SimulationResult> result = forecast == null ? Optional.empty() : Optional.of(forecast.result());
        return Framework.of(compilation.programme(), result, compilation.diagnostics());
    }

    private void requireNoErrors() throws MarshallException {
        if (hasErrors()) {
            List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
            throw new MarshallException(name + " has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + (errors.isEmpty() ? "" : ", the first: " + errors.get(0)), errors);
        }
    }

    /** The Marshall it was loaded by: its engine and limits (monitoring and sensitivity simulate on them). */
    Marshall marshall() {
        return marshall;
    }

    /** The checked model, for the polyglot layer and tests of this module. */
    Compilation compilation() {
        return compilation;
    }

    @Override
    public String toString() {
        return "Programme[" + name + "]";
    }
}
