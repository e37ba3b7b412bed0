package io.plancycle.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DraftReasonRepository extends JpaRepository<DraftReason, Long> {
    List<DraftReason> findByPlanId(Long planId);
}
