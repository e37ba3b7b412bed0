package io.plancycle.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PlanSnapshotRepository extends JpaRepository<PlanSnapshot, Long> {
    Optional<PlanSnapshot> findByPlanIdAndRound(Long planId, int round);
}
