package io.plancycle.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** An agency's submission as it entered one round of review: the plan as the API showed it, as JSON. */
@Entity
class PlanSnapshot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    private Instant takenAt;
    private String content;

    protected PlanSnapshot() {
    }

    PlanSnapshot(Long planId, int round, String content) {
        this.planId = planId;
        this.round = round;
        this.content = content;
        this.takenAt = Instant.now();
    }

    /** The round's submission as it entered review again. */
    void replace(String content) {
        this.content = content;
        this.takenAt = Instant.now();
    }

    int getRound() { return round; }
    Instant getTakenAt() { return takenAt; }
    String getContent() { return content; }
}
