package io.plancycle.plan;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each agency's draft of a year's cycle starts. The medium-term plan of the year (the latest that starts in or
 * before it) decides: the agency carries on from its plan as last approved (in the newest approved cycle it took part
 * in) while that plan belongs to the year's medium-term plan; otherwise, and in the first cycle of a new medium-term
 * plan, it starts from its baseline in that plan. A plan still in progress is never the start of another; an agency
 * with neither starts empty, on the plan's years. A year after the plan's last runs the plan on to it.
 */
@Service
public class DraftStarter {

    private final PlanRepository plans;
    private final MediumTermPlanRepository mediumTermPlans;
    private final EntityManager entityManager;

    DraftStarter(PlanRepository plans, MediumTermPlanRepository mediumTermPlans, EntityManager entityManager) {
        this.plans = plans;
        this.mediumTermPlans = mediumTermPlans;
        this.entityManager = entityManager;
    }

    /**
     * The medium-term plan a year's cycle works on: the latest that starts in or before it (for a year after every
     * plan's end, the latest plan, which the drafts run on), else the first; none before the first plan is loaded.
     */
    @Transactional(readOnly = true)
    public Optional<MediumTermPlan> planOf(int year) {
        return mediumTermPlans.findFirstByFirstYearLessThanEqualOrderByFirstYearDescIdDesc(year)
                .or(mediumTermPlans::findFirstByOrderByFirstYearAscIdAsc);
    }

    /**
     * Per agency id, the plan its draft for the year starts from; an agency without one is absent (it starts empty).
     *
     * @param approvedCycles the ids of the approved cycles before the new one, newest first
     */
    @Transactional(readOnly = true)
    public Map<Long, Plan> sources(int year, List<Long> approvedCycles, List<Agency> agencies) {
        Long mediumTermPlanId = planOf(year).map(MediumTermPlan::getId).orElse(null);
        Set<Long> taking = agencies.stream().map(Agency::getId).collect(Collectors.toSet());
        Map<Long, Plan> sources = new HashMap<>();
        for (Long cycleId : approvedCycles) {
            if (sources.size() == taking.size()) {
                break;
            }
            addOf(plans.findInCycleOf(cycleId, taking), mediumTermPlanId, taking, sources);
        }
        if (sources.size() < taking.size()) {
            addOf(plans.findBaselinesOf(taking), mediumTermPlanId, taking, sources);
        }
        return sources;
    }

    /** Each plan of the medium-term plan, for an agency taking part that has no source yet. */
    private static void addOf(List<Plan> candidates, Long mediumTermPlanId, Set<Long> taking, Map<Long, Plan> sources) {
        candidates.stream()
                .filter(p -> Objects.equals(p.getMediumTermPlanId(), mediumTermPlanId))
                .filter(p -> taking.contains(p.getAgency().getId()))
                .forEach(p -> sources.putIfAbsent(p.getAgency().getId(), p));
    }

    /**
     * Starts each agency's draft for a year's cycle from its {@link #sources source}: sections, goals, KPIs, measures,
     * page numbers, every year's target and the actuals reported so far. Nobody retypes anything; the comments and the
     * revisions of earlier years stay with their year. A year after the plan's last runs the plan on to it
     * ({@link Plan#runOnTo}).
     * <p>
     * The drafts are written at once and the persistence context is emptied: otherwise every query that follows in
     * the transaction (one per agency as its process starts) would first dirty-check every plan, goal, KPI and
     * target just copied, and opening a cycle would grow with the square of the agencies. Callers read again what
     * they still need.
     */
    @Transactional
    public void startDrafts(Long cycleId, int year, List<Long> approvedCycles, List<Agency> agencies) {
        Map<Long, Plan> sources = sources(year, approvedCycles, agencies);
        for (Agency agency : agencies) {
            Plan source = sources.get(agency.getId());
            Plan draft = source == null ? empty(agency, cycleId, year) : copy(source, cycleId);
            draft.runOnTo(year);
            plans.save(draft);
        }
        entityManager.flush();
        entityManager.clear();
    }

    /** The draft of an agency that has no plan to start from: nothing but the years of the year's medium-term plan. */
    private Plan empty(Agency agency, Long cycleId, int year) {
        Optional<MediumTermPlan> plan = planOf(year);
        Plan draft = new Plan(agency, cycleId, plan.map(MediumTermPlan::getFirstYear).orElse(year),
                plan.map(MediumTermPlan::getLastYear).orElse(year), SubmissionStage.DRAFTING);
        plan.ifPresent(p -> {
            draft.setTitle(p.getTitle());
            draft.belongTo(p.getId());
        });
        return draft;
    }

    static Plan copy(Plan source, Long cycleId) {
        Plan plan = new Plan(source.getAgency(), cycleId, source.getFirstYear(), source.getLastYear(), SubmissionStage.DRAFTING);
        plan.belongTo(source.getMediumTermPlanId());
        plan.setTitle(source.getTitle());
        plan.setSections(source.getMission(), source.getVision(), source.getSituation(), source.getStrategies(),
                source.getPriorities());
        for (Goal sourceGoal : source.liveGoals()) {
            Goal goal = plan.addGoal(sourceGoal.getNo(), sourceGoal.getTitle());
            goal.setOriginId(sourceGoal.getId());
            for (Kpi sourceKpi : sourceGoal.liveKpis()) {
                Kpi kpi = goal.addCopyOf(sourceKpi, sourceKpi.getNo(), year -> true);
                kpi.setOriginId(sourceKpi.getId());
                sourceKpi.getActuals().forEach(a -> kpi.actualFor(a.getYear())
                        .record(a.getRaw(), a.getJudgedMet(), a.getExplanation(), a.isFinalReport()));
            }
        }
        return plan;
    }
}
