package io.plancycle.cycle;

import io.plancycle.step.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {
    List<DeadlineChange> findByCycleIdOrderById(Long cycleId);

    /** The moves of the step's due date that reached the agency's task (the calendar's, or its own), latest first. */
    @Query("select c from DeadlineChange c where c.cycleId = :cycleId and c.stage = :stage"
            + " and (c.agencyCode is null or c.agencyCode = :agencyCode) order by c.id desc")
    List<DeadlineChange> movesReaching(Long cycleId, Stage stage, String agencyCode);

    /** The latest move of the step's due date that reached the agency's task (agency null: a step of the cycle itself). */
    default Optional<DeadlineChange> latestMoveReaching(Long cycleId, Stage stage, String agencyCode) {
        return movesReaching(cycleId, stage, agencyCode).stream().findFirst();
    }
}
