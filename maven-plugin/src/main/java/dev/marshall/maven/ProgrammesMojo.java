package dev.marshall.maven;

import dev.marshall.api.Marshall;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the folder of programmes they work on, the switch that
 * skips them, and how a programme is loaded (a file that cannot be read stops
 * the build with its reason).
 */
abstract class ProgrammesMojo extends AbstractMojo {

    /** The folder whose {@code .marshall} files the goal works on (searched recursively). */
    @Parameter(property = "marshall.programmes", defaultValue = "${project.basedir}/src/main/marshall")
    protected File programmes;

    /** Skip the goal. */
    @Parameter(property = "marshall.skip", defaultValue = "false")
    private boolean skip;

    /** The programmes to work on; none when the goal is skipped or the folder holds none (which is logged). */
    protected List<Path> programmeFiles() throws MojoExecutionException {
        if (skip) return List.of();
        List<Path> files = ProgrammeFiles.below(programmes.toPath());
        if (files.isEmpty()) getLog().warn("no .marshall programmes below " + programmes);
        return files;
    }

    static Programme load(Marshall marshall, Path file) throws MojoExecutionException {
        try {
            return marshall.load(file);
        } catch (IOException | MarshallException e) {
            throw new MojoExecutionException("marshall: cannot read '" + file + "': " + e.getMessage(), e);
        }
    }
}
