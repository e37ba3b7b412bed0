package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface PanelAssignmentRepository extends JpaRepository<PanelAssignment, Long> {
    List<PanelAssignment> findByPlanIdInOrderByMember(Collection<Long> planIds);

    List<PanelAssignment> findByPlanIdOrderByMember(Long planId);

    boolean existsByPlanIdAndMember(Long planId, String member);

    /** The plans the member is assigned to, each with its cycle's year: {Plan, Integer}, the latest year first. */
    @Query("""
            select p, c.year from PanelAssignment a, Plan p, Cycle c
            where a.planId = p.id and c.id = p.cycleId and a.member = :member
            order by c.year desc, p.agency.sortOrder""")
    List<Object[]> plansOf(String member);
}
