package io.plancycle.cycle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The approver's decision on the consolidated plan and report, and on a return the agencies sent back to revise;
 * every decision is kept.
 */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_agency", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "agency_code")
    private List<String> returnedAgencies = new ArrayList<>();

    protected Approval() {
    }

    Approval(Long cycleId, Decision decision, String reason, List<String> returnedAgencies, String approver) {
        this.cycleId = cycleId;
        this.decision = decision.name();
        this.reason = reason;
        this.returnedAgencies.addAll(returnedAgencies);
        this.approver = approver;
        this.decidedAt = Instant.now();
    }

    boolean isReturn() {
        return Decision.RETURN.name().equals(decision);
    }

    public Long getId() { return id; }
    public String getDecision() { return decision; }
    public String getReason() { return reason; }
    public String getApprover() { return approver; }
    public Instant getDecidedAt() { return decidedAt; }
    /** The agencies a return sent back, in the city's order; none on an approval. */
    public List<String> getReturnedAgencies() { return List.copyOf(returnedAgencies); }
}
