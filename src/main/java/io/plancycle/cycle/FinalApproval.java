package io.plancycle.cycle;

import io.plancycle.notification.EventNotices;
import io.plancycle.plan.PlanRepository;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.step.Step;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The final approval completed, with its decision and reason (a return needs the reason) and on a return the agencies
 * it sends back (none named: all): the decision is recorded, the planning office is told, and each agency sent back
 * is told the approver's reason and the due date of its revision.
 */
@Component
class FinalApproval implements StepRule {

    private final CycleRepository cycles;
    private final ApprovalRepository approvals;
    private final ApproverReturns returns;
    private final PlanRepository plans;
    private final Deadlines deadlines;
    private final EventNotices notices;

    FinalApproval(CycleRepository cycles, ApprovalRepository approvals, ApproverReturns returns, PlanRepository plans,
                  Deadlines deadlines, EventNotices notices) {
        this.cycles = cycles;
        this.approvals = approvals;
        this.returns = returns;
        this.plans = plans;
        this.deadlines = deadlines;
        this.notices = notices;
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.APPROVAL);
    }

    @Override
    public void complete(CompletedStep step) {
        Decision decision = step.decision(ProcessModel.VAR_APPROVAL_DECISION, ProcessModel.VAR_APPROVAL_REASON, "reason");
        String reason = step.value(ProcessModel.VAR_APPROVAL_REASON);
        List<String> sentBack = sentBack(step, decision);
        Cycle cycle = cycles.findByYear(step.year()).orElseThrow();
        Approval approval = approvals.save(new Approval(cycle.getId(), decision, reason, sentBack, CurrentUser.get().id()));
        notices.cycleDecided(step.year(), approval.getId(), decision.name(), reason, sentBack.size());
        LocalDate due = deadlines.dayOf(deadlines.approvalRevisionDue());
        sentBack.forEach(code -> notices.returnedByApprover(step.year(), plans.findInCycle(step.year(), code).orElseThrow(),
                approval.getId(), reason, due));
    }

    /** The agencies a return sends back; an approval names none. */
    private List<String> sentBack(CompletedStep step, Decision decision) {
        List<String> named = ApproverReturns.named(step.value(ProcessModel.VAR_RETURNED_AGENCIES));
        Problems problems = new Problems();
        if (decision != Decision.RETURN) {
            if (!named.isEmpty()) {
                problems.add("agencies", MessageCode.APPROVAL_AGENCIES_ONLY_ON_RETURN).throwIfAny();
            }
            return List.of();
        }
        List<String> chosen = returns.chosen(step.year(), named, problems);
        problems.throwIfAny();
        return chosen;
    }
}
