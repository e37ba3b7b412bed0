package io.plancycle.plan;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Where a draft starts, medium-term plans and approvals together: the agency's plan of the newest approved cycle
 * while it belongs to the year's medium-term plan, else its baseline in that plan; a year after every plan's end runs
 * the latest plan on.
 */
class DraftStarterTest {

    private final PlanRepository plans = mock(PlanRepository.class);
    private final MediumTermPlanRepository mediumTermPlans = mock(MediumTermPlanRepository.class);
    private final DraftStarter starter = new DraftStarter(plans, mediumTermPlans, mock(EntityManager.class));

    private final MediumTermPlan old = mediumTermPlan(1L, 108, 111);
    private final MediumTermPlan current = mediumTermPlan(2L, 112, 115);
    private final Agency fire = agency(1L, "fire", "消防局");
    private final Agency police = agency(2L, "police", "警察局");

    @Test
    void anApprovedPlanOfTheYearsMediumTermPlanElseItsBaseline() {
        when(mediumTermPlans.findFirstByFirstYearLessThanEqualOrderByFirstYearDescIdDesc(113)).thenReturn(Optional.of(current));
        Plan fireIn112 = plan(fire, 12L, current);
        Plan policeIn111 = plan(police, 11L, old);
        Plan policeBaseline = plan(police, null, current);
        when(plans.findInCycleOf(eq(12L), any())).thenReturn(List.of(fireIn112));
        when(plans.findInCycleOf(eq(11L), any())).thenReturn(List.of(plan(fire, 11L, old), policeIn111));
        when(plans.findBaselinesOf(any())).thenReturn(List.of(plan(fire, null, old), plan(police, null, old),
                plan(fire, null, current), policeBaseline));

        Map<Long, Plan> sources = starter.sources(113, List.of(12L, 11L), List.of(fire, police));

        assertThat(sources).as("消防局 from 112 as approved; 警察局's 111 plan is of the old medium-term plan")
                .containsExactlyInAnyOrderEntriesOf(Map.of(fire.getId(), fireIn112, police.getId(), policeBaseline));
    }

    @Test
    void aYearAfterEveryPlansEndRunsTheLatestPlanOn() {
        when(mediumTermPlans.findFirstByFirstYearLessThanEqualOrderByFirstYearDescIdDesc(anyInt())).thenReturn(Optional.of(current));
        Plan approved = plan(fire, 15L, current);
        when(plans.findInCycleOf(eq(15L), any())).thenReturn(List.of(approved));
        when(plans.findBaselinesOf(any())).thenReturn(List.of());

        starter.startDrafts(16L, 117, List.of(15L), List.of(fire, police));

        ArgumentCaptor<Plan> saved = ArgumentCaptor.forClass(Plan.class);
        verify(plans, times(2)).save(saved.capture());
        Plan fireDraft = saved.getAllValues().get(0);
        assertThat(fireDraft.getLastYear()).isEqualTo(117);
        assertThat(fireDraft.getMediumTermPlanId()).isEqualTo(current.getId());
        assertThat(fireDraft.liveKpis().get(0).target(117)).as("115's target carried on (沿用)")
                .map(Target::getRaw).contains("1151");
        Plan policeDraft = saved.getAllValues().get(1);
        assertThat(policeDraft.liveGoals()).as("no plan to start from").isEmpty();
        assertThat(policeDraft.getFirstYear()).isEqualTo(112);
        assertThat(policeDraft.getLastYear()).isEqualTo(117);
        assertThat(policeDraft.getTitle()).isEqualTo(current.getTitle());
    }

    private static MediumTermPlan mediumTermPlan(long id, int firstYear, int lastYear) {
        MediumTermPlan plan = new MediumTermPlan("嘉義市政府中程(" + firstYear + "至" + lastYear + "年度)施政計畫", firstYear,
                lastYear, MediumTermPlan.Source.CURRENT, "admin");
        ReflectionTestUtils.setField(plan, "id", id);
        return plan;
    }

    private static Agency agency(long id, String code, String name) {
        Agency agency = new Agency(code, name, null, (int) id);
        ReflectionTestUtils.setField(agency, "id", id);
        return agency;
    }

    private static Plan plan(Agency agency, Long cycleId, MediumTermPlan of) {
        Plan plan = new Plan(agency, cycleId, of.getFirstYear(), of.getLastYear(),
                cycleId == null ? SubmissionStage.BASELINE : SubmissionStage.DONE);
        plan.belongTo(of.getId());
        Kpi kpi = plan.addGoal(1, agency.getName() + "目標").addKpi(1, agency.getName() + "指標", "件數",
                Direction.HIGHER_IS_BETTER);
        for (int year = of.getFirstYear(); year <= of.getLastYear(); year++) {
            kpi.setTarget(year, String.valueOf(year * 10 + 1));
        }
        return plan;
    }
}
