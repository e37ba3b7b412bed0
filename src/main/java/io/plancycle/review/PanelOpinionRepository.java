package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PanelOpinionRepository extends JpaRepository<PanelOpinion, Long> {
    List<PanelOpinion> findByPlanIdOrderByRoundAscIdAsc(Long planId);

    List<PanelOpinion> findByPlanIdAndRoundAndMember(Long planId, int round, String member);
}
