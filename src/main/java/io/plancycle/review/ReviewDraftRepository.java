package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ReviewDraftRepository extends JpaRepository<ReviewDraft, Long> {
    Optional<ReviewDraft> findByPlanIdAndRoundAndReviewer(Long planId, int round, String reviewer);

    @Modifying
    @Query("delete from ReviewDraft d where d.planId = :planId and d.round = :round")
    void deleteRound(Long planId, int round);
}
