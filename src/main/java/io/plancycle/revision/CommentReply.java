package io.plancycle.revision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * The agency's written reply (回覆說明) to one comment of the evaluation team: what it did about it, or why it did not.
 * One per comment; rewritten while the agency revises after the comment's round, fixed once the revision is submitted.
 */
@Entity
@Audited
public class CommentReply {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long commentId;
    private Long planId;
    private int round;
    private String text;
    private String author;
    private Instant repliedAt;

    protected CommentReply() {
    }

    CommentReply(Long commentId, Long planId, int round) {
        this.commentId = commentId;
        this.planId = planId;
        this.round = round;
    }

    void write(String text, String author) {
        this.text = text;
        this.author = author;
        this.repliedAt = Instant.now();
    }

    public Long getCommentId() { return commentId; }
    public Long getPlanId() { return planId; }
    public int getRound() { return round; }
    public String getText() { return text; }
    public String getAuthor() { return author; }
    public Instant getRepliedAt() { return repliedAt; }
}
