package io.plancycle.cycle;

import io.plancycle.plan.Achievements;
import io.plancycle.plan.Outcomes;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.revision.RevisionSummary;
import io.plancycle.revision.SummaryRow;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The cycle as consolidated for the approver's final decision. Read only; the decision is {@link CycleService#decide}. */
@Service
public class Consolidations {

    private final CycleService cycleService;
    private final PlanRepository plans;
    private final RevisionSummary revisionSummary;
    private final Achievements achievements;

    Consolidations(CycleService cycleService, PlanRepository plans, RevisionSummary revisionSummary,
                   Achievements achievements) {
        this.cycleService = cycleService;
        this.plans = plans;
        this.revisionSummary = revisionSummary;
        this.achievements = achievements;
    }

    /** Per agency its outcome, the totals, the summary table and the decisions so far; for the approver. */
    @Transactional(readOnly = true)
    public Consolidation of(int year) {
        CurrentUser.require(Role.APPROVER);
        CycleView cycle = cycleService.read(year);
        Long cycleId = cycleService.cycle(year).getId();
        int reportYear = year - 1;
        RevisionSummary.Table summary = revisionSummary.table(year, cycleId);
        // The summary names agencies by name, which is unique among the city's agencies.
        Map<String, Long> revised = summary.rows().stream()
                .collect(Collectors.groupingBy(SummaryRow::agency, Collectors.counting()));
        List<Consolidation.AgencyLine> lines = plans.findByCycle(cycleId).stream()
                .map(plan -> line(plan, reportYear, revised.getOrDefault(plan.getAgencyName(), 0L).intValue()))
                .toList();
        Consolidation.AgencyLine totals = new Consolidation.AgencyLine(null, null, null,
                lines.stream().mapToInt(Consolidation.AgencyLine::rounds).sum(),
                lines.stream().map(Consolidation.AgencyLine::outcomes).reduce(Outcomes.NONE, Outcomes::plus),
                lines.stream().mapToInt(Consolidation.AgencyLine::revisedKpis).sum());
        List<CycleView.ApprovalView> decisions = new ArrayList<>(cycle.approvals());
        Collections.reverse(decisions); // the latest first
        return new Consolidation(year, cycle.stage(), cycle.calendar().get(Stage.APPROVAL),
                cycle.stage() == CycleStage.APPROVAL, reportYear, lines, totals, decisions, summary);
    }

    private Consolidation.AgencyLine line(Plan plan, int reportYear, int revisedKpis) {
        return new Consolidation.AgencyLine(plan.getAgency().getCode(), plan.getAgencyName(), plan.getStage(),
                plan.getReviewRound(), achievements.outcomes(Stream.concat(plan.liveKpis().stream(),
                plan.withdrawnKpis(reportYear).stream()).toList(), reportYear), revisedKpis);
    }
}
