package io.plancycle.cycle;

import io.plancycle.step.Stage;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {
    List<DeadlineChange> findByCycleIdOrderById(Long cycleId);

    /** The latest move of the step's due date in the cycle. */
    Optional<DeadlineChange> findFirstByCycleIdAndStageOrderByIdDesc(Long cycleId, Stage stage);
}
