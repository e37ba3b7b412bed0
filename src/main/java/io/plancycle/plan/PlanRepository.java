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
    @Query("select p from Plan p where p.cycleId = :cycleId order by p.agency.sortOrder")
    List<Plan> findByCycle(Long cycleId);

    @EntityGraph(attributePaths = "agency")
    @Query("select p from Plan p where p.cycleId is null order by p.agency.sortOrder")
    List<Plan> findBaselines();

    @Query("select p.agency.code from Plan p where p.cycleId = :cycleId order by p.agency.sortOrder")
    List<String> agencyCodesInCycle(Long cycleId);

    @EntityGraph(attributePaths = "agency")
    List<Plan> findByProcessInstanceIdIn(List<String> processInstanceIds);
}
