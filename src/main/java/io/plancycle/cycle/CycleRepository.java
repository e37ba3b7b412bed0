package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CycleRepository extends JpaRepository<Cycle, Long> {
    Optional<Cycle> findByYear(int year);

    boolean existsByYear(int year);

    Optional<Cycle> findTopByYearLessThanOrderByYearDesc(int year);

    List<Cycle> findByYearLessThanAndApprovedAtIsNotNullOrderByYearDesc(int year);

    List<Cycle> findByProcessInstanceIdIn(List<String> processInstanceIds);

    List<Cycle> findAllByOrderByYearDesc();

    Optional<Cycle> findTopByOrderByYearDesc();

    /** Every cycle the agency took part in with its plan there, {plan, cycle}, newest first. */
    @Query("select p, c from Plan p, Cycle c where c.id = p.cycleId and p.agency.code = :agencyCode order by c.year desc")
    List<Object[]> plansOfAgency(String agencyCode);
}
