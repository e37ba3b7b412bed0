package io.plancycle.review;

import io.plancycle.plan.Plan;
import io.plancycle.plan.SubmissionStage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** What the review pages read across cycles, each list in one query. */
interface ReviewQueries extends Repository<Plan, Long> {

    /** Each row: the plan (its agency fetched) and its cycle's year; soonest due first, then in the city's order. */
    @Query("select p, c.year from Plan p join fetch p.agency a, Cycle c where c.id = p.cycleId and p.stage = :stage"
            + " order by p.stageDueOn, c.year, a.sortOrder")
    List<Object[]> plansAt(SubmissionStage stage);

    /** Each row: the review, its agency's code and name, and its cycle's year; the latest decision first. */
    @Query("select r, a.code, a.name, c.year from Review r, Plan p join p.agency a, Cycle c"
            + " where p.id = r.planId and c.id = p.cycleId order by r.decidedAt desc, r.id desc")
    List<Object[]> latestDecisions(Pageable page);

    @Query("select c.year from Cycle c where c.id = :cycleId")
    Optional<Integer> yearOfCycle(Long cycleId);
}
