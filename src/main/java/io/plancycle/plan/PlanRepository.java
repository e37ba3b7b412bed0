package io.plancycle.plan;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    /**
     * The agency's plan in the year's cycle. By year and agency, which never change, so without a flush first (a plan
     * saved in the transaction is already inserted): called as each agency's process starts, it would otherwise flush,
     * and dirty-check, every plan opening the cycle has loaded so far.
     */
    @EntityGraph(attributePaths = "agency")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select p from Plan p, Cycle c where c.id = p.cycleId and c.year = :year and p.agency.code = :agencyCode")
    Optional<Plan> findInCycle(int year, String agencyCode);

    /** The plan, its row locked until the transaction ends: a request completing a step of it meanwhile waits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p join fetch p.agency a, Cycle c where c.id = p.cycleId and c.year = :year and a.code = :agencyCode")
    Optional<Plan> findInCycleLocked(int year, String agencyCode);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p, Cycle c where c.id = p.cycleId and c.year = :year order by p.agency.sortOrder")
    List<Plan> findAllInCycle(int year);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId = :cycleId order by p.agency.sortOrder")
    List<Plan> findByCycle(Long cycleId);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId is null order by p.agency.sortOrder")
    List<Plan> findBaselines();

    /** The agencies' plans in a cycle: where a batch of drafts may start. */
    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId = :cycleId and p.agency.id in :agencyIds")
    List<Plan> findInCycleOf(Long cycleId, Collection<Long> agencyIds);

    /** The agencies' baselines: where a batch of drafts starts when no approved plan is theirs. */
    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId is null and p.agency.id in :agencyIds")
    List<Plan> findBaselinesOf(Collection<Long> agencyIds);

    /** The plans of the approved cycles (the approver's 核定), the latest cycle first. */
    @EntityGraph(attributePaths = "agency")
    @Query("""
            select p from Plan p, Cycle c where c.id = p.cycleId and c.approvedAt is not null
            order by c.year desc""")
    List<Plan> findApprovedNewestFirst();

    /** How many of the cycle's plans are not done: their agencies' submissions are still under way. */
    @Query("select count(p) from Plan p where p.cycleId = :cycleId and p.stage <> io.plancycle.plan.SubmissionStage.DONE")
    long countNotDone(Long cycleId);

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
