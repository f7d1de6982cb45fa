package dev.marshall.monitor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.model.Milestone;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.simulation.RunOutcomes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** Test support: the test programme, and actuals written from one simulated run of it. */
final class MonitorPrograms {
    static final Path FOLDER = Path.of("src/test/resources/monitor");

    private MonitorPrograms() {}

    static Programme pace() throws IOException {
        return compile(FOLDER.resolve("pace.marshall"));
    }

    static Programme compile(Path file) throws IOException {
        Compilation c = Compiler.compile(file);
        String errors = c.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.span() + ": " + d.code() + " " + d.message()).collect(Collectors.joining("\n"));
        assertFalse(c.hasErrors(), errors);
        return c.programme();
    }

    /** What a monitoring officer would have written by {@code asOf} had the programme gone as run {@code run} went. */
    static String actualsOf(Programme p, RunOutcomes runs, int run, int asOf) {
        StringBuilder csv = new StringBuilder("date,what,value,group,note\n");
        for (Indicator i : p.indicators()) {
            for (int m = i.periodMonths(); m <= asOf; m += i.periodMonths()) {
                double v = runs.indicator(i.index(), m / i.periodMonths() - 1, run);
                String unit = i.unit().type().currency() != null ? " " + i.unit().type().currency() : "";
                csv.append(p.calendarMonth(m)).append(',').append(i.name()).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", v)).append(unit).append(",,\n");
            }
        }
        for (Milestone m : p.milestones()) {
            int reached = runs.milestoneMonth(m.index(), run);
            if (reached != 0 && reached <= asOf) csv.append(p.calendarMonth(reached)).append(',').append(m.name()).append(",reached,,\n");
        }
        for (Intervention i : p.interventions()) {
            int start = runs.start(i.index(), run);
            if (start != 0 && start <= asOf) csv.append(p.calendarMonth(start)).append(',').append(i.name()).append(",started,,\n");
            int end = runs.end(i.index(), run);
            if (start != 0 && end <= asOf) csv.append(p.calendarMonth(end)).append(',').append(i.name()).append(",finished,,\n");
        }
        csv.append(p.calendarMonth(asOf)).append(",spend,").append(String.format(Locale.ROOT, "%.2f", runs.spend(asOf, run))).append(",,\n");
        return csv.toString();
    }
}
