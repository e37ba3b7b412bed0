package io.plancycle.review;

import io.plancycle.plan.Threshold;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * Why the evaluation team approved a submission whose KPI stayed too easy: last year's achievement rate over the
 * threshold and no target made more challenging ({@link Threshold#NOT_HARDER}), or a target changed between a figure
 * and a text ({@link Threshold#NEEDS_JUDGEMENT}).
 */
@Entity
@Audited
public class ThresholdReason {

    /** The longest reason kept (the column's size). */
    static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    private Long kpiId;
    @Enumerated(EnumType.STRING)
    private Threshold verdict;
    private String reason;
    private String reviewer;
    private Instant createdAt;

    protected ThresholdReason() {
    }

    ThresholdReason(Long planId, int round, Long kpiId, Threshold verdict, String reason, String reviewer) {
        this.planId = planId;
        this.round = round;
        this.kpiId = kpiId;
        this.verdict = verdict;
        this.reason = reason;
        this.reviewer = reviewer;
        this.createdAt = Instant.now();
    }

    public Long getPlanId() { return planId; }
    public int getRound() { return round; }
    public Long getKpiId() { return kpiId; }
    public Threshold getVerdict() { return verdict; }
    public String getReason() { return reason; }
    public String getReviewer() { return reviewer; }
    public Instant getCreatedAt() { return createdAt; }
}
