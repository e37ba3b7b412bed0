package io.plancycle.plan;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each agency's draft of a new cycle starts: its plan as last approved (in the newest approved cycle it took part
 * in), else the medium-term plan as published. A plan still in progress is never the start of another.
 */
@Service
public class DraftStarter {

    private final PlanRepository plans;
    private final EntityManager entityManager;

    DraftStarter(PlanRepository plans, EntityManager entityManager) {
        this.plans = plans;
        this.entityManager = entityManager;
    }

    /**
     * Per agency id, the plan its draft starts from; an agency without one is absent.
     *
     * @param approvedCycles the ids of the approved cycles before the new one, newest first
     */
    @Transactional(readOnly = true)
    public Map<Long, Plan> sources(List<Long> approvedCycles, List<Agency> agencies) {
        Set<Long> taking = agencies.stream().map(Agency::getId).collect(Collectors.toSet());
        Map<Long, Plan> sources = new HashMap<>();
        for (Long cycleId : approvedCycles) {
            if (sources.size() == taking.size()) {
                break;
            }
            plans.findByCycle(cycleId).stream().filter(p -> taking.contains(p.getAgency().getId()))
                    .forEach(p -> sources.putIfAbsent(p.getAgency().getId(), p));
        }
        if (sources.size() < taking.size()) {
            plans.findBaselines().stream().filter(p -> taking.contains(p.getAgency().getId()))
                    .forEach(p -> sources.putIfAbsent(p.getAgency().getId(), p));
        }
        return sources;
    }

    /**
     * Starts each agency's draft for a cycle from its {@link #sources source}: sections, goals, KPIs, measures, page
     * numbers, every year's target and the actuals reported so far. Nobody retypes anything; the comments and the
     * revisions of earlier years stay with their year.
     * <p>
     * The drafts are written at once and the persistence context is emptied: otherwise every query that follows in
     * the transaction (one per agency as its process starts) would first dirty-check every plan, goal, KPI and
     * target just copied, and opening a cycle would grow with the square of the agencies. Callers read again what
     * they still need.
     */
    @Transactional
    public void startDrafts(Long cycleId, List<Long> approvedCycles, List<Agency> agencies) {
        Map<Long, Plan> sources = sources(approvedCycles, agencies);
        for (Agency agency : agencies) {
            Plan source = sources.get(agency.getId());
            plans.save(source == null ? new Plan(agency, cycleId, 0, 0, SubmissionStage.DRAFTING) : copy(source, cycleId));
        }
        entityManager.flush();
        entityManager.clear();
    }

    static Plan copy(Plan source, Long cycleId) {
        Plan plan = new Plan(source.getAgency(), cycleId, source.getFirstYear(), source.getLastYear(), SubmissionStage.DRAFTING);
        plan.setTitle(source.getTitle());
        plan.setSections(source.getMission(), source.getVision(), source.getSituation(), source.getStrategies(),
                source.getPriorities());
        for (Goal sourceGoal : source.liveGoals()) {
            Goal goal = plan.addGoal(sourceGoal.getNo(), sourceGoal.getTitle());
            goal.setOriginId(sourceGoal.getId());
            for (Kpi sourceKpi : sourceGoal.liveKpis()) {
                Kpi kpi = goal.addKpi(sourceKpi.getNo(), sourceKpi.getName(), sourceKpi.getMeasure(), sourceKpi.getDirection());
                kpi.setUnit(sourceKpi.getUnit());
                kpi.setPageRef(sourceKpi.getPageRef());
                kpi.setOriginId(sourceKpi.getId());
                sourceKpi.getTargets().forEach(t -> kpi.setTarget(t.getYear(), t.getRaw()));
                sourceKpi.getActuals().forEach(a -> kpi.actualFor(a.getYear())
                        .record(a.getRaw(), a.getJudgedMet(), a.getExplanation(), a.isFinalReport()));
            }
        }
        return plan;
    }
}
