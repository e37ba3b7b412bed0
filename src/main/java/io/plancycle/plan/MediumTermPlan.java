package io.plancycle.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * The city's medium-term plan (中程施政計畫, e.g. 嘉義市政府中程(112至115年度)施政計畫): its title and years, and how
 * the planning office started it. Each agency's baseline plan belongs to one; a cycle's drafts start from the plan of
 * its year ({@link DraftStarter}).
 */
@Entity
@Audited
public class MediumTermPlan {

    /** How a medium-term plan was started. */
    public enum Source {
        /** The published plan file loaded on the first start. */
        PUBLISHED,
        /** Each agency's current plan carried into the new years. */
        CURRENT,
        /** A whole-city plan book spreadsheet. */
        SPREADSHEET
    }

    /** The longest title kept (the column's size). */
    public static final int MAX_TITLE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private int firstYear;
    private int lastYear;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String createdBy;
    private Instant createdAt;

    protected MediumTermPlan() {
    }

    public MediumTermPlan(String title, int firstYear, int lastYear, Source source, String createdBy) {
        this.title = title;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** Whether the plan covers the year. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }
    public Source getSource() { return source; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
