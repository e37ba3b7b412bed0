package io.plancycle.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** What a KPI reached in a year as the agency wrote it and, where the target was missed, why. The achievement rate is derived. */
@Entity
@Audited
public class Actual {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Kpi kpi;
    @Column(name = "roc_year")
    private int year;
    private String raw;
    private Boolean judgedMet;
    private String explanation;
    private boolean finalReport;

    protected Actual() {
    }

    Actual(Kpi kpi, int year) {
        this.kpi = kpi;
        this.year = year;
    }

    public void record(String raw, Boolean judgedMet, String explanation, boolean finalReport) {
        this.raw = raw;
        this.judgedMet = judgedMet;
        this.explanation = explanation;
        this.finalReport = finalReport;
    }

    public Long getId() { return id; }
    public Kpi getKpi() { return kpi; }
    public int getYear() { return year; }
    public String getRaw() { return raw; }
    public Boolean getJudgedMet() { return judgedMet; }
    public String getExplanation() { return explanation; }
    public boolean isFinalReport() { return finalReport; }
}
