package dev.marshall.benchmarks;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Programme;
import dev.marshall.source.SourceFile;

/**
 * The simulation benchmark's workload: an Orissa-like programme (UNIDO's
 * handloom clusters in Orissa, assisted alike): one replicated cluster of
 * {@code replicas} villages with three states each (trust, network members,
 * income), sampled per village, two interventions with {@code each month}
 * dynamics, a milestone counting villages and two aggregated indicators.
 * {@link OrissaByHand} is the same model written by hand in Java.
 */
public final class OrissaWorkload {
    private OrissaWorkload() {}

    public static String source(int replicas, int months) {
        return """
                programme "Orissa-like handloom clusters" {
                  country = "India"; start = 2027-01; horizon = %d months; currency = EUR
                  budget = 2_000_000 EUR; focus = growth; goal = "More income from handloom weaving"
                }
                use std.unido

                param trust_rate = triangular(0.02, 0.04, 0.08)
                param imitation = uniform(0.05, 0.15)

                cluster orissa {
                  replicas = %d
                  firms = triangular(20, 40, 90)
                  state trust = uniform(0.05, 0.20) in 0..1
                  state members = 0 in 0..firms
                  state income = normal(100, 10) in 0..10_000
                }

                actor cda : development_agent

                intervention groups : trust_governance {
                  lead = cda; start = month 1; duration = %d months; cost = 600_000 EUR
                  each month {
                    trust += trust_rate * (1 - trust)
                    members += 0.01 * (firms - members) + imitation * trust * members * (1 - members / firms)
                    income += 0.5 * members / firms
                  }
                }

                intervention scale_up : dissemination {
                  lead = cda; after = half_trusting; duration = 24 months; cost = 200_000 EUR
                  each month { members += 0.02 * (firms - members) }
                }

                milestone half_trusting "Half the villages trust each other" {
                  due = month 18; when = count(orissa.trust >= 0.5) >= %d
                }

                indicator reach : outcome {
                  for = groups; unit = firms; baseline = 0; target = %d by month %d
                  source = "Group registers"; every = quarter; value = sum(orissa.members)
                }

                indicator earnings : impact {
                  for = groups; unit = EUR; baseline = 100 EUR; target = 120 EUR by month %d
                  source = "Household survey"; every = quarter; value = mean(orissa.income) * 1 EUR
                }
                """.formatted(months, replicas, months, replicas / 2, replicas * 30, months, months);
    }

    public static Programme programme(int replicas, int months) {
        Compilation c = Compiler.compile(SourceFile.ofString("orissa.marshall", source(replicas, months)));
        if (c.hasErrors()) {
            throw new IllegalStateException("the Orissa workload has errors: "
                    + c.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.span() + " " + d.message()).toList());
        }
        return c.programme();
    }
}
