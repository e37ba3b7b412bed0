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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's plan: the medium-term plan as published (no cycle, the baseline) or the plan the agency
 * works on in one year's cycle, which also carries where that agency stands in the cycle.
 */
@Entity
@Audited
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Agency agency;
    private Long cycleId;
    private Long mediumTermPlanId;
    private String agencyName;
    private String title;
    private int firstYear;
    private int lastYear;
    private String mission;
    private String vision;
    private String situation;
    private String strategies;
    private String priorities;
    @Enumerated(EnumType.STRING)
    private SubmissionStage stage;
    private int reviewRound;
    private String processInstanceId;
    private LocalDate stageDueOn;
    private LocalDate returnedOn;
    private Instant submittedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("no")
    private List<Goal> goals = new ArrayList<>();

    protected Plan() {
    }

    public Plan(Agency agency, Long cycleId, int firstYear, int lastYear, SubmissionStage stage) {
        this.agency = agency;
        this.agencyName = agency.getName();
        this.cycleId = cycleId;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.stage = stage;
    }

    public Goal addGoal(int no, String title) {
        Goal goal = new Goal(this, no, title);
        goals.add(goal);
        return goal;
    }

    /** Goals still in the plan, in their order. */
    public List<Goal> liveGoals() {
        return goals.stream().filter(g -> !g.isDeleted()).toList();
    }

    public List<Kpi> liveKpis() {
        return liveGoals().stream().flatMap(g -> g.liveKpis().stream()).toList();
    }

    /**
     * The KPIs taken out of the plan, by themselves or with their goal, that had a target in the year: the plan goes on
     * without them, yet the performance report of that year still answers for them.
     */
    public List<Kpi> withdrawnKpis(int year) {
        return goals.stream().flatMap(g -> g.getKpis().stream())
                .filter(k -> k.isDeleted() || k.getGoal().isDeleted())
                .filter(k -> k.hadTarget(year))
                .toList();
    }

    /** Every KPI the performance report of the year covers: those of the plan with a target then, and the withdrawn. */
    public List<Kpi> reportedKpis(int year) {
        List<Kpi> reported = new ArrayList<>(liveKpis().stream().filter(k -> k.hadTarget(year)).toList());
        reported.addAll(withdrawnKpis(year));
        return reported;
    }

    /** The plan moves on to the next step, due on {@code dueOn}; entering a revision {@code today} is its return. */
    public void enterStage(SubmissionStage next, LocalDate dueOn, LocalDate today) {
        if (next == SubmissionStage.REVIEW) {
            reviewRound++;
            submittedAt = Instant.now();
        }
        if (next == SubmissionStage.REVISION) {
            returnedOn = today;
        }
        this.stage = next;
        this.stageDueOn = dueOn;
    }

    public void moveDueDate(LocalDate dueOn) {
        this.stageDueOn = dueOn;
    }

    public void extendTo(int year) {
        lastYear = Math.max(lastYear, year);
    }

    /**
     * A plan that has run out before the year it is drafted for (a cycle after the medium-term plan's last year)
     * runs on to that year: each KPI keeps its last year's target for every year added (沿用), for the agency to
     * confirm or change. A plan that reaches the year is left as it is.
     */
    public void runOnTo(int year) {
        if (year <= lastYear) {
            return;
        }
        int last = lastYear;
        for (Kpi kpi : liveKpis()) {
            kpi.target(last).map(Target::getRaw).ifPresent(raw -> {
                for (int added = last + 1; added <= year; added++) {
                    kpi.setTarget(added, raw);
                }
            });
        }
        lastYear = year;
    }

    /** The agency's name in a new medium-term plan that renames it. */
    void nameAgency(String agencyName) {
        this.agencyName = agencyName;
    }

    void belongTo(Long mediumTermPlanId) {
        this.mediumTermPlanId = mediumTermPlanId;
    }
    public void setSections(String mission, String vision, String situation, String strategies, String priorities) {
        this.mission = mission;
        this.vision = vision;
        this.situation = situation;
        this.strategies = strategies;
        this.priorities = priorities;
    }

    public void setTitle(String title) { this.title = title; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public Long getCycleId() { return cycleId; }
    public Long getMediumTermPlanId() { return mediumTermPlanId; }
    /** The agency's name when the plan was made: a plan of an earlier year keeps the name the agency had then. */
    public String getAgencyName() { return agencyName; }
    public String getTitle() { return title; }
    public int getFirstYear() { return firstYear; }
    public int getLastYear() { return lastYear; }

    /** The last year a cycle's plan needs targets for: the plan's last, or the cycle's own where the plan has ended. */
    public int lastYearIn(int cycleYear) { return Math.max(lastYear, cycleYear); }

    public String getMission() { return mission; }
    public String getVision() { return vision; }
    public String getSituation() { return situation; }
    public String getStrategies() { return strategies; }
    public String getPriorities() { return priorities; }
    public SubmissionStage getStage() { return stage; }
    public int getReviewRound() { return reviewRound; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDate getStageDueOn() { return stageDueOn; }
    /** The day the evaluation team last returned the plan for revision; null before any return. */
    public LocalDate getReturnedOn() { return returnedOn; }
    public Instant getSubmittedAt() { return submittedAt; }
    public long getVersion() { return version; }
    public List<Goal> getGoals() { return goals; }
}
