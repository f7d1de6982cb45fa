package dev.marshall.api;

import dev.marshall.emit.sensitivity.SensitivityCsv;
import dev.marshall.emit.sensitivity.SensitivityJson;
import dev.marshall.emit.sensitivity.SensitivityText;
import dev.marshall.sensitivity.Sensitivity;
import dev.marshall.sensitivity.SensitivityResult;

/**
 * Which param moves which milestone and indicator ({@code marshall
 * sensitivity}): each param not fixed in the request, one at a time at its
 * p10 and p90 with common random numbers, and its first-order index from the
 * plan's runs (docs/language.md §11.8). Costs two simulations per param.
 */
public final class SensitivityAnalysis {
    private final Programme programme;
    private final SensitivityResult result;

    private SensitivityAnalysis(Programme programme, SensitivityResult result) {
        this.programme = programme;
        this.result = result;
    }

    /**
     * Runs the analysis: each param at its p10 and p90 and each constant knob at &plusmn;10&nbsp;%, with common
     * random numbers, and first-order variance indices when there are enough runs.
     *
     * @param programme a programme without errors
     * @param request   runs, seed, threads, and params to keep fixed (they are not varied)
     * @return the analysis
     * @throws MarshallException when the programme has errors or a simulation fails
     */
    public static SensitivityAnalysis of(Programme programme, SimulationRequest request) throws MarshallException {
        SensitivityResult result = Simulations.run(programme, request,
                (options, control, engine) -> Sensitivity.analyse(programme.compilation().programme(), options, control, engine));
        return new SensitivityAnalysis(programme, result);
    }

    /** {@return per milestone and indicator, the params by the size of their effect, as a table} */
    public String text() {
        return SensitivityText.render(result, programme.compilation().programme());
    }

    /** {@return the analysis as JSON (docs/formats.md)} */
    public String json() {
        return SensitivityJson.render(result);
    }

    /** {@return the analysis as CSV, a row per outcome and param} */
    public String csv() {
        return SensitivityCsv.render(result);
    }

    SensitivityResult result() {
        return result;
    }
}
