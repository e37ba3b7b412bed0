package io.plancycle.report;

import io.plancycle.cycle.SubmissionTasks;
import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.plan.TargetKind;
import io.plancycle.security.CurrentUser;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's performance report: the final actual of every KPI for the year before the cycle's, its achievement
 * rate derived, and an explanation wherever the target was missed.
 */
@Service
public class ReportService {

    private final PlanService planService;
    private final Achievements achievements;
    private final SubmissionTasks tasks;
    private final EventNotices notices;

    ReportService(PlanService planService, Achievements achievements, SubmissionTasks tasks, EventNotices notices) {
        this.planService = planService;
        this.achievements = achievements;
        this.tasks = tasks;
        this.notices = notices;
    }

    @Transactional
    public PlanView file(int year, String agencyCode, ReportRequest request) {
        CurrentUser.requireAgency(agencyCode);
        Plan plan = planService.planInCycle(year, agencyCode);
        PlanService.requireStage(plan, SubmissionStage.REPORT);
        int reportYear = year - 1;
        Map<Long, Kpi> kpis = plan.liveKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Problems problems = new Problems();
        for (int i = 0; i < request.actuals().size(); i++) {
            ReportRequest.ActualRequest actual = request.actuals().get(i);
            String field = "actuals[" + i + "]";
            Kpi kpi = kpis.get(actual.kpiId());
            if (kpi == null) {
                problems.add(field + ".kpiId", MessageCode.REPORT_KPI_UNKNOWN, actual.kpiId(), plan.getAgency().getName());
            } else if (actual.year() != reportYear) {
                problems.add(field + ".year", MessageCode.REPORT_WRONG_YEAR, year, reportYear);
            } else {
                achievements.record(kpi, reportYear, actual.value(), actual.met(), actual.explanation(), true, field, problems);
            }
        }
        List<Kpi> unreported = plan.liveKpis().stream()
                .filter(k -> k.target(reportYear).map(t -> t.getKind() != TargetKind.NONE).orElse(false))
                .filter(k -> k.actual(reportYear).map(a -> !a.isFinalReport()).orElse(true))
                .toList();
        if (problems.isEmpty() && !unreported.isEmpty()) {
            unreported.forEach(k -> problems.add("actuals", MessageCode.REPORT_ACTUAL_MISSING, k.getName(), reportYear));
        }
        problems.throwIfAny();
        tasks.complete(plan, SubmissionStage.REPORT, Map.of());
        notices.reportFiled(year, plan);
        return planService.view(plan, year);
    }
}
