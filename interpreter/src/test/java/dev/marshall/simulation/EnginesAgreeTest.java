package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.header;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Truffle engine computes exactly what the reference tree-walker
 * computes, draw for draw, on programmes full of randomness.
 */
class EnginesAgreeTest {

    @Test
    void sialkot() throws Exception {
        Programmes.simulateBoth(SialkotSimulationTest.sialkot(), new SimulationOptions(200, 11, 2, Map.of()));
    }

    @Test
    void replicatedClustersWithDrawsEveryMonth() throws Exception {
        Programmes.simulateBoth(Programmes.compile(header(24) + """
                param uptake = triangular(0.02, 0.05, 0.12)
                param shock = 15%
                cluster orissa {
                  firms = triangular(20, 40, 90); replicas = 25
                  state trust = uniform(0.05, 0.25) in 0..1
                  state members = 0 in 0..firms
                  state income = normal(100, 10) in 0..1000
                }
                intervention groups : trust_governance { start = month 1; duration = 18 months; cost = 10_000 EUR
                  each month {
                    trust += uptake * (1 - trust) + normal(0, 0.01)
                    if bernoulli(shock) == 1 { trust -= 0.05 } else { members += bass(members, firms, 0.01, 0.2 * trust) }
                    income *= 1 + 0.002 * members / firms
                  } }
                intervention scale : dissemination { after = half; duration = 6 months; cost = 5_000 EUR
                  each month { members += 1 } }
                milestone half "Half the villages trust" { due = month 12; when = count(orissa.trust >= 0.4) >= 13 }
                indicator reach : outcome { unit = firms; baseline = 0; target = 400 by month 24; source = "s"; every = quarter
                  value = sum(orissa.members) }
                indicator poorest : outcome { unit = EUR; baseline = 100 EUR; target = 105 EUR by month 24; source = "s"; every = semester
                  value = min(orissa.income) * 1 EUR }
                fn bass(n, m, p, q) = if m <= 0 then 0 else p * (m - n) + q / m * n * (m - n)
                """), new SimulationOptions(60, 5, 2, Map.of()));
    }

    /** Every construct the bytecode tier writes itself (dev.marshall.truffle.bytecode), agreeing with the nodes and the tree-walker. */
    @Test
    void everyConstructTheCompiledBlocksWrite() throws Exception {
        Programmes.simulateBoth(Programmes.compile(header(18) + """
                param lucky = bernoulli(0.5)
                param rate = uniform(0.01, 0.2)
                cluster v {
                  firms = 30; replicas = 12
                  state a = uniform(0, 10) in 0..100
                  state b = 1 in 0.5..50
                  state on = 0 in 0..1
                }
                intervention all : skills { start = month 1; duration = 18 months; cost = 1_000 EUR
                  each month {
                    if lucky == 1 and not (a > 50) or b <= 2 { a += rate * (100 - a) } else { a -= 1 }
                    if (a >= 20) == (b < 3) { b *= 1.05 } else { b /= 1.02 }
                    if (a != b) != (bernoulli(0.3) == 1) { on = 1 } else { on = 0 }
                    a = if a < 5 then a + 1 else -(-a) - 0.5 * bernoulli(0.5)
                    b += step(a, b) + sum(v.on) / 12 - mean(v.a) / 100 + (max(v.b) - min(v.b)) / 50
                    on = count(v.a > 10) / 12
                  } }
                milestone most "Most villages on" { due = month 12; when = count(v.on >= 0.5) >= 6 and min(v.a) > 1 }
                indicator level : outcome { unit = firms; baseline = 0; target = 40 by month 18; source = "s"; every = quarter
                  value = mean(v.a) }
                fn step(x, y) = if x > y then (x - y) / (x + 1) else (y - x) / (y + 1)
                """), new SimulationOptions(30, 9, 2, Map.of()));
    }

    @Test
    void wholeNumbersOfDrawnAndHalfValues() throws Exception {
        Programmes.simulateBoth(Programmes.compile(header(12) + """
                cluster c {
                  firms = 100
                  state joined = 0 in 0..firms
                  state loans = 0 in 0..1000
                  state spread = 0 in -1000..1000
                }
                intervention credit : finance { start = month 1; duration = 12 months; cost = 1_000 EUR
                  each month {
                    joined += round(uniform(0, 5)) + floor(normal(2, 1.5)) - ceil(uniform(-1, 1))
                    loans += round(month / 2) + round(-month / 4) + ceil(joined / 7) - floor(-joined / 3)
                    spread = round(normal(0, 3)) + round(-2.5) + round(0.49999999999999994)
                  } }
                indicator loans_made : output { unit = loans; baseline = 0; target = 40 by month 12; source = "s"; every = quarter
                  value = round(c.loans) }
                """), new SimulationOptions(40, 3, 2, Map.of()));
    }
}
