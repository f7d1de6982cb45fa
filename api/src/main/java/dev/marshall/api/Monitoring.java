package dev.marshall.api;

import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.monitoring.ReforecastCsv;
import dev.marshall.emit.monitoring.ReforecastJson;
import dev.marshall.emit.monitoring.ReforecastText;
import dev.marshall.monitor.ActualsReader;
import dev.marshall.monitor.Monitor;
import dev.marshall.monitor.Reforecast;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's forecast updated with monitoring data ({@code marshall
 * monitor}): the actuals are read and validated (a located diagnostic for
 * each problem in the CSV), the plan is simulated, and its runs are weighted
 * by how well they agree with what happened (docs/language.md §11.7).
 *
 * <pre>{@code
 * Monitoring m = Monitoring.of(programme, Path.of("actuals.csv"), "2028-03", SimulationRequest.runs(2000));
 * if (m.hasErrors()) System.err.print(m.renderDiagnostics(false)); else System.out.print(m.text());
 * }</pre>
 * Deterministic for a request's seed, whatever its threads.
 */
public final class Monitoring {
    private final Programme programme;
    private final String actualsName;
    private final List<dev.marshall.diagnostics.Diagnostic> found;
    private final Reforecast reforecast;
    private final Forecast plan;
    private Path actualsPath;

    private Monitoring(Programme programme, String actualsName, List<dev.marshall.diagnostics.Diagnostic> found, Reforecast reforecast,
                       Forecast plan) {
        this.programme = programme;
        this.actualsName = actualsName;
        this.found = List.copyOf(found);
        this.reforecast = reforecast;
        this.plan = plan;
    }

    /**
     * Reads the actuals from a file (UTF-8) and updates the forecast.
     *
     * @param programme a programme without errors
     * @param actuals   the CSV file (docs/formats.md, "Actuals")
     * @param asOf      the last month the actuals cover: {@code 2028-03} or a programme month {@code 15}; null: the last month they report
     * @param request   runs, seed, threads, fixed params
     * @return the result: its diagnostics, and the updated forecast unless one of them is an error
     * @throws IOException               when the file cannot be read (missing, not a regular file, not UTF-8)
     * @throws MarshallException         when the programme has errors or its simulation fails
     * @throws IllegalArgumentException  when {@code asOf} is not a month of the programme
     */
    public static Monitoring of(Programme programme, Path actuals, String asOf, SimulationRequest request) throws IOException, MarshallException {
        if (Files.isDirectory(actuals)) throw new IOException(actuals + ": is a directory");
        if (!Files.exists(actuals)) throw new NoSuchFileException(actuals.toString(), null, "no such file");
        if (!Files.isRegularFile(actuals)) throw new IOException(actuals + ": not a regular file");
        try (BufferedReader in = Files.newBufferedReader(actuals, StandardCharsets.UTF_8)) {
            Monitoring m = of(programme, actuals.toString(), in, asOf, request);
            m.actualsPath = actuals;
            return m;
        }
    }

    /**
     * As {@link #of(Programme, Path, String, SimulationRequest)}, the actuals held as text.
     *
     * @param programme a programme without errors
     * @param name      the name diagnostics give the actuals, e.g. {@code actuals.csv}
     * @param text      the CSV text
     * @param asOf      the last month the actuals cover ({@code 2028-03} or a programme month), or null for the
     *                  last month they report
     * @param request   runs, seed and threads of the plan's simulation that the actuals update
     * @return the monitoring: its diagnostics first, and the updated forecast when the actuals have no errors
     * @throws MarshallException when the programme has errors or its simulation fails
     */
    public static Monitoring of(Programme programme, String name, String text, String asOf, SimulationRequest request) throws MarshallException {
        try {
            return of(programme, name, new BufferedReader(new StringReader(text)), asOf, request);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Monitoring of(Programme programme, String name, BufferedReader in, String asOf, SimulationRequest request)
            throws IOException, MarshallException {
        Simulations.requireNoErrors(programme);
        var model = programme.compilation().programme();
        ActualsReader.Result read = ActualsReader.read(model, name, in, asOf == null ? null : month(model, asOf));
        List<dev.marshall.diagnostics.Diagnostic> found = new ArrayList<>(read.diagnostics());
        if (read.hasErrors()) return new Monitoring(programme, name, found, null, null);
        Monitor.Outcome outcome = Simulations.run(programme, request,
                (options, control, engine) -> Monitor.reforecast(model, read.actuals(), options, control, engine));
        found.addAll(outcome.diagnostics());
        return new Monitoring(programme, name, found, outcome.reforecast(), new Forecast(outcome.plan()));
    }

    /** {@code 2028-03}, {@code 2028-03-15} or a programme month; anything else or outside the horizon is refused. */
    private static int month(dev.marshall.model.Programme model, String asOf) {
        String text = asOf.strip();
        int month;
        try {
            if (text.matches("\\d{1,4}")) {
                month = Integer.parseInt(text);
            } else {
                YearMonth ym = YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
                if (text.length() > 7) java.time.LocalDate.parse(text);
                month = (int) (model.start().until(ym, java.time.temporal.ChronoUnit.MONTHS) + 1);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("--as-of " + asOf + ": not a month; write 2028-03 or a programme month such as 15");
        }
        if (month < 1 || month > model.horizon()) {
            throw new IllegalArgumentException("--as-of " + asOf + ": outside the programme, which runs from " + model.start() + " to "
                    + model.calendarMonth(model.horizon()) + " (months 1-" + model.horizon() + ")");
        }
        return month;
    }

    /** {@return whether the actuals have errors (then there is no updated forecast)} */
    public boolean hasErrors() {
        return reforecast == null;
    }

    /** {@return every finding about the actuals and the conditioning: errors and warnings, in file order} */
    public List<Diagnostic> diagnostics() {
        return Diagnostic.of(found);
    }

    /**
     * The findings as {@code marshall check} prints them: each with its line of the CSV and a caret.
     *
     * @param colour ANSI colours (for a terminal)
     * @return the text; empty when there are none
     */
    public String renderDiagnostics(boolean colour) {
        if (found.isEmpty()) return "";
        return new TextRenderer(colour).render(List.of(new CheckedFile(actualsName, found)));
    }

    /** {@return the updated forecast as a table: per milestone and indicator, plan P, updated P, p10-p50-p90, status and rule} */
    public String text() {
        return ReforecastText.render(require(), programme.compilation().programme());
    }

    /** {@return the updated forecast as JSON (docs/formats.md)} */
    public String json() {
        return ReforecastJson.render(require());
    }

    /** {@return the updated forecast as CSV, a row per milestone and indicator} */
    public String csv() {
        return ReforecastCsv.render(require());
    }

    /** {@return the plan's forecast, the one the actuals update (the same as {@link Programme#simulate} with the request)} */
    public Forecast plan() {
        require();
        return plan;
    }

    /** The actuals file, when read from one (a report never overwrites it). */
    Path actualsPath() {
        return actualsPath;
    }

    Reforecast reforecast() {
        return require();
    }

    private Reforecast require() {
        if (reforecast == null) throw new IllegalStateException("the actuals have errors: see diagnostics()");
        return reforecast;
    }
}
