package io.plancycle.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** The approver's decision on the consolidated plan and report; every decision is kept. */
@Entity
@Audited
public class Approval {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cycleId;
    private String decision;
    private String reason;
    private String approver;
    private Instant decidedAt;

    protected Approval() {
    }

    Approval(Long cycleId, Decision decision, String reason, String approver) {
        this.cycleId = cycleId;
        this.decision = decision.name();
        this.reason = reason;
        this.approver = approver;
        this.decidedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getDecision() { return decision; }
    public String getReason() { return reason; }
    public String getApprover() { return approver; }
    public Instant getDecidedAt() { return decidedAt; }
}
