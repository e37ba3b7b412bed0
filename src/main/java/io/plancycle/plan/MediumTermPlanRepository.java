package io.plancycle.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface MediumTermPlanRepository extends JpaRepository<MediumTermPlan, Long> {

    /** Every medium-term plan, the latest first. */
    List<MediumTermPlan> findAllByOrderByFirstYearDescIdDesc();

    /** The plan a year's cycle works on: the latest that starts in or before the year. */
    Optional<MediumTermPlan> findFirstByFirstYearLessThanEqualOrderByFirstYearDescIdDesc(int year);

    /** The plan that starts first, for a year before every plan. */
    Optional<MediumTermPlan> findFirstByOrderByFirstYearAscIdAsc();
}
