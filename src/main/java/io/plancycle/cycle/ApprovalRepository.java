package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ApprovalRepository extends JpaRepository<Approval, Long> {
    List<Approval> findByCycleIdOrderByDecidedAt(Long cycleId);
}
