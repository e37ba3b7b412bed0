package io.plancycle.report;

import io.plancycle.cycle.CompletedStep;
import io.plancycle.cycle.StepRule;
import io.plancycle.cycle.SubmissionTasks;
import io.plancycle.cycle.SignOffs;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Actual;
import io.plancycle.plan.Goal;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.step.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's performance report: the final actual of every KPI for the year before the cycle's, its achievement
 * rate derived, and an explanation wherever the target was missed.
 */
@Service
public class ReportService implements StepRule {

    private final PlanService planService;
    private final Achievements achievements;
    private final SubmissionTasks tasks;
    private final SignOffs signOffs;

    ReportService(PlanService planService, Achievements achievements, SubmissionTasks tasks, SignOffs signOffs) {
        this.planService = planService;
        this.achievements = achievements;
        this.tasks = tasks;
        this.signOffs = signOffs;
    }

    @Transactional
    public PlanView file(int year, String agencyCode, ReportRequest request) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planForStep(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REPORT);
        int reportYear = year - 1;
        Map<Long, Kpi> kpis = plan.reportedKpis(reportYear).stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Problems problems = new Problems();
        for (int i = 0; i < request.actuals().size(); i++) {
            ReportRequest.ActualRequest actual = request.actuals().get(i);
            String field = "actuals[" + i + "]";
            Kpi kpi = kpis.get(actual.kpiId());
            if (kpi == null) {
                problems.add(field + ".kpiId", MessageCode.REPORT_KPI_UNKNOWN, actual.kpiId(), plan.getAgencyName());
            } else if (actual.year() != reportYear) {
                problems.add(field + ".year", MessageCode.REPORT_WRONG_YEAR, year, reportYear);
            } else {
                achievements.record(kpi, reportYear, actual.value(), actual.met(), actual.explanation(), true, field, problems);
            }
        }
        if (problems.isEmpty()) {
            problems = unreported(plan, reportYear);
        }
        problems.throwIfAny();
        tasks.complete(plan, SubmissionStage.REPORT, Map.of());
        return planService.view(plan, year);
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.REPORT);
    }

    /**
     * The report is filed with the actual of every KPI that had a target in the year reported, each complete (a number
     * where the target is one, met or not, why where missed); they become the final report. Through PlanCycle they
     * were just filed; completed in the Tasklist or through /engine-rest, the report is the plan's actuals as they stand.
     */
    @Override
    public void complete(CompletedStep step) {
        Plan plan = planService.planInCycle(step.year(), step.agencyCode());
        int reportYear = step.year() - 1;
        Problems problems = new Problems();
        List<Goal> goals = plan.liveGoals();
        for (int g = 0; g < goals.size(); g++) {
            List<Kpi> live = goals.get(g).liveKpis();
            for (int k = 0; k < live.size(); k++) {
                if (live.get(k).hadTarget(reportYear)) {
                    makeFinal(live.get(k), reportYear, "goals[" + g + "].kpis[" + k + "].actuals." + reportYear, problems);
                }
            }
        }
        for (Kpi withdrawn : plan.withdrawnKpis(reportYear)) {
            makeFinal(withdrawn, reportYear, "actuals", problems);
        }
        problems.throwIfAny();
        signOffs.sent(Step.REPORT, step, plan);
    }

    /** The KPI's actual becomes final once it is there and complete; what it lacks is added to {@code problems}. */
    private void makeFinal(Kpi kpi, int year, String field, Problems problems) {
        Optional<Actual> actual = kpi.actual(year).filter(a -> !a.getRaw().isBlank());
        if (actual.isEmpty()) {
            problems.add("actuals", MessageCode.REPORT_ACTUAL_MISSING, kpi.getName(), year);
        } else if (achievements.check(kpi, year, actual.get().getRaw(), actual.get().getJudgedMet(),
                actual.get().getExplanation(), field, problems)) {
            actual.get().record(actual.get().getRaw(), actual.get().getJudgedMet(), actual.get().getExplanation(), true);
        }
    }

    /** Every KPI with a target in the year reported must be in the report, those withdrawn from the plan since too. */
    private static Problems unreported(Plan plan, int reportYear) {
        Problems problems = new Problems();
        plan.reportedKpis(reportYear).stream()
                .filter(k -> k.actual(reportYear).map(a -> !a.isFinalReport()).orElse(true))
                .forEach(k -> problems.add("actuals", MessageCode.REPORT_ACTUAL_MISSING, k.getName(), reportYear));
        return problems;
    }
}
