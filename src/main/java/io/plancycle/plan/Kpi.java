package io.plancycle.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A key performance indicator (關鍵績效指標) with its measurement standard and a target per year. */
@Entity
@Audited
public class Kpi {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Goal goal;
    private int no;
    private String name;
    private String measure;
    private String unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    private String pageRef;
    private Long originId;
    private boolean deleted;
    @OneToMany(mappedBy = "kpi", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    private List<Target> targets = new ArrayList<>();
    @OneToMany(mappedBy = "kpi", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    private List<Actual> actuals = new ArrayList<>();

    protected Kpi() {
    }

    Kpi(Plan plan, Goal goal, int no, String name, String measure, Direction direction) {
        this.plan = plan;
        this.goal = goal;
        this.no = no;
        this.name = name;
        this.measure = measure;
        this.direction = direction;
    }

    public Optional<Target> target(int year) {
        return targets.stream().filter(t -> t.getYear() == year).findFirst();
    }

    /** Whether the KPI was to reach something in the year: a target other than "-". */
    public boolean hadTarget(int year) {
        return target(year).map(t -> t.getKind() != TargetKind.NONE).orElse(false);
    }

    public Optional<Actual> actual(int year) {
        return actuals.stream().filter(a -> a.getYear() == year).findFirst();
    }

    /** Sets the target of a year as written; a blank value removes it. */
    public void setTarget(int year, String raw) {
        Optional<Target> existing = target(year);
        if (raw == null || raw.isBlank()) {
            existing.ifPresent(targets::remove);
            return;
        }
        ParsedTarget parsed = TargetParser.parse(raw.strip());
        existing.ifPresentOrElse(t -> t.set(parsed), () -> targets.add(new Target(this, year, parsed)));
        plan.extendTo(year);
    }

    public Actual actualFor(int year) {
        return actual(year).orElseGet(() -> {
            Actual created = new Actual(this, year);
            actuals.add(created);
            return created;
        });
    }

    public void removeActual(int year) {
        actual(year).ifPresent(actuals::remove);
    }

    public void update(int no, String name, String measure, String unit, Direction direction, String pageRef) {
        this.no = no;
        this.name = name;
        this.measure = measure;
        this.unit = unit;
        this.direction = direction;
        this.pageRef = pageRef;
    }

    public void changeMeasure(String measure) { this.measure = measure; }
    public void setPageRef(String pageRef) { this.pageRef = pageRef; }
    public void setOriginId(Long originId) { this.originId = originId; }
    public void setUnit(String unit) { this.unit = unit; }

    void moveTo(Goal goal, int no) {
        this.goal = goal;
        this.no = no;
    }

    public void delete() { deleted = true; }

    public Long getId() { return id; }
    public Plan getPlan() { return plan; }
    public Goal getGoal() { return goal; }
    public int getNo() { return no; }
    public String getName() { return name; }
    public String getMeasure() { return measure; }
    public String getUnit() { return unit; }
    public Direction getDirection() { return direction; }
    public String getPageRef() { return pageRef; }
    public Long getOriginId() { return originId; }
    public boolean isDeleted() { return deleted; }
    public List<Target> getTargets() { return targets; }
    public List<Actual> getActuals() { return actuals; }
}
