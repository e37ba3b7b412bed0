package io.plancycle.revision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface RevisionRepository extends JpaRepository<Revision, Long> {
    List<Revision> findByPlanIdOrderById(Long planId);

    List<Revision> findByPlanIdInOrderById(Collection<Long> planIds);

    List<Revision> findByPlanIdAndRound(Long planId, int round);
}
