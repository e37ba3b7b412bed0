package io.plancycle.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReviewRepository extends JpaRepository<Review, Long> {
    List<Review> findByPlanIdOrderByRound(Long planId);
}
