package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ApprovalRepository extends JpaRepository<Approval, Long> {
    List<Approval> findByCycleIdOrderByDecidedAt(Long cycleId);

    Optional<Approval> findFirstByCycleIdOrderByIdDesc(Long cycleId);
}
