package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ThresholdReasonRepository extends JpaRepository<ThresholdReason, Long> {

    List<ThresholdReason> findByPlanIdOrderByRoundAscIdAsc(Long planId);

    void deleteByPlanIdAndRound(Long planId, int round);
}
