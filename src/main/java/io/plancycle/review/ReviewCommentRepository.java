package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {
    List<ReviewComment> findByPlanIdOrderByRoundAscIdAsc(Long planId);
}
