package io.plancycle.cycle;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.util.List;
import java.util.Optional;

interface CycleRepository extends JpaRepository<Cycle, Long> {
    /**
     * A cycle by its year, which never changes: the query need not first flush what the transaction changed (a cycle
     * saved in it is already inserted). Called as each agency's process starts, it would otherwise flush, and dirty-check,
     * every plan opening the cycle has loaded so far: opening would grow with the square of the agencies.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Cycle> findByYear(int year);

    boolean existsByYear(int year);

    /** The year's cycle, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cycle c where c.year = :year")
    Optional<Cycle> lockByYear(int year);

    Optional<Cycle> findTopByYearLessThanOrderByYearDesc(int year);

    List<Cycle> findByYearLessThanAndApprovedAtIsNotNullOrderByYearDesc(int year);

    List<Cycle> findByProcessInstanceIdIn(List<String> processInstanceIds);

    List<Cycle> findAllByOrderByYearDesc();

    Optional<Cycle> findTopByOrderByYearDesc();

    /** Every cycle the agency took part in with its plan there, {plan, cycle}, newest first. */
    @Query("select p, c from Plan p, Cycle c where c.id = p.cycleId and p.agency.code = :agencyCode order by c.year desc")
    List<Object[]> plansOfAgency(String agencyCode);
}
