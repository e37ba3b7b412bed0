package io.plancycle.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByPlanIdOrderBySignedAtAscIdAsc(Long planId);
}
