package dev.marshall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Messages;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.run.SimulationControl;
import dev.marshall.testing.DiagnosticLines;
import dev.marshall.testing.Golden;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Negative goldens of the actuals: each {@code CODE_what.csv} in
 * {@code src/test/resources/actuals} is read against the test programme as of
 * 2027-12 (and, when it reads clean, conditioned on 200 runs); its diagnostics
 * must match {@code CODE_what.err} and include CODE.
 */
class ActualsDiagnosticsTest {
    static final Path FOLDER = Path.of("src/test/resources/actuals");
    private static final int AS_OF = 12;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    static List<Diagnostic> diagnostics(Programme p, Path csv) throws Exception {
        String name = csv.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            ActualsReader.Result read = ActualsReader.read(p, name, in, AS_OF);
            if (read.hasErrors()) return read.diagnostics();
            List<Diagnostic> all = new ArrayList<>(read.diagnostics());
            SimulationOptions options = new SimulationOptions(200, 1, 2, Map.of());
            all.addAll(Monitor.reforecast(p, read.actuals(), options, SimulationControl.unlimited(), null).diagnostics());
            return all;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticsMatchGolden(Path csv) throws Exception {
        List<Diagnostic> found = diagnostics(MonitorPrograms.pace(), csv);
        String name = csv.getFileName().toString();
        Golden.assertMatches(FOLDER.resolve(name.replace(".csv", ".err")), DiagnosticLines.render(found));
        String code = name.substring(0, name.indexOf('_'));
        assertTrue(found.stream().anyMatch(d -> d.code().equals(code)), name + " does not raise " + code + ": " + found);
    }

    /** Every code of the range E200-E219, W200-W209 has a golden here (E210 below: its file would be a million rows). */
    @Test
    void everyActualsCodeHasANegativeTest() throws IOException {
        TreeSet<String> covered = new TreeSet<>(List.of("E210"));
        try (Stream<Path> files = Files.list(FOLDER)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).forEach(n -> covered.add(n.substring(0, n.indexOf('_'))));
        }
        List<String> missing = new ArrayList<>();
        for (String code : Messages.codes()) {
            if ((code.startsWith("E2") || code.startsWith("W20")) && code.compareTo("E220") < 0 && !covered.contains(code)) missing.add(code);
        }
        assertEquals(List.of(), missing);
    }

    /** A million rows: refused at the first row past the limit, read lazily (never the whole file in memory). */
    @Test
    void aMillionRowsStopAtTheLimitWithALocatedError() throws Exception {
        int[] produced = {0};
        Reader million = new Reader() {
            private final String row = "2027-03,membership,3\n";
            private int rows = -1;
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (rows >= 1_000_000) return -1;
                String current = rows < 0 ? "date,what,value\n" : row;
                int n = Math.min(length, current.length() - at);
                current.getChars(at, at + n, buffer, offset);
                at += n;
                if (at == current.length()) {
                    at = 0;
                    rows++;
                    produced[0] = rows;
                }
                return n;
            }

            @Override
            public void close() {}
        };
        ActualsReader.Result read = ActualsReader.read(MonitorPrograms.pace(), "million.csv", new BufferedReader(million), AS_OF);
        assertEquals(1, read.diagnostics().size());
        Diagnostic d = read.diagnostics().get(0);
        assertEquals("E210", d.code());
        assertEquals("million.csv:" + (ActualsReader.MAX_ROWS + 2) + ":1", d.span().toString());
        assertTrue(produced[0] < 200_000, "read " + produced[0] + " rows");
    }

    @Test
    void aFilledInTemplateReadsCleanAndAnEmptyOneReportsNothing() throws Exception {
        Programme p = MonitorPrograms.pace();
        String template = dev.marshall.emit.monitoring.ActualsTemplate.render(p);
        ActualsReader.Result empty = ActualsReader.read(p, "template.csv", template, AS_OF);
        assertFalse(empty.hasErrors(), empty.diagnostics().toString());
        assertEquals(List.of(), empty.actuals().observations());
        String filled = template.replaceFirst("2027-03,membership,,", "2027-03,membership,3,");
        ActualsReader.Result one = ActualsReader.read(p, "template.csv", filled, AS_OF);
        assertEquals(1, one.actuals().observations().size(), one.diagnostics().toString());
    }
}
