package io.plancycle.cycle;

import io.plancycle.notification.EventNotices;
import io.plancycle.security.CurrentUser;
import io.plancycle.step.Step;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The final approval completed, with its decision and reason (a return needs the reason): the decision is recorded and
 * the planning office is told.
 */
@Component
class FinalApproval implements StepRule {

    private final CycleRepository cycles;
    private final ApprovalRepository approvals;
    private final EventNotices notices;

    FinalApproval(CycleRepository cycles, ApprovalRepository approvals, EventNotices notices) {
        this.cycles = cycles;
        this.approvals = approvals;
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
        Cycle cycle = cycles.findByYear(step.year()).orElseThrow();
        Approval approval = approvals.save(new Approval(cycle.getId(), decision, reason, CurrentUser.get().id()));
        notices.cycleDecided(step.year(), approval.getId(), decision.name(), reason);
    }
}
