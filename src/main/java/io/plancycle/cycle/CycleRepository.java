package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CycleRepository extends JpaRepository<Cycle, Long> {
    Optional<Cycle> findByYear(int year);

    boolean existsByYear(int year);

    Optional<Cycle> findTopByYearLessThanOrderByYearDesc(int year);

    List<Cycle> findByProcessInstanceIdIn(List<String> processInstanceIds);

    List<Cycle> findAllByOrderByYearDesc();
}
