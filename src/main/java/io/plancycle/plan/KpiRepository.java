package io.plancycle.plan;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    /** The KPIs with their goals, to be named by their place outside a transaction (a page's view). */
    @EntityGraph(attributePaths = "goal")
    List<Kpi> findWithGoalByIdIn(Collection<Long> ids);
}
