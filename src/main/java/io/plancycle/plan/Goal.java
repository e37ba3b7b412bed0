package io.plancycle.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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
import java.util.function.IntPredicate;

/** A key strategic goal (關鍵策略目標), numbered 一, 二, 三 … within its plan. */
@Entity
@Audited
public class Goal {

    /** The longest goal title a plan keeps (the column's size). */
    public static final int MAX_TITLE_LENGTH = 1000;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;
    private int no;
    private String title;
    private Long originId;
    private boolean deleted;
    @OneToMany(mappedBy = "goal", cascade = CascadeType.ALL)
    @OrderBy("no")
    private List<Kpi> kpis = new ArrayList<>();

    protected Goal() {
    }

    Goal(Plan plan, int no, String title) {
        this.plan = plan;
        this.no = no;
        this.title = title;
    }

    public Kpi addKpi(int no, String name, String measure, Direction direction) {
        Kpi kpi = new Kpi(plan, this, no, name, measure, direction);
        kpis.add(kpi);
        return kpi;
    }

    /**
     * A copy of a KPI of another plan under this goal: its name, measure, direction, unit and page, and its targets of
     * the years asked.
     */
    public Kpi addCopyOf(Kpi source, int no, IntPredicate years) {
        Kpi kpi = addKpi(no, source.getName(), source.getMeasure(), source.getDirection());
        kpi.setUnit(source.getUnit());
        kpi.setPageRef(source.getPageRef());
        source.getTargets().stream().filter(t -> years.test(t.getYear())).forEach(t -> kpi.setTarget(t.getYear(), t.getRaw()));
        return kpi;
    }

    /** Takes a KPI over from another goal of the same plan. */
    public void adopt(Kpi kpi, int no) {
        kpi.getGoal().kpis.remove(kpi);
        kpi.moveTo(this, no);
        kpis.add(kpi);
    }

    /** Numbers the remaining KPIs 1, 2, 3 … in their order, after one left the goal. */
    public void renumber() {
        List<Kpi> live = liveKpis();
        for (int i = 0; i < live.size(); i++) {
            live.get(i).moveTo(this, i + 1);
        }
    }

    public List<Kpi> liveKpis() {
        return kpis.stream().filter(k -> !k.isDeleted()).toList();
    }

    public void update(int no, String title) {
        this.no = no;
        this.title = title;
    }

    public void delete() {
        deleted = true;
        kpis.forEach(Kpi::delete);
    }

    public void setOriginId(Long originId) { this.originId = originId; }

    public Long getId() { return id; }
    public Plan getPlan() { return plan; }
    public int getNo() { return no; }
    public String getTitle() { return title; }
    public Long getOriginId() { return originId; }
    public boolean isDeleted() { return deleted; }
    public List<Kpi> getKpis() { return kpis; }
}
