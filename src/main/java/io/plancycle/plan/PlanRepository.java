package io.plancycle.plan;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p, Cycle c where c.id = p.cycleId and c.year = :year and p.agency.code = :agencyCode")
    Optional<Plan> findInCycle(int year, String agencyCode);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p, Cycle c where c.id = p.cycleId and c.year = :year order by p.agency.sortOrder")
    List<Plan> findAllInCycle(int year);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId = :cycleId order by p.agency.sortOrder")
    List<Plan> findByCycle(Long cycleId);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId is null order by p.agency.sortOrder")
    List<Plan> findBaselines();

    /** The plans of the approved cycles (the approver's 核定), the latest cycle first. */
    @EntityGraph(attributePaths = "agency")
    @Query("""
            select p from Plan p, Cycle c where c.id = p.cycleId and c.approvedAt is not null
            order by c.year desc""")
    List<Plan> findApprovedNewestFirst();

    /**
     * Locks the plan's row until the transaction ends, waiting for another transaction holding it. The row alone, in
     * SQL both H2 and PostgreSQL take: a locked read of the entity through Hibernate locks in a second select on
     * PostgreSQL (follow-on locking) and fails when the version changed while it waited.
     */
    @Query(value = "select id from plan where id = :id for update", nativeQuery = true)
    Long lockRow(Long id);

    @Query("select p.agency.code from Plan p where p.cycleId = :cycleId order by p.agency.sortOrder")
    List<String> agencyCodesInCycle(Long cycleId);

    @EntityGraph(attributePaths = "agency")
    List<Plan> findByProcessInstanceIdIn(List<String> processInstanceIds);

    /**
     * Per cycle: {cycleId, agencies taking part, agencies done, agencies whose current step was due before
     * {@code today}}. One query for every cycle.
     */
    @Query("""
            select p.cycleId, count(p),
                   sum(case when p.stage = io.plancycle.plan.SubmissionStage.DONE then 1 else 0 end),
                   sum(case when p.stage <> io.plancycle.plan.SubmissionStage.DONE and p.stageDueOn < :today then 1 else 0 end)
            from Plan p where p.cycleId is not null group by p.cycleId""")
    List<Object[]> progressByCycle(java.time.LocalDate today);
}
