package io.plancycle.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A reviewer's comment on one KPI (or on the submission as a whole when no KPI is named) in one round. */
@Entity
@Audited
public class ReviewComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private int round;
    private Long kpiId;
    private String text;
    private String author;
    private Instant createdAt;

    protected ReviewComment() {
    }

    ReviewComment(Long planId, int round, Long kpiId, String text, String author) {
        this.planId = planId;
        this.round = round;
        this.kpiId = kpiId;
        this.text = text;
        this.author = author;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public int getRound() { return round; }
    public Long getKpiId() { return kpiId; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
}
