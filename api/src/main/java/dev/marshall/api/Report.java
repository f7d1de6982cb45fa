package dev.marshall.api;

import dev.marshall.emit.Framework;
import dev.marshall.emit.ReportWriter;
import dev.marshall.emit.html.AnalysisSections;
import dev.marshall.emit.html.HtmlReport;
import dev.marshall.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of {@code marshall report} with its optional sections: the
 * monitoring section (actuals over the planned and the updated forecast, from
 * a {@link Monitoring}) and the tornado charts (from a {@link SensitivityAnalysis}).
 * Without either it is exactly {@link Programme#writeReport}.
 *
 * <pre>{@code
 * Report.of(programme).monitoring(m).sensitivity(s).write(Path.of("report"));
 * }</pre>
 */
public final class Report {
    private final Programme programme;
    private Forecast forecast;
    private Monitoring monitoring;
    private SensitivityAnalysis sensitivity;

    private Report(Programme programme) {
        this.programme = Objects.requireNonNull(programme, "programme");
    }

    /**
     * Starts a report of a programme.
     *
     * @param programme a programme without errors
     * @return a report of the framework as planned, until given a forecast or monitoring
     */
    public static Report of(Programme programme) {
        return new Report(programme);
    }

    /**
     * Shows a forecast: milestones' chances, indicators' ranges, fan charts.
     *
     * @param value the forecast the report shows (a monitoring's plan is used when none is given)
     * @return this report
     */
    public Report forecast(Forecast value) {
        forecast = value;
        return this;
    }

    /**
     * Adds the monitoring section: actuals over the planned and the updated bands.
     *
     * @param value a monitoring without errors: adds the monitoring section
     * @return this report
     */
    public Report monitoring(Monitoring value) {
        monitoring = value;
        return this;
    }

    /**
     * Adds the sensitivity section.
     *
     * @param value a sensitivity analysis: adds a tornado chart per milestone and indicator
     * @return this report
     */
    public Report sensitivity(SensitivityAnalysis value) {
        sensitivity = value;
        return this;
    }

    /**
     * Writes {@code index.html} and every {@link OutputFormat} into {@code folder}, replaced whole.
     *
     * @param folder the folder (created when missing)
     * @return the files written, the index last
     * @throws IOException       when writing fails, or the folder holds an input (the programme, its modules, the actuals)
     * @throws MarshallException when the programme has errors
     */
    public List<Path> write(Path folder) throws IOException, MarshallException {
        Simulations.requireNoErrors(programme);
        Forecast shown = forecast != null ? forecast : monitoring != null ? monitoring.plan() : null;
        Framework framework = Framework.of(programme.compilation().programme(),
                shown == null ? Optional.empty() : Optional.of(shown.result()), programme.compilation().diagnostics());
        AnalysisSections sections = new AnalysisSections(monitoring == null ? null : monitoring.reforecast(),
                sensitivity == null ? null : sensitivity.result());
        List<Path> inputs = new ArrayList<>();
        for (SourceFile source : programme.compilation().sources()) if (source.location() != null) inputs.add(source.location());
        if (monitoring != null && monitoring.actualsPath() != null) inputs.add(monitoring.actualsPath());
        return ReportWriter.write(folder, framework, inputs, new HtmlReport(sections));
    }
}
