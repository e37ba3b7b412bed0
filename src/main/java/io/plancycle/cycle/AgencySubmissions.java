package io.plancycle.cycle;

import io.plancycle.plan.AgencyRepository;
import io.plancycle.plan.DraftStarter;
import io.plancycle.plan.PlanRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The agencies' submissions of a cycle, each a process instance of its own: started in batches by the cycle's
 * process, which then waits until the last of them is done. The cycle process calls
 * {@code ${agencySubmissions.batches(cycleYear)}}, {@code ${agencySubmissions.startBatch(cycleYear, loopCounter)}}
 * and {@code ${agencySubmissions.allDone(cycleYear)}}; each submission's end calls
 * {@code ${agencySubmissions.agencyDone(cycleYear)}}. See docs/adr/0021.
 */
@Component("agencySubmissions")
public class AgencySubmissions {

    /** The message the cycle's process waits for once its submissions are started: the last of them is done. */
    static final String ALL_DONE_MESSAGE = "agencySubmissionsDone";

    private final CycleRepository cycles;
    private final ApproverReturns approverReturns;
    private final OpeningCheck openingCheck;
    private final DraftStarter draftStarter;
    private final AgencyRepository agencies;
    private final PlanRepository plans;
    private final RuntimeService runtimeService;
    private final int batchSize;

    AgencySubmissions(CycleRepository cycles, ApproverReturns approverReturns,
                      OpeningCheck openingCheck, DraftStarter draftStarter, AgencyRepository agencies,
                      PlanRepository plans, RuntimeService runtimeService,
                      @Value("${plancycle.opening-batch-size}") int batchSize) {
        this.cycles = cycles;
        this.approverReturns = approverReturns;
        this.openingCheck = openingCheck;
        this.draftStarter = draftStarter;
        this.agencies = agencies;
        this.plans = plans;
        this.runtimeService = runtimeService;
        this.batchSize = batchSize;
    }

    /** How many batches this pass of the cycle's submissions starts: every agency as it opens, the returned after. */
    public int batches(int year) {
        return (approverReturns.pass(year).agencies().size() + batchSize - 1) / batchSize;
    }

    /**
     * Starts the submissions of one batch of agencies, in the city's order: as the cycle opens, their drafts first
     * ({@link DraftStarter}); after the approver's return, at the revision the approver asked for.
     */
    public void startBatch(int year, int batch) {
        ApproverReturns.Pass pass = approverReturns.pass(year);
        List<String> all = pass.agencies();
        List<String> codes = all.subList(batch * batchSize, Math.min(all.size(), (batch + 1) * batchSize));
        if (!pass.returned()) {
            draftStarter.startDrafts(cycle(year).getId(), year, openingCheck.approvedBefore(year),
                    agencies.findByCodeIn(codes));
        }
        for (String code : codes) {
            runtimeService.createProcessInstanceByKey(ProcessModel.AGENCY_PROCESS)
                    .businessKey(ProcessModel.businessKey(year, code))
                    .setVariable(ProcessModel.VAR_CYCLE_YEAR, year)
                    .setVariable(ProcessModel.VAR_AGENCY_CODE, code)
                    .setVariable(ProcessModel.VAR_RETURNED_BY_APPROVER, pass.returned())
                    .execute();
        }
    }

    /**
     * Whether every agency's submission of the cycle is done. The cycle's row stays locked until the transaction
     * ends, so that of two submissions ending at once the later one sees the other done.
     */
    public boolean allDone(int year) {
        Cycle cycle = cycles.lockByYear(year).orElseThrow();
        return plans.countNotDone(cycle.getId()) == 0;
    }

    /**
     * An agency's submission has ended: when it was the last, the cycle's process goes on. A cycle still starting
     * its batches is not waiting yet and asks {@link #allDone} itself once they are started.
     */
    public void agencyDone(int year) {
        if (allDone(year)) {
            runtimeService.createMessageCorrelation(ALL_DONE_MESSAGE)
                    .processInstanceBusinessKey(String.valueOf(year)).correlateAll();
        }
    }

    private Cycle cycle(int year) {
        return cycles.findByYear(year).orElseThrow();
    }
}
