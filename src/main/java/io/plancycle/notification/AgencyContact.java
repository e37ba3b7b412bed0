package io.plancycle.notification;

import io.plancycle.plan.Agency;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A person at an agency who receives its mail. */
@Entity
@Audited
class AgencyContact {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;
    private String name;
    private String email;
    @Enumerated(EnumType.STRING)
    private ContactRole role;
    @Version
    private long version;

    protected AgencyContact() {
    }

    AgencyContact(Agency agency, String name, String email, ContactRole role) {
        this.agency = agency;
        this.name = name;
        this.email = email;
        this.role = role;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getEmail() { return email; }
    ContactRole getRole() { return role; }

    Recipient recipient() {
        return new Recipient(name, email);
    }
}
