package io.plancycle.cycle;

import io.plancycle.plan.Plan;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The cycles one agency took part in, newest first, with where its plan stands in each: the agency's own record. */
@Service
public class AgencyCycles {

    private final CycleRepository cycles;
    private final Deadlines deadlines;

    AgencyCycles(CycleRepository cycles, Deadlines deadlines) {
        this.cycles = cycles;
        this.deadlines = deadlines;
    }

    /** One cycle as the agency took part in it: the cycle's stage, its plan's step, round and that step's due date. */
    public record Taken(int year, CycleStage cycleStage, SubmissionStage stage, int reviewRound, LocalDate dueOn,
                        boolean overdue) {
    }

    @Transactional(readOnly = true)
    public List<Taken> of(String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        LocalDate today = deadlines.today();
        return cycles.plansOfAgency(agencyCode).stream().map(row -> {
            Plan plan = (Plan) row[0];
            Cycle cycle = (Cycle) row[1];
            boolean done = plan.getStage() == SubmissionStage.DONE;
            LocalDate due = done ? null : plan.getStageDueOn();
            return new Taken(cycle.getYear(), cycle.getStage(), plan.getStage(), plan.getReviewRound(), due,
                    due != null && due.isBefore(today));
        }).toList();
    }
}
