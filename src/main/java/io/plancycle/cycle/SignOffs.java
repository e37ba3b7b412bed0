package io.plancycle.cycle;

import io.plancycle.notification.EventNotices;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.step.Step;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency head's sign-off (主管核章): what the clerk sends (the draft, a revision, the performance report) goes on
 * to the evaluation team or the planning office only once one of the agency's heads signs it; a head may send it back
 * to the clerk with a note. An agency with no head among its users sends its work on at once. The process asks
 * {@code ${signOffs.needed(agencyCode)}}; the clerk's step rules call {@link #sent}; {@link #decide} is the head's door,
 * and {@link #complete} the rule however the sign-off task is completed.
 */
@Service("signOffs")
public class SignOffs implements StepRule {

    private final PlanService planService;
    private final SubmissionTasks tasks;
    private final SignOffRepository signOffs;
    private final Identities identities;
    private final EventNotices notices;
    private final Deadlines deadlines;
    private final ReviewAudience audience;

    SignOffs(PlanService planService, SubmissionTasks tasks, SignOffRepository signOffs, Identities identities,
             EventNotices notices, Deadlines deadlines, ReviewAudience audience) {
        this.planService = planService;
        this.tasks = tasks;
        this.signOffs = signOffs;
        this.identities = identities;
        this.notices = notices;
        this.deadlines = deadlines;
        this.audience = audience;
    }

    /** Whether the agency's work waits for a head's sign-off: it has a head among its users. */
    public boolean needed(String agencyCode) {
        return !identities.headsOf(agencyCode).isEmpty();
    }

    /**
     * The clerk completed {@code sent}: the agency's heads are asked to sign it off, or, with no head, whoever takes it
     * on is told at once.
     */
    public void sent(Step sent, CompletedStep step, Plan plan) {
        if (needed(plan.getAgency().getCode())) {
            notices.signOffRequested(step.year(), plan, sent, signOffs.findByPlanIdOrderBySignedAtAscIdAsc(plan.getId()).size() + 1,
                    deadlines.dayOf(deadlines.signOffDue()));
        } else {
            onward(sent, step, plan);
        }
    }

    /**
     * The work goes on: a plan to the evaluation team, and the panel members assigned to the agency, for its next round
     * of review; a report to the planning office.
     */
    private void onward(Step sent, CompletedStep step, Plan plan) {
        if (sent == Step.REPORT) {
            notices.reportFiled(step.year(), plan);
        } else {
            // The submission opens the next round of review, which the plan enters as the review task begins.
            notices.submitted(step.year(), plan, plan.getReviewRound() + 1, step.reviewDueOn());
            notices.panelAsked(step.year(), plan, plan.getReviewRound() + 1, step.reviewDueOn(), audience.panelOf(plan));
        }
    }

    /** The head signs off what the clerk sent, or sends it back with a note: refused to anyone but the agency's head. */
    @Transactional
    public PlanView decide(int year, String agencyCode, SignOffRequest request) {
        requireHead(agencyCode);
        Plan plan = planService.planForStep(year, agencyCode);
        Problems problems = new Problems();
        Decision decision = Decision.of(request.decision(), problems);
        Decision.requireWhy(decision, "note", request.note(), problems).throwIfAny();
        Map<String, Object> completion = new HashMap<>();
        completion.put(ProcessModel.VAR_SIGN_OFF_DECISION, decision.name());
        completion.put(ProcessModel.VAR_SIGN_OFF_NOTE, request.note());
        tasks.complete(plan, SubmissionStage.SIGN_OFF, completion);
        return planService.view(plan, year);
    }

    /** Every sign-off of the agency's work in the cycle, oldest first: what its head decided and why. */
    @Transactional(readOnly = true)
    public List<SignOff> history(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return signOffs.findByPlanIdOrderBySignedAtAscIdAsc(planService.planInCycle(year, agencyCode).getId());
    }

    @Override
    public Set<Step> steps() {
        return Set.of(Step.SIGN_OFF);
    }

    /**
     * Completed by the agency's head only (a clerk completing it in the Tasklist is refused too), with a decision and,
     * sending it back, a note: the decision is kept, and the clerk, or whoever takes the work on, is told.
     */
    @Override
    public void complete(CompletedStep step) {
        PlanCycleUser head = requireHead(step.agencyCode());
        Decision decision = step.decision(ProcessModel.VAR_SIGN_OFF_DECISION, ProcessModel.VAR_SIGN_OFF_NOTE, "note");
        Step sent = Step.valueOf(step.value(ProcessModel.VAR_SENT_STEP));
        Plan plan = planService.planInCycle(step.year(), step.agencyCode());
        String note = step.value(ProcessModel.VAR_SIGN_OFF_NOTE);
        SignOff signOff = signOffs.save(new SignOff(plan.getId(), sent, decision, note == null || note.isBlank() ? null : note.strip(),
                head.id(), head.onBehalfOf(), deadlines.now()));
        if (decision == Decision.APPROVE) {
            onward(sent, step, plan);
        } else {
            notices.sentBackByHead(step.year(), plan, sent, signOff.getId(), signOff.getNote());
        }
    }

    private static PlanCycleUser requireHead(String agencyCode) {
        PlanCycleUser user = CurrentUser.get();
        if (!user.heads(agencyCode)) {
            throw new AccessDeniedException("only the head of " + agencyCode + " signs off its work");
        }
        return user;
    }
}
