package io.plancycle.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** A department of the city government; its code is also its user name and its group in the process engine. */
@Entity
@Audited
public class Agency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String nameEn;
    private int sortOrder;
    /** The first ROC year the agency works in under this record, and the last; null: without limit. */
    private Integer fromYear;
    private Integer toYear;

    protected Agency() {
    }

    public Agency(String code, String name, String nameEn, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    /** Whether the agency works in the year: it had not been merged or split away, nor was it yet to be set up. */
    public boolean activeIn(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /** Whether the agency is one of the city's now: not merged or split away by a medium-term plan. */
    public boolean isCurrent() {
        return toYear == null;
    }

    /** A new name from now on; the plans of earlier years keep the name they were made under. */
    void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    /** The agency ends with the year before a medium-term plan that merges or splits it. */
    void retireBefore(int year) {
        this.toYear = year - 1;
    }

    /** A new agency starts with the first year of the medium-term plan that sets it up. */
    void startIn(int year) {
        this.fromYear = year;
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }
    public Integer getFromYear() { return fromYear; }
    public Integer getToYear() { return toYear; }
}
