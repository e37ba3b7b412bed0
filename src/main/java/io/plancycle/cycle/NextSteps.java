package io.plancycle.cycle;

import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.security.Role;
import io.plancycle.step.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static io.plancycle.cycle.NextStep.Kind;

/**
 * What comes next in the latest cycle for the signed-in user, said where they have nothing to do (an empty inbox,
 * review queue or approval list): two queries at most, the latest cycle and its plans.
 */
@Service
public class NextSteps {

    private static final Set<SubmissionStage> PREPARING = EnumSet.of(SubmissionStage.DRAFTING, SubmissionStage.REVISION,
            SubmissionStage.APPROVAL_REVISION);

    private final CycleRepository cycles;
    private final PlanRepository plans;

    NextSteps(CycleRepository cycles, PlanRepository plans) {
        this.cycles = cycles;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public NextStep forMe() {
        PlanCycleUser me = CurrentUser.get();
        Cycle cycle = cycles.findTopByOrderByYearDesc().orElse(null);
        if (cycle == null) {
            return new NextStep(Kind.NO_CYCLE, 0, null, 0, null);
        }
        LocalDate approvalDue = cycle.dueOn(Stage.APPROVAL);
        switch (cycle.getStage()) {
            case APPROVED:
                return NextStep.of(Kind.APPROVED, cycle, null);
            case CONSOLIDATION:
                return NextStep.of(Kind.CONSOLIDATION, cycle, approvalDue);
            case APPROVAL:
                return NextStep.of(Kind.APPROVAL, cycle, approvalDue);
            default:
                break;
        }
        List<Plan> inCycle = plans.findByCycle(cycle.getId());
        if (me.has(Role.AGENCY)) {
            return inCycle.stream().filter(p -> me.belongsTo(p.getAgency().getCode())).findFirst()
                    .map(plan -> forAgency(cycle, plan, approvalDue))
                    .orElse(NextStep.of(Kind.NOT_TAKING_PART, cycle, null));
        }
        List<Plan> open = inCycle.stream().filter(p -> p.getStage() != SubmissionStage.DONE).toList();
        if (me.has(Role.REVIEWER)) {
            List<Plan> preparing = open.stream().filter(p -> PREPARING.contains(p.getStage())).toList();
            return preparing.isEmpty()
                    ? NextStep.counted(Kind.REVIEWS_DONE, cycle, open.size(), earliestDue(open, cycle.dueOn(Stage.REPORT)))
                    : NextStep.counted(Kind.REVIEWS_AHEAD, cycle, preparing.size(),
                    earliestDue(preparing, cycle.dueOn(Stage.DRAFTING)));
        }
        return NextStep.counted(Kind.SUBMISSIONS, cycle, open.size(), approvalDue);
    }

    private static NextStep forAgency(Cycle cycle, Plan plan, LocalDate approvalDue) {
        return switch (plan.getStage()) {
            case REVIEW -> NextStep.of(Kind.AGENCY_IN_REVIEW, cycle, plan.getStageDueOn());
            case DONE, BASELINE -> NextStep.of(Kind.AGENCY_DONE, cycle, approvalDue);
            default -> new NextStep(Kind.AGENCY_TODO, cycle.getYear(), plan.getStage(), 0, plan.getStageDueOn());
        };
    }

    private static LocalDate earliestDue(List<Plan> plans, LocalDate otherwise) {
        return plans.stream().map(Plan::getStageDueOn).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(otherwise);
    }
}
