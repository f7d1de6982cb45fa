package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.header;
import static dev.marshall.simulation.Programmes.milestone;
import static dev.marshall.simulation.Programmes.once;
import static dev.marshall.simulation.Programmes.trajectory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Networks formed and strengthened by interventions (run.NetworkGrowth): exact,
 * hand-computed trajectories of their firms and strength on both engines, and
 * the two engines agreeing on networks whose growth is uncertain.
 */
class NetworkGrowthTest {
    private static final double EXACT = 1e-12;
    private static final double DECAY = Math.pow(0.5, 1.0 / 12);

    @Test
    void formedNetworksGrowTowardsTheirSizeWhileTheWorkRuns() throws Exception {
        SimulationResult r = once(header(8) + """
                cluster c { firms = 40; state x = 0 in 0..1 }
                cluster d { firms = 20 + 0 * uniform(0, 1); state y = 0 in 0..1 }
                actor assoc : business_association
                actor buyer : buyer
                network joint : horizontal { members = [assoc]; firms = 20; uptake = 50% }
                network share : horizontal { members = [assoc]; firms = 25% of c }
                network old   : horizontal { members = [assoc]; firms = 12 }
                network capped : vertical { from = assoc; to = buyer; firms = 50 of d }
                intervention marketing : networks_linkages { start = month 3; duration = 3 months; forms = [joint, share] }
                intervention coaching : networks_linkages { start = month 5; duration = 2 months; strengthens = old }
                milestone together "The joint network works" { due = month 4; when = joint.active }
                indicator joint_firms : output { unit = firms; baseline = 0; target = 15 by month 8; source = "s"; every = month; value = joint.firms }
                indicator joint_strength : output { unit = index; baseline = 0; target = 1 by month 8; source = "s"; every = month; value = joint.strength }
                indicator share_firms : output { unit = firms; baseline = 0; target = 3 by month 8; source = "s"; every = month; value = share.firms }
                indicator old_strength : output { unit = index; baseline = 0; target = 1 by month 8; source = "s"; every = month; value = old.strength }
                indicator old_firms : output { unit = firms; baseline = 0; target = 12 by month 8; source = "s"; every = month; value = old.firms }
                indicator capped_firms : output { unit = firms; baseline = 0; target = 20 by month 8; source = "s"; every = month; value = capped.firms }
                """);
        // formed by marketing in months 3..5: half of the firms still to join join each month
        assertArrayEquals(new double[] {0, 0, 10, 15, 17.5, 17.5, 17.5, 17.5}, trajectory(r, "joint_firms"), EXACT);
        assertArrayEquals(new double[] {0, 0, 0.5, 0.75, 0.875, 0.875 * DECAY, 0.875 * DECAY * DECAY, 0.875 * DECAY * DECAY * DECAY},
                trajectory(r, "joint_strength"), EXACT);
        // a quarter of c's 40 firms, at the default uptake of 10%
        assertArrayEquals(new double[] {0, 0, 1, 1.9, 2.71, 2.71, 2.71, 2.71}, trajectory(r, "share_firms"), EXACT);
        // an existing network keeps its size; its strength rises while coached (months 5, 6) and fades after
        assertArrayEquals(new double[] {12, 12, 12, 12, 12, 12, 12, 12}, trajectory(r, "old_firms"), EXACT);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5, 0.55, 0.595, 0.595 * DECAY, 0.595 * DECAY * DECAY},
                trajectory(r, "old_strength"), EXACT);
        // 50 of a cluster that has 20 firms in this run: all 20
        assertArrayEquals(new double[] {20, 20, 20, 20, 20, 20, 20, 20}, trajectory(r, "capped_firms"), EXACT);
        // active from a strength of one half: month 3
        assertEquals(3.0, milestone(r, "together").p50());
    }

    @Test
    void aNetworkHandedOverKeepsGrowing() throws Exception {
        SimulationResult r = once(header(6) + """
                cluster c { firms = 40; state x = 0 in 0..1 }
                actor cda : development_agent
                actor assoc : business_association
                network joint : horizontal { members = [assoc]; firms = 16; uptake = 50% }
                intervention marketing : networks_linkages { lead = cda; start = month 1; duration = 2 months; forms = joint
                  handover = assoc }
                indicator joint_firms : output { unit = firms; baseline = 0; target = 15 by month 6; source = "s"; every = month; value = joint.firms }
                """);
        assertArrayEquals(new double[] {8, 12, 14, 15, 15.5, 15.75}, trajectory(r, "joint_firms"), EXACT);
    }

    @Test
    void enginesAgreeOnUncertainNetworks() throws Exception {
        SimulationResult r = Programmes.simulateBoth(Programmes.compile(header(24) + """
                param join_rate = triangular(0.05, 0.10, 0.25)
                cluster c { firms = triangular(100, 150, 300); replicas = 3; state trust = uniform(0.1, 0.3) in 0..1 }
                actor assoc : business_association
                actor buyer : buyer
                network exporters : horizontal { members = [assoc]; firms = 15% of c; uptake = join_rate }
                network buyers : vertical { from = assoc; to = buyer; kind = buyer_link; firms = 30 of c }
                intervention groups : trust_governance { in = c; start = month 1; duration = 6 months
                  each month { trust += 0.05 * (1 - trust) + normal(0, 0.01) } }
                milestone trusted "Trust" { due = month 8; when = mean(c.trust) >= 0.35 }
                intervention marketing : networks_linkages { after = trusted; duration = 12 months; forms = exporters; strengthens = buyers }
                indicator exporters_firms : output { unit = firms; baseline = 0; target = 30 by month 24; source = "s"; every = quarter
                  value = exporters.firms }
                indicator linked : output { unit = firms; baseline = 0; target = 30 by month 24; source = "s"; every = quarter
                  value = if buyers.active then buyers.firms else 0 }
                """), new SimulationOptions(80, 7, 2, Map.of()));
        double[] firms = trajectory(r, "exporters_firms");
        assertTrue(firms[firms.length - 1] > 0, "the network grew");
    }
}
