package dev.marshall.maven;

import dev.marshall.api.Forecast;
import dev.marshall.api.Marshall;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code marshall:report}: simulates every programme below {@code programmes}
 * and writes its report, as {@code marshall report} does, into
 * {@code outputDirectory/<path below programmes, without .marshall, / as _>/}
 * (so {@code src/main/marshall/asia/sialkot.marshall} reports into
 * {@code target/marshall/asia_sialkot/}). A programme with
 * errors fails the build (it has no report).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class ReportMojo extends ProgrammesMojo {


    /** Where the reports go, one folder per programme. */
    @Parameter(property = "marshall.outputDirectory", defaultValue = "${project.build.directory}/marshall")
    private File outputDirectory;

    /** Monte Carlo runs per programme. */
    @Parameter(property = "marshall.runs", defaultValue = "1000")
    private int runs;

    /** The seed: the same seed gives the same report. */
    @Parameter(property = "marshall.seed", defaultValue = "1")
    private long seed;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Path> files = programmeFiles();
        if (files.isEmpty()) return;
        try (Marshall marshall = Marshall.create()) {
            for (Path file : files) {
                Programme programme = load(marshall, file);
                if (programme.hasErrors()) {
                    getLog().error(programme.renderDiagnostics().stripTrailing());
                    throw new MojoFailureException("marshall report: " + file + " has errors; no report written");
                }
                String base = programmes.toPath().relativize(file).toString().replace(java.io.File.separatorChar, '_')
                        .replaceFirst("\\.marshall$", "");
                Path folder = outputDirectory.toPath().resolve(base);
                try {
                    Forecast forecast = programme.simulate(SimulationRequest.runs(runs).seed(seed));
                    List<Path> written = programme.writeReport(folder, forecast);
                    getLog().info("marshall report: " + file.getFileName() + " -> " + written.get(written.size() - 1));
                } catch (MarshallException e) {
                    throw new MojoFailureException("marshall report: " + file + ": " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new MojoExecutionException("marshall report: cannot write " + folder + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
