package dev.marshall.approach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.model.Function;
import dev.marshall.model.Programme;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * std.unido as the front end reads it: it compiles without diagnostics, the
 * vocabularies the model builder and the approach rules rely on keep their
 * names and words, every word and function is documented, and the dynamics
 * functions name their source and parameter ranges.
 */
class StandardLibraryTest {

    private static final String USER = """
            programme "Uses the library" {
              start    = 2027-01
              horizon  = 12 months
              currency = EUR
              budget   = 1_000 EUR
            }
            use std.unido
            """;

    private static Programme library() {
        Compilation c = Compiler.compile(SourceFile.ofString("uses.marshall", USER));
        // An empty programme draws approach warnings (no agent, no trust building, ...); the library itself must add no error.
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> !d.code().startsWith("A"))
                .map(d -> d.code() + " " + d.message() + " at " + d.span()).toList());
        assertNotNull(c.programme());
        return c.programme();
    }

    @Test
    void vocabulariesKeepTheWordsTheRulesRead() {
        Programme p = library();
        Map<String, List<String>> expected = Map.of(
                "actor_kind", List.of("development_agent", "business_association", "cooperative", "sme", "large_firm",
                        "bds_provider", "training_institute", "university", "government_agency", "local_government",
                        "financial_institution", "guarantee_cooperative", "ngo", "self_help_group", "womens_federation",
                        "buyer", "donor"),
                "pillar", List.of("trust_governance", "networks_linkages", "skills", "support_institutions", "finance",
                        "pro_poor_economic", "pro_poor_capabilities", "policy", "dissemination"),
                "capability", List.of("income", "voice", "human_capital", "inclusion", "resilience"),
                "period", List.of("month", "quarter", "semester", "year"),
                "dimension", List.of("sex", "age", "location", "disability", "firm_size"),
                "linkage", List.of("subcontracting", "supply_agreement", "buyer_link"));
        for (var entry : expected.entrySet()) {
            Vocabulary v = p.vocabulary(entry.getKey()).orElseThrow(() -> new AssertionError("no enum " + entry.getKey()));
            assertEquals(entry.getValue(), v.words().stream().map(Vocabulary.Word::name).toList(), entry.getKey());
            assertFalse(v.doc().isBlank(), "enum " + v.name() + " is undocumented");
            for (Vocabulary.Word w : v.words()) assertFalse(w.doc().isBlank(), v.name() + "." + w.name() + " is undocumented");
        }
        assertEquals(List.of(1.0, 3.0, 6.0, 12.0),
                p.vocabulary("period").orElseThrow().words().stream().map(Vocabulary.Word::value).toList(),
                "reporting periods carry their length in months");
    }

    @Test
    void nativesAreDeclaredForDocumentation() {
        Programme p = library();
        for (String name : List.of("normal", "uniform", "triangular", "bernoulli", "sum", "mean", "min", "max", "count")) {
            Function f = p.function(name).orElseThrow(() -> new AssertionError("no native fn " + name));
            assertTrue(f.isNative(), name + " should be native");
            assertFalse(f.doc().isBlank(), name + " is undocumented");
        }
    }

    @Test
    void dynamicsNameTheirSourceAndRanges() {
        Programme p = library();
        Map<String, String> sources = Map.of(
                "logistic_step", "Verhulst",
                "bass_step", "Bass 1969",
                "threshold_share", "Granovetter 1978");
        for (var entry : sources.entrySet()) {
            Function f = p.function(entry.getKey()).orElseThrow(() -> new AssertionError("no fn " + entry.getKey()));
            assertFalse(f.isNative(), f.name() + " is written in Marshall");
            assertNotNull(f.body());
            assertTrue(f.doc().contains(entry.getValue()), f.name() + " should cite " + entry.getValue());
            assertTrue(f.doc().contains("Ranges") || f.doc().contains("per month"), f.name() + " should give parameter ranges");
        }
        assertEquals(List.of("n", "m", "p", "q"), p.function("bass_step").orElseThrow().params());
        for (Function f : p.functions()) assertFalse(f.doc().isBlank(), "fn " + f.name() + " is undocumented");
    }
}
