package dev.marshall.api;

import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.JsonRenderer;
import dev.marshall.diagnostics.format.SarifRenderer;
import dev.marshall.diagnostics.format.TextRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The findings of one or more programmes, rendered as {@code marshall check}
 * renders them (docs/cli.md): text for people (each finding with its source
 * line, a caret and the hint, then a summary line per programme; ANSI colour
 * only when asked), JSON for tools, SARIF 2.1.0 for code-scanning services.
 * Immutable; rendering prints nothing and returns the text.
 */
public final class DiagnosticReport {
    private final List<CheckedFile> files;

    private DiagnosticReport(List<CheckedFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * The findings of several programmes, in the order given.
     *
     * @param programmes the programmes, each under its {@link Programme#name()}
     * @return the report
     */
    public static DiagnosticReport of(List<Programme> programmes) {
        return new DiagnosticReport(programmes.stream()
                .map(p -> new CheckedFile(p.name(), p.compilation().diagnostics())).toList());
    }

    /**
     * The findings of one programme.
     *
     * @param programme the programme
     * @return the report
     */
    public static DiagnosticReport of(Programme programme) {
        return of(List.of(programme));
    }

    /**
     * What stopped a simulation (a located runtime error, E087, E088), reported
     * under the programme's name.
     *
     * @param programme the programme that was simulated
     * @param failure   what {@link Programme#simulate} threw
     * @return the report; empty when the failure has no diagnostics
     */
    public static DiagnosticReport of(Programme programme, MarshallException failure) {
        return new DiagnosticReport(List.of(new CheckedFile(programme.name(), failure.found())));
    }

    /**
     * Only the findings {@code which} keeps, e.g. {@code select(Diagnostic::isError)}.
     *
     * @param which the findings to keep
     * @return a new report; the summary lines count what is kept
     */
    public DiagnosticReport select(Predicate<Diagnostic> which) {
        return new DiagnosticReport(files.stream().map(f -> new CheckedFile(f.path(),
                f.diagnostics().stream().filter(d -> which.test(Diagnostic.of(d))).toList())).toList());
    }

    /** {@return how many findings are errors} */
    public int errors() {
        return files.stream().mapToInt(CheckedFile::errors).sum();
    }

    /** {@return how many findings are warnings} */
    public int warnings() {
        return files.stream().mapToInt(CheckedFile::warnings).sum();
    }

    /**
     * The summary line of each programme, as the text ends it:
     * {@code proposal.marshall: 0 errors, 2 warnings}.
     *
     * @return one line per programme, joined by newlines, without a final one
     */
    public String summary() {
        return String.join("\n", files.stream().map(TextRenderer::summary).toList());
    }

    /**
     * The findings as text for people, as {@code marshall check} prints them.
     *
     * @param colour whether to use ANSI colour (for a terminal, unless {@code NO_COLOR} is set)
     * @return the text, each programme ending with its summary line
     */
    public String text(boolean colour) {
        return new TextRenderer(colour).render(files);
    }

    /**
     * The findings as {@code marshall check --format json} writes them (docs/cli.md).
     *
     * @return the JSON document
     */
    public String json() {
        return new JsonRenderer().render(files);
    }

    /**
     * The findings as a SARIF 2.1.0 log, as {@code marshall check --format sarif} writes it.
     *
     * @param toolVersion    the version the log gives the tool
     * @param informationUri the tool's home page
     * @param baseDirectory  what artifact URIs are relative to
     * @return the SARIF document
     */
    public String sarif(String toolVersion, String informationUri, Path baseDirectory) {
        return new SarifRenderer(toolVersion, informationUri, baseDirectory).render(files);
    }
}
