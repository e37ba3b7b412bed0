package io.plancycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A panel member's opinion on one KPI (or on the submission as a whole when no KPI is named) in one round of review:
 * rewritten as often as the member saves while the round is under review, kept with its round afterwards.
 */
@Entity
@Audited
class PanelOpinion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    private Long kpiId;
    private String member;
    private String text;
    private Instant savedAt;

    protected PanelOpinion() {
    }

    PanelOpinion(Long planId, int round, Long kpiId, String member) {
        this.planId = planId;
        this.round = round;
        this.kpiId = kpiId;
        this.member = member;
    }

    void write(String text, Instant at) {
        this.text = text;
        this.savedAt = at;
    }

    int getRound() { return round; }
    Long getKpiId() { return kpiId; }
    String getMember() { return member; }
    String getText() { return text; }
    Instant getSavedAt() { return savedAt; }
}
