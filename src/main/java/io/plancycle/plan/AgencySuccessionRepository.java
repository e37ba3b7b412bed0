package io.plancycle.plan;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AgencySuccessionRepository extends JpaRepository<AgencySuccession, Long> {

    @EntityGraph(attributePaths = {"predecessor", "successor"})
    List<AgencySuccession> findByMediumTermPlanIdOrderById(Long mediumTermPlanId);
}
