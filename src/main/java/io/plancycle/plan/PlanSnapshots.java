package io.plancycle.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * What each submission looked like when it entered review, so that the next round can be compared with it.
 * The agency process's stage listener calls {@link #take} as the written-review task is created, however the
 * submission was made: one insert per round of the plan as the API shows it, as JSON. Reading a round back is one
 * select.
 */
@Component
public class PlanSnapshots {

    private final PlanService planService;
    private final PlanSnapshotRepository snapshots;
    private final ObjectMapper json;

    PlanSnapshots(PlanService planService, PlanSnapshotRepository snapshots, ObjectMapper json) {
        this.planService = planService;
        this.snapshots = snapshots;
        this.json = json;
    }

    /**
     * Keeps the agency's submission as it enters its current round of review, within the transaction that submits it.
     * Should the round's task be created again (an administrator moving the process back), the round's snapshot is
     * replaced rather than doubled.
     */
    @Transactional
    public void take(int year, String agencyCode) {
        Plan plan = planService.planInCycle(year, agencyCode);
        String content = write(planService.view(plan, year));
        snapshots.findByPlanIdAndRound(plan.getId(), plan.getReviewRound()).ifPresentOrElse(
                existing -> existing.replace(content),
                () -> snapshots.save(new PlanSnapshot(plan.getId(), plan.getReviewRound(), content)));
    }

    /** The submission as it entered the round; empty for a round before snapshots were kept, or none at all. */
    public Optional<PlanView> of(Long planId, int round) {
        return snapshots.findByPlanIdAndRound(planId, round).map(this::read);
    }

    private String write(PlanView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the snapshot of " + view.agencyCode(), e);
        }
    }

    private PlanView read(PlanSnapshot snapshot) {
        try {
            return json.readValue(snapshot.getContent(), PlanView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read the snapshot of round " + snapshot.getRound(), e);
        }
    }
}
