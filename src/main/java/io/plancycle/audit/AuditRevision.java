package io.plancycle.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One committed transaction that changed audited data (an Envers revision): when, who and from which address. Every
 * row of every {@code *_aud} table points at one. Written only by Envers, never changed or deleted (the database
 * refuses both, see {@code V5__audit.sql}).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    /** The address recorded when a change does not come from an HTTP request (a timer, a job, start-up). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;
    @RevisionTimestamp
    @Column(name = "changed_at")
    private Instant at;
    @Column(name = "user_id")
    private String user;
    private String address;
    private String onBehalfOf;

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUser() { return user; }
    public String getAddress() { return address; }

    void setUser(String user) { this.user = user; }
    void setAddress(String address) { this.address = address; }
    void setOnBehalfOf(String onBehalfOf) { this.onBehalfOf = onBehalfOf; }
}
