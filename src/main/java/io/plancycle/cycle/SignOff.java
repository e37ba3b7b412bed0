package io.plancycle.cycle;

import io.plancycle.step.Step;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** The agency head's decision on what the clerk sent (a step of the agency's work): signed, or sent back with a note. */
@Entity
@Audited
public class SignOff {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    @Enumerated(EnumType.STRING)
    private Step step;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String note;
    private String signedBy;
    private String onBehalfOf;
    private Instant signedAt;

    protected SignOff() {
    }

    SignOff(Long planId, Step step, Decision decision, String note, String signedBy, String onBehalfOf, Instant signedAt) {
        this.planId = planId;
        this.step = step;
        this.decision = decision;
        this.note = note;
        this.signedBy = signedBy;
        this.onBehalfOf = onBehalfOf;
        this.signedAt = signedAt;
    }

    public Long getId() { return id; }
    public Step getStep() { return step; }
    public Decision getDecision() { return decision; }
    public String getNote() { return note; }
    public String getSignedBy() { return signedBy; }
    /** The users the signer acted for as their deputy (ids separated by commas); null for none. */
    public String getOnBehalfOf() { return onBehalfOf; }
    public Instant getSignedAt() { return signedAt; }
}
