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

    protected Agency() {
    }

    public Agency(String code, String name, String nameEn, int sortOrder) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public int getSortOrder() { return sortOrder; }
}
