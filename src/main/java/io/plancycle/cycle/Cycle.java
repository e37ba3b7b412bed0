package io.plancycle.cycle;

import io.plancycle.step.Stage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** One year's plan-and-performance cycle (年度作業) with its calendar of due dates. */
@Entity
@Audited
public class Cycle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "roc_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private CycleStage stage;
    private String processInstanceId;
    private String openedBy;
    private Instant openedAt;
    private Instant approvedAt;
    private Instant publishedAt;
    private String publishedBy;
    private String openingReason;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_deadline", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "stage")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "due_on")
    private Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);

    protected Cycle() {
    }

    public Cycle(int year, Map<Stage, LocalDate> deadlines, String openedBy, String openingReason) {
        this.year = year;
        this.openingReason = openingReason;
        this.stage = CycleStage.SUBMISSIONS;
        this.deadlines.putAll(deadlines);
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    public LocalDate dueOn(Stage stage) {
        return deadlines.get(stage);
    }

    void moveDeadline(Stage stage, LocalDate dueOn) {
        deadlines.put(stage, dueOn);
    }

    void enter(CycleStage next) {
        stage = next;
        if (next == CycleStage.APPROVED) {
            approvedAt = Instant.now();
        }
    }

    /** Opens the approved year to the public page, or (null) withdraws it. */
    void publish(String by) {
        publishedBy = by;
        publishedAt = by == null ? null : Instant.now();
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public CycleStage getStage() { return stage; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getOpeningReason() { return openingReason; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Map<Stage, LocalDate> getDeadlines() { return Map.copyOf(deadlines); }
}
