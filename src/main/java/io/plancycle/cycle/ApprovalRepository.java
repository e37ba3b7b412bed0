package io.plancycle.cycle;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.List;
import java.util.Optional;

interface ApprovalRepository extends JpaRepository<Approval, Long> {
    List<Approval> findByCycleIdOrderByDecidedAt(Long cycleId);

    /** The cycle's last decision; without a flush first, as {@link CycleRepository#findByYear} (approvals are inserted at once). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Approval> findFirstByCycleIdOrderByIdDesc(Long cycleId);
}
