package dev.marshall.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.model.Dependency;
import dev.marshall.model.Expr;
import dev.marshall.model.Focus;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Programme;
import dev.marshall.model.RiskLevel;
import dev.marshall.model.Type;
import dev.marshall.testing.DiagnosticLines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The normative example builds into the model its text says, with no diagnostics at all. */
class SialkotModelTest {
    static final Path SIALKOT = Path.of("../examples/src/test/resources/spec/sialkot.marshall");

    @Test
    void checksCleanAndBuildsTheModel() throws IOException {
        Compilation c = Compiler.compile(SIALKOT);
        assertEquals("", DiagnosticLines.render(c.diagnostics()), "sialkot.marshall must check with no diagnostics");
        Programme p = c.programme();
        assertNotNull(p);
        assertEquals("Sialkot surgical instruments upgrading", p.title());
        assertEquals(YearMonth.of(2027, 1), p.start());
        assertEquals(36, p.horizon());
        assertEquals("EUR", p.currency());
        assertEquals(1_200_000, p.budget());
        assertEquals(Focus.PRO_POOR, p.focus());
        assertTrue(p.usesStandardLibrary());
        assertTrue(p.doc().startsWith("Sialkot surgical instruments cluster"), p.doc());

        assertEquals(2, p.params().size());
        assertEquals(1, p.clusters().size());
        assertEquals(3, p.clusters().get(0).states().size());
        assertEquals(0.12, p.clusters().get(0).constant("women").orElseThrow(), 1e-12);

        Intervention workingGroup = p.intervention("working_group").orElseThrow();
        assertEquals(Dependency.Kind.INTERVENTION, workingGroup.after().get(0).kind());
        assertEquals(12, workingGroup.duration());
        assertEquals(0.20, workingGroup.costShare(), 1e-12);
        assertEquals(2, workingGroup.eachMonth().size());

        Intervention guarantee = p.intervention("guarantee_fund").orElseThrow();
        assertEquals(Dependency.Kind.MILESTONE, guarantee.after().get(0).kind());
        assertEquals(RiskLevel.HIGH, guarantee.risk());
        assertEquals(365_000, p.totalCost());

        Indicator exports = p.indicator("export_value").orElseThrow();
        assertEquals(Level.OUTCOME, exports.level());
        assertEquals(Type.money("USD"), exports.unit().type());
        assertEquals(180_000_000, exports.baseline());
        assertEquals(36, exports.target().byMonth());
        assertEquals(3, exports.periodMonths());
        assertTrue(exports.value() instanceof Expr.Binary, "value is baseline * (…)");
        assertEquals(Type.money("USD"), exports.value().type());

        Indicator voice = p.indicator("women_voice").orElseThrow();
        assertTrue(voice.unit().percent());
        assertEquals(0.10, voice.target().value(), 1e-12);
        assertEquals(6, voice.periodMonths());

        assertEquals(2, p.milestones().size());
        assertEquals(6, p.milestone("quick_win").orElseThrow().due());
        assertEquals(3, p.priorities().size());
        assertEquals(1, p.assumptions().size());
        assertEquals("Rotating chair and a seat quota for small firms", p.risks().get(0).mitigation());
    }
}
