package io.plancycle.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/**
 * The reason (修正理由) an agency gave while drafting for one change of its draft against the plan it was started
 * from, kept under the change's key ({@link DraftChange#key()}) so that it stays with the change through later saves;
 * for a removed KPI also the KPI it was merged into.
 */
@Entity
@Audited
public class DraftReason {
    /** The longest reason kept (the column's size). */
    public static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String changeKey;
    private String reason;
    private Long mergedInto;

    protected DraftReason() {
    }

    DraftReason(Long planId, String changeKey) {
        this.planId = planId;
        this.changeKey = changeKey;
    }

    void setReason(String reason) { this.reason = reason; }
    void setMergedInto(Long mergedInto) { this.mergedInto = mergedInto; }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getChangeKey() { return changeKey; }
    public String getReason() { return reason; }
    public Long getMergedInto() { return mergedInto; }
}
