package dev.marshall.maven;

import dev.marshall.api.Diagnostic;
import dev.marshall.api.Marshall;
import dev.marshall.api.Programme;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code marshall:check}: checks every programme below {@code programmes}, as
 * {@code marshall check} does, and fails the build when one has an error (or a
 * warning, with {@code failOnWarnings}). Findings go to the build log.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ProgrammesMojo {


    /** Fail on warnings too. */
    @Parameter(property = "marshall.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Path> files = programmeFiles();
        if (files.isEmpty()) return;
        int errors = 0;
        int warnings = 0;
        try (Marshall marshall = Marshall.create()) {
            for (Path file : files) {
                Programme programme = load(marshall, file);
                List<Diagnostic> found = programme.diagnostics();
                long e = found.stream().filter(Diagnostic::isError).count();
                long w = found.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
                errors += (int) e;
                warnings += (int) w;
                String rendered = programme.renderDiagnostics().stripTrailing();
                if (e > 0) getLog().error(rendered);
                else if (w > 0) getLog().warn(rendered);
                else getLog().info(rendered);
            }
        }
        if (errors > 0 || (failOnWarnings && warnings > 0)) {
            throw new MojoFailureException("marshall check: " + errors + (errors == 1 ? " error" : " errors") + ", "
                    + warnings + (warnings == 1 ? " warning" : " warnings") + " in " + files.size()
                    + (files.size() == 1 ? " programme" : " programmes"));
        }
    }
}
