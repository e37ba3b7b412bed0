package io.plancycle.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * One line of a reorganisation made with a medium-term plan: the successor agency and the agency it continues, with
 * the name that one had (renamed: the same agency; merged: one line per predecessor; split: one line per successor;
 * added: no predecessor).
 */
@Entity
public class AgencySuccession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long mediumTermPlanId;
    @ManyToOne(fetch = FetchType.LAZY)
    private Agency predecessor;
    private String predecessorName;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Agency successor;

    protected AgencySuccession() {
    }

    AgencySuccession(Long mediumTermPlanId, Agency predecessor, String predecessorName, Agency successor) {
        this.mediumTermPlanId = mediumTermPlanId;
        this.predecessor = predecessor;
        this.predecessorName = predecessorName;
        this.successor = successor;
    }

    public Long getMediumTermPlanId() { return mediumTermPlanId; }
    public Agency getPredecessor() { return predecessor; }
    public String getPredecessorName() { return predecessorName; }
    public Agency getSuccessor() { return successor; }
}
