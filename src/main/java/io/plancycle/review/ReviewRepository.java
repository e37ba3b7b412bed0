package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReviewRepository extends JpaRepository<Review, Long> {
    List<Review> findByPlanIdOrderByRound(Long planId);

    Optional<Review> findByPlanIdAndRound(Long planId, int round);
}
