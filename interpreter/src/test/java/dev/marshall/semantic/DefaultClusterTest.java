package dev.marshall.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code default = true} makes a second cluster an addition, not a rewrite of every unqualified name. */
class DefaultClusterTest {
    private static final String PROGRAMME = """
            programme "T" { start = 2027-01; horizon = 12 months; currency = EUR; budget = 1_000 EUR; focus = growth }
            use std.unido
            cluster a { firms = 10; %s state trust = 0 in 0..1; state members = 0 in 0..firms }
            cluster b { state trust = 0 in 0..1 }
            intervention w : skills { start = month 1; duration = 6 months; cost = 100 EUR; each month { trust += 0.1; members += 1; b.trust += 0.05 } }
            intervention v : skills { in = b; start = month 1; duration = 6 months; cost = 100 EUR; each month { trust += 0.2 } }
            indicator i : output { unit = firms; value = members }
            milestone m "M" { due = month 6; when = trust >= 0.5 and b.trust >= 0.2 }
            """;

    private static Compilation compile(String mark) {
        return Compiler.compile(SourceFile.ofString("t.marshall", PROGRAMME.formatted(mark)));
    }

    @Test
    void declarationsWithoutInAreAboutTheDefaultCluster() {
        Compilation c = compile("default = true;");
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.code().startsWith("E")).map(d -> d.code() + " " + d.message()).toList());
        Programme p = c.programme();
        assertEquals(0, p.intervention("w").orElseThrow().clusterIndex(), "w has no in: the default cluster a");
        assertEquals(1, p.intervention("v").orElseThrow().clusterIndex(), "v says in = b");
        assertEquals(0, p.indicator("i").orElseThrow().clusterIndex());
    }

    @Test
    void withoutADefaultTheSameProgrammeIsOneE050() {
        Compilation c = compile("");
        List<String> codes = c.diagnostics().stream().map(d -> d.code()).filter(code -> code.startsWith("E")).toList();
        assertEquals(List.of("E050"), codes, "one error for the pattern, not one per name");
        assertEquals(3, c.diagnostics().stream().filter(d -> d.code().equals("E050")).findFirst().orElseThrow().related().size(),
                "it points at every other place: members in w, members in the indicator, trust in the milestone");
    }
}
