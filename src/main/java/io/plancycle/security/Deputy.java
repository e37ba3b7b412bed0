package io.plancycle.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/** A deputy (職務代理人) named for a principal for a range of days (Asia/Taipei, both included). */
@Entity
@Audited
public class Deputy {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String principalId;
    private String deputyId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String namedBy;
    private Instant namedAt;

    protected Deputy() {
    }

    Deputy(String principalId, String deputyId, LocalDate startsOn, LocalDate endsOn, String namedBy, Instant namedAt) {
        this.principalId = principalId;
        this.deputyId = deputyId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.namedBy = namedBy;
        this.namedAt = namedAt;
    }

    public Long getId() { return id; }
    public String getPrincipalId() { return principalId; }
    public String getDeputyId() { return deputyId; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getNamedBy() { return namedBy; }
    public Instant getNamedAt() { return namedAt; }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }
}
