package io.plancycle.cycle;

import io.plancycle.step.Stage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The administrator moved a step's due date: the calendar's, or (with an agency) that agency's own round only; from
 * when to when, why, who and when.
 */
@Entity
@Audited
public class DeadlineChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cycleId;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String agencyCode;
    private LocalDate beforeOn;
    private LocalDate afterOn;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected DeadlineChange() {
    }

    DeadlineChange(Long cycleId, Stage stage, String agencyCode, LocalDate beforeOn, LocalDate afterOn, String reason,
                   String changedBy, Instant changedAt) {
        this.cycleId = cycleId;
        this.stage = stage;
        this.agencyCode = agencyCode;
        this.beforeOn = beforeOn;
        this.afterOn = afterOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Stage getStage() { return stage; }
    /** The agency whose own due date was moved; null for the calendar's. */
    public String getAgencyCode() { return agencyCode; }
    public LocalDate getBeforeOn() { return beforeOn; }
    public LocalDate getAfterOn() { return afterOn; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
