package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monitoring, sensitivity and the report with their sections, through the public API. */
class MonitoringTest {
    private static final Path PACE = Path.of("..", "interpreter", "src", "test", "resources", "monitor", "pace.marshall");

    @TempDir
    Path dir;

    @Test
    void monitorsReportsAndRefusesBadActuals() throws Exception {
        try (Marshall marshall = Marshall.create()) {
            Programme p = marshall.load(PACE);
            SimulationRequest request = SimulationRequest.runs(200).threads(2);
            Monitoring bad = Monitoring.of(p, "a.csv", "date,what,value\n2027-03,membrship,3\n", null, request);
            assertTrue(bad.hasErrors());
            assertEquals("E207", bad.diagnostics().get(0).code());
            assertEquals(2, bad.diagnostics().get(0).line());
            assertTrue(bad.renderDiagnostics(false).contains("a.csv:2:9: error[E207]"), bad.renderDiagnostics(false));
            assertThrows(IllegalStateException.class, bad::text);
            assertThrows(IllegalArgumentException.class, () -> Monitoring.of(p, "a.csv", "date,what,value\n", "2035-01", request));

            Path actuals = dir.resolve("actuals.csv");
            Files.writeString(actuals, "date,what,value\n2027-03,membership,3\n2027-06,membership,6\n", StandardCharsets.UTF_8);
            Monitoring good = Monitoring.of(p, actuals, "2027-06", request);
            assertFalse(good.hasErrors(), good.renderDiagnostics(false));
            assertTrue(good.text().contains("group_formed"));
            assertTrue(good.json().contains("\"asOf\": 6"));
            assertEquals(p.simulate(request), good.plan(), "the plan is simulate's forecast");

            SensitivityAnalysis s = SensitivityAnalysis.of(p, request);
            assertTrue(s.csv().contains("group_formed"));
            Path folder = dir.resolve("report");
            Report.of(p).monitoring(good).sensitivity(s).write(folder);
            String index = Files.readString(folder.resolve("index.html"));
            assertTrue(index.contains("id=\"monitoring\"") && index.contains("id=\"sensitivity\""));
            assertTrue(Files.isRegularFile(folder.resolve("actuals-template.csv")));
            assertThrows(java.io.IOException.class, () -> Report.of(p).monitoring(good).write(dir), "never a folder holding the actuals");
        }
    }
}
