package io.plancycle.review;

import io.plancycle.cycle.Decision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** The evaluation team's decision on one round of an agency's submission, with its overall comment (綜合意見). */
@Entity
@Audited
public class Review {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String overall;
    private String reviewer;
    private Instant decidedAt;

    protected Review() {
    }

    Review(Long planId, int round, Decision decision, String overall, String reviewer) {
        this.planId = planId;
        this.round = round;
        this.decision = decision;
        this.overall = overall;
        this.reviewer = reviewer;
        this.decidedAt = Instant.now();
    }

    public Long getPlanId() { return planId; }
    public int getRound() { return round; }
    public Decision getDecision() { return decision; }
    public String getOverall() { return overall; }
    public String getReviewer() { return reviewer; }
    public Instant getDecidedAt() { return decidedAt; }
}
