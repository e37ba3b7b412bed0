package io.plancycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A panel member (評核委員) assigned by the planning office to an agency's plan of a cycle. */
@Entity
@Audited
class PanelAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String member;
    private String assignedBy;
    private Instant assignedAt;

    protected PanelAssignment() {
    }

    PanelAssignment(Long planId, String member, String assignedBy) {
        this.planId = planId;
        this.member = member;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    Long getPlanId() { return planId; }
    String getMember() { return member; }
}
