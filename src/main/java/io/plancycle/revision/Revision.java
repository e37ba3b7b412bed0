package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** One change to an agency's plan after review, with its reason (修正理由): what it was, what it became, who, when. */
@Entity
@Audited
public class Revision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    @Enumerated(EnumType.STRING)
    private RevisionKind kind;
    private Long goalId;
    private Long kpiId;
    @Column(name = "roc_year")
    private Integer year;
    private String beforeValue;
    private String afterValue;
    private String reason;
    private String cause;
    private String countermeasure;
    private String author;
    private Instant createdAt;

    protected Revision() {
    }

    Revision(Long planId, int round, RevisionKind kind, Long goalId, Long kpiId, Integer year, String beforeValue,
             String afterValue, String reason, String author) {
        this(planId, round, kind, goalId, kpiId, year, beforeValue, afterValue, reason, null, null, author);
    }

    /** A change with the cause and countermeasure of a lowered target. */
    Revision(Long planId, int round, RevisionKind kind, Long goalId, Long kpiId, Integer year, String beforeValue,
             String afterValue, String reason, String cause, String countermeasure, String author) {
        this.planId = planId;
        this.round = round;
        this.kind = kind;
        this.goalId = goalId;
        this.kpiId = kpiId;
        this.year = year;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.reason = reason;
        this.cause = cause;
        this.countermeasure = countermeasure;
        this.author = author;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getRound() { return round; }
    public RevisionKind getKind() { return kind; }
    public Long getGoalId() { return goalId; }
    public Long getKpiId() { return kpiId; }
    public Integer getYear() { return year; }
    public String getBeforeValue() { return beforeValue; }
    public String getAfterValue() { return afterValue; }
    public String getReason() { return reason; }
    public String getCause() { return cause; }
    public String getCountermeasure() { return countermeasure; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
