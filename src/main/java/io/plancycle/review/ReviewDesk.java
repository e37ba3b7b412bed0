package io.plancycle.review;

import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleStage;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.Stage;
import io.plancycle.plan.Achievement;
import io.plancycle.plan.Achievements;
import io.plancycle.plan.Actual;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.revision.RevisionSummary;
import io.plancycle.revision.SummaryRow;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the approver reads: the consolidated cycle awaiting final approval, per agency its outcome. Read only; the
 * decision itself is {@link CycleService#decide}. The evaluation team's reads are {@link ReviewQueues},
 * {@link ReviewSheets} and {@link ResponseTables}.
 */
@Service
public class ReviewDesk {

    private final PlanRepository plans;
    private final RevisionSummary revisionSummary;
    private final CycleService cycleService;
    private final Achievements achievements;

    ReviewDesk(PlanRepository plans, RevisionSummary revisionSummary, CycleService cycleService,
               Achievements achievements) {
        this.plans = plans;
        this.revisionSummary = revisionSummary;
        this.cycleService = cycleService;
        this.achievements = achievements;
    }

    // ---- the consolidated cycle for the approver ---------------------------------------------------------------

    /** The cycle as consolidated for final approval: per agency its outcome; for the approver. */
    @Transactional(readOnly = true)
    public Consolidation consolidation(int year) {
        CurrentUser.require(Role.APPROVER);
        CycleView cycle = cycleService.read(year);
        Long cycleId = cycleService.cycle(year).getId();
        int reportYear = year - 1;
        RevisionSummary.Table summary = revisionSummary.table(year, cycleId);
        // The summary names agencies by name, which is unique among the city's agencies.
        Map<String, Long> revised = summary.rows().stream()
                .collect(Collectors.groupingBy(SummaryRow::agency, Collectors.counting()));
        List<Consolidation.AgencyLine> lines = plans.findByCycle(cycleId).stream()
                .map(plan -> line(plan, reportYear, revised.getOrDefault(plan.getAgency().getName(), 0L).intValue()))
                .toList();
        Consolidation.AgencyLine totals = new Consolidation.AgencyLine(null, null, null,
                lines.stream().mapToInt(Consolidation.AgencyLine::rounds).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::kpis).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::met).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::notMet).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::overThreshold).sum(),
                lines.stream().mapToInt(Consolidation.AgencyLine::revisedKpis).sum());
        List<CycleView.ApprovalView> decisions = new ArrayList<>(cycle.approvals());
        Collections.reverse(decisions); // the latest first
        return new Consolidation(year, cycle.stage(), cycle.calendar().get(Stage.APPROVAL),
                cycle.stage() == CycleStage.APPROVAL, reportYear, lines, totals, decisions, summary);
    }

    private Consolidation.AgencyLine line(Plan plan, int reportYear, int revisedKpis) {
        int met = 0;
        int notMet = 0;
        int over = 0;
        List<Kpi> live = plan.liveKpis();
        for (Kpi kpi : live) {
            Optional<Actual> actual = kpi.actual(reportYear);
            if (actual.isEmpty()) {
                continue;
            }
            Achievement achievement = achievements.of(kpi, actual.get());
            if (Boolean.TRUE.equals(achievement.met())) {
                met++;
            } else if (Boolean.FALSE.equals(achievement.met())) {
                notMet++;
            }
            if (achievement.overThreshold()) {
                over++;
            }
        }
        return new Consolidation.AgencyLine(plan.getAgency().getCode(), plan.getAgency().getName(), plan.getStage(),
                plan.getReviewRound(), live.size(), met, notMet, over, revisedKpis);
    }
}
