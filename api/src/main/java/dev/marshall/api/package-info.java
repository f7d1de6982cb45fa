/**
 * The embedding API of Marshall: the one supported way for a Java host (a
 * grants-management system, a portfolio dashboard, a build plugin) to load,
 * check, simulate and emit programmes it did not write.
 *
 * <pre>{@code
 * try (Marshall marshall = Marshall.create()) {
 *     Programme programme = marshall.load(Path.of("proposal.marshall"));
 *     if (programme.hasErrors()) throw new IllegalStateException(programme.renderDiagnostics());
 *     Forecast forecast = programme.simulate(SimulationRequest.runs(1000).seed(42));
 *     programme.emit(OutputFormat.LOGFRAME_MD, forecast, writer);
 * }
 * }</pre>
 *
 * <p>Everything here is immutable and thread-safe except {@link dev.marshall.api.Marshall}
 * itself, which is thread-safe and must be closed. Nothing prints, exits or
 * keeps global state. Guest code runs sandboxed (no host classes, files,
 * network, threads, processes or environment) and within {@link dev.marshall.api.Limits}.
 */
package dev.marshall.api;
