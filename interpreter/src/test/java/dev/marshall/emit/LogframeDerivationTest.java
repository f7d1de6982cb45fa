package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.LogframeDerivation;
import dev.marshall.emit.logframe.ReportingCalendar;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one derivation: what goes where in the logframe of sialkot.marshall. */
class LogframeDerivationTest {
    private final Logframe simulated = LogframeDerivation.derive(SialkotFixture.programme(), Optional.of(SialkotFixture.simulation()));
    private final Logframe planned = LogframeDerivation.derive(SialkotFixture.withoutDynamics(), Optional.empty());

    @Test
    void goalCarriesTheProgrammesGoalAndEveryImpactIndicator() {
        assertEquals("Higher and more inclusive incomes in the Sialkot surgical instruments cluster", simulated.goal().statement());
        assertEquals(List.of("worker_income"), names(simulated.goal().indicators()));
    }

    @Test
    void oneOutcomePerPillarInUseInTheOrderStdUnidoListsThem() {
        assertEquals(List.of("trust_governance", "networks_linkages", "finance", "pro_poor_capabilities"),
                simulated.outcomes().stream().map(Logframe.Outcome::pillar).toList());
        assertEquals(List.of("1", "2", "3", "4"), simulated.outcomes().stream().map(Logframe.Outcome::ref).toList());
        assertEquals("Trust building and governance", simulated.outcomes().get(0).title());
    }

    @Test
    void outcomeIndicatorsGoToThePillarTheyNameOrThePillarOfTheirIntervention() {
        // export_value is `for = trust_governance` (a pillar); women_voice is `for = women_weavers` (an intervention).
        assertEquals(List.of("export_value"), names(simulated.outcomes().get(0).indicators()));
        assertEquals(List.of(), names(simulated.outcomes().get(1).indicators()));
        assertEquals(List.of("women_voice"), names(simulated.outcomes().get(3).indicators()));
    }

    @Test
    void oneOutputPerInterventionWithItsOutputIndicators() {
        List<Logframe.Output> outputs = simulated.outputs();
        assertEquals(List.of("diagnostic", "working_group", "joint_purchase", "guarantee_fund", "women_weavers"),
                outputs.stream().map(Logframe.Output::intervention).toList());
        assertEquals(List.of("1.1", "1.2", "2.1", "3.1", "4.1"), outputs.stream().map(Logframe.Output::ref).toList());
        assertEquals(List.of("network_firms"), names(outputs.get(2).indicators()));
        assertEquals(List.of("guaranteed_loans"), names(outputs.get(3).indicators()));
        assertEquals(List.of("export_value"), outputs.get(0).measuredAlsoBy(), "a pillar indicator measures each of its interventions");
        assertTrue(simulated.otherIndicators().isEmpty());
        assertEquals(5, simulated.indicators().size(), "every indicator once");
    }

    @Test
    void activitiesCarryLeadPartnersTargetsCostAndCostShare() {
        Logframe.Activity fund = simulated.outputs().get(3).activity();
        assertEquals("mgc", fund.lead().name());
        assertEquals("Guarantee cooperative", fund.lead().kindLabel());
        assertEquals(List.of("bank"), fund.partners().stream().map(Logframe.ActorRef::name).toList());
        assertEquals(List.of("wf"), fund.targets().stream().map(Logframe.ActorRef::name).toList());
        assertEquals(150_000, fund.cost());
        assertEquals("high", fund.risk());
        assertEquals(List.of("milestone group_formed (Cluster working group constituted)"), fund.waitsFor());
        Logframe.Activity group = simulated.outputs().get(1).activity();
        assertEquals(0.20, group.costShare());
        assertEquals(12_000, group.beneficiaryContribution(), 1e-9);
        assertEquals(12_000, simulated.overview().beneficiaryContribution(), 1e-9);
    }

    @Test
    void plannedTimingFollowsAfterDependencies() {
        // working_group waits for diagnostic (months 1-4): planned 5-16. guarantee_fund waits for group_formed (due 9): 10-27.
        Logframe.Timing group = simulated.outputs().get(1).activity().planned();
        assertEquals(5, group.startMonth());
        assertEquals(16, group.endMonth());
        assertEquals(YearMonth.of(2027, 5), group.start());
        Logframe.Timing fund = simulated.outputs().get(3).activity().planned();
        assertEquals(10, fund.startMonth());
        assertEquals(27, fund.endMonth());
        assertEquals(YearMonth.of(2029, 3), fund.end());
    }

    @Test
    void simulatedTimingAndForecastsComeFromTheSimulation() {
        Logframe.SimulatedTiming fund = simulated.outputs().get(3).activity().simulated();
        assertEquals(11.0, fund.startP50());
        assertEquals(0.92, fund.probabilityStarted());
        Logframe.MilestoneEntry quickWin = simulated.milestones().get(0);
        assertEquals(0.62, quickWin.forecast().probabilityOnTime());
        assertEquals("members >= 5", quickWin.condition());
        assertEquals(List.of("guarantee_fund"), simulated.milestones().get(1).unlocks());
        Logframe.IndicatorEntry income = simulated.goal().indicators().get(0);
        assertEquals(0.31, income.probabilityTargetMet());
        assertTrue(income.simulatedAtTarget().isPresent());
    }

    @Test
    void indicatorsHaveEveryReferenceSheetField() {
        Logframe.IndicatorEntry voice = simulated.indicator("women_voice").orElseThrow();
        assertEquals("outcome", voice.level());
        assertEquals("Voice", voice.capability());
        assertEquals(0.03, voice.baseline());
        assertEquals(YearMonth.of(2027, 1), voice.baselineMonth());
        assertEquals(30, voice.target().month());
        assertEquals(YearMonth.of(2029, 6), voice.target().date());
        assertEquals("Half-yearly", voice.frequency());
        assertEquals(List.of("Sex"), voice.disaggregation());
        assertEquals("Federation survey of members", voice.source());
        assertEquals("baseline + 0.4 * members / firms", voice.calculation());
        assertEquals(List.of("baseline", "members", "firms"), voice.glossary().stream().map(Logframe.Fact::label).toList());
        assertEquals(6, voice.periods().size(), "six half-years in 36 months");
        assertTrue(voice.periods().get(4).holdsTarget(), "month 30 ends the fifth half-year");
        assertTrue(voice.ascending());
        Logframe.IndicatorEntry firms = simulated.indicator("network_firms").orElseThrow();
        assertEquals("simap", firms.responsible().name());
        assertEquals(12, firms.periods().size());
    }

    @Test
    void docCommentsBecomeNarrative() {
        assertTrue(simulated.overview().narrative().startsWith("Sialkot surgical instruments cluster: a pro-poor upgrading programme."));
        assertFalse(simulated.overview().narrative().contains("\n"), "lines of one paragraph are joined");
        assertEquals("trust_gain", simulated.overview().parameters().get(0).label());
        assertTrue(simulated.overview().parameters().get(0).value().contains("sampled once per simulated run"));
    }

    @Test
    void aProgrammeWithNothingToSimulateStillHasAFullFramework() {
        assertEquals(simulated.outcomes().size(), planned.outcomes().size());
        assertEquals(simulated.outputs().size(), planned.outputs().size());
        assertEquals(simulated.indicators().size(), planned.indicators().size());
        assertTrue(planned.simulation().isEmpty());
        for (Logframe.Output o : planned.outputs()) {
            assertNull(o.activity().simulated());
            assertNotNull(o.activity().planned().startMonth());
        }
        for (Logframe.IndicatorEntry i : planned.indicators()) {
            assertNull(i.probabilityTargetMet());
            assertFalse(i.periods().isEmpty());
        }
        assertEquals(365_000, planned.overview().plannedSpend().get(35), 1e-6, "the whole planned cost is spent by the horizon");
    }

    @Test
    void theCalendarListsWhatFallsDueInEachQuarter() {
        ReportingCalendar calendar = ReportingCalendar.of(simulated);
        assertEquals(3, calendar.periodMonths(), "the most frequent indicator reports quarterly");
        assertEquals(12, calendar.periods().size());
        ReportingCalendar.CalendarPeriod second = calendar.periods().get(1);
        assertEquals(List.of("quick_win"), second.milestones().stream().map(Logframe.MilestoneEntry::name).toList());
        ReportingCalendar.CalendarPeriod fourth = calendar.periods().get(3);
        assertTrue(fourth.indicators().stream().anyMatch(d -> d.indicator().name().equals("worker_income")), "yearly report due in Q4");
    }

    private static List<String> names(List<Logframe.IndicatorEntry> indicators) {
        return indicators.stream().map(Logframe.IndicatorEntry::name).toList();
    }
}
