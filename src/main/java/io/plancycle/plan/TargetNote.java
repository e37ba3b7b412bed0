package io.plancycle.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/**
 * Why a draft's target for a year is lowered or set below last year's actual (原因) and what the agency will do about it
 * (因應策略), as the agency wrote them with its draft.
 */
@Entity
@Audited
public class TargetNote {

    /** The longest cause or countermeasure kept (the column's size). */
    public static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long kpiId;
    @Column(name = "roc_year")
    private int year;
    private String cause;
    private String countermeasure;

    protected TargetNote() {
    }

    TargetNote(Long kpiId, int year) {
        this.kpiId = kpiId;
        this.year = year;
    }

    void write(String cause, String countermeasure) {
        this.cause = cause;
        this.countermeasure = countermeasure;
    }

    public Long getKpiId() { return kpiId; }
    public int getYear() { return year; }
    public String getCause() { return cause; }
    public String getCountermeasure() { return countermeasure; }
}
