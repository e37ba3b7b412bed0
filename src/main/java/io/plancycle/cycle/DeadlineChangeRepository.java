package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DeadlineChangeRepository extends JpaRepository<DeadlineChange, Long> {
    List<DeadlineChange> findByCycleIdOrderById(Long cycleId);
}
