package io.plancycle.revision;

import io.plancycle.plan.Direction;
import io.plancycle.plan.Goal;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Numbering;
import io.plancycle.plan.Plan;
import io.plancycle.plan.RevisionKind;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.util.List;
import java.util.Objects;

/**
 * The changes of a revision round to a plan's shape and words: a KPI renamed, given another unit or direction, merged
 * into another KPI; a goal added, renamed or deleted. Applied and recorded through its {@link ChangeApplier}.
 */
final class StructureChange {
    /** The longest unit a KPI keeps (the column's size). */
    private static final int MAX_UNIT = 50;
    private static final int MAX_NAME = 1000;

    private final ChangeApplier applier;
    private final Plan plan;
    private final RevisionRequest.Change change;
    private final String field;
    private final Problems problems;

    StructureChange(ChangeApplier applier, Plan plan, RevisionRequest.Change change, String field, Problems problems) {
        this.applier = applier;
        this.plan = plan;
        this.change = change;
        this.field = field;
        this.problems = problems;
    }

    void apply() {
        switch (change.kind()) {
            case KPI_RENAMED -> renameKpi();
            case UNIT_CHANGE -> changeUnit();
            case DIRECTION_CHANGE -> changeDirection();
            case KPI_MERGED -> mergeKpi();
            case GOAL_ADDED -> addGoal();
            case GOAL_RENAMED -> renameGoal();
            case GOAL_DELETED -> deleteGoal();
            default -> throw new IllegalArgumentException("not a change of the plan's shape: " + change.kind());
        }
    }

    private void renameKpi() {
        Kpi kpi = applier.kpi();
        String name = text(MAX_NAME);
        if (kpi != null && name != null && unchanged(kpi.getName(), name) == null) {
            String before = kpi.getName();
            kpi.update(kpi.getNo(), name, kpi.getMeasure(), kpi.getUnit(), kpi.getDirection(), kpi.getPageRef());
            applier.record(kpi.getGoal().getId(), kpi, null, before, name);
        }
    }

    private void changeUnit() {
        Kpi kpi = applier.kpi();
        String unit = text(MAX_UNIT);
        if (kpi != null && unit != null && unchanged(kpi.getUnit(), unit) == null) {
            String before = kpi.getUnit();
            kpi.setUnit(unit);
            applier.record(kpi.getGoal().getId(), kpi, null, before, unit);
        }
    }

    private void changeDirection() {
        Kpi kpi = applier.kpi();
        String value = applier.requiredText(field + ".value", change.value(), MessageCode.FIELD_REQUIRED);
        Direction direction = value == null ? null : direction(value);
        if (value != null && direction == null) {
            problems.add(field + ".value", MessageCode.REVISION_DIRECTION_UNKNOWN);
        }
        if (kpi != null && direction != null
                && unchanged(Objects.toString(kpi.getDirection(), null), direction.name()) == null) {
            String before = Objects.toString(kpi.getDirection(), null);
            kpi.update(kpi.getNo(), kpi.getName(), kpi.getMeasure(), kpi.getUnit(), direction, kpi.getPageRef());
            applier.record(kpi.getGoal().getId(), kpi, null, before, direction.name());
        }
    }

    private void mergeKpi() {
        Kpi kpi = applier.kpi();
        Kpi into = change.intoKpiId() == null ? null : plan.liveKpis().stream()
                .filter(k -> k.getId().equals(change.intoKpiId())).findFirst().orElse(null);
        if (change.intoKpiId() == null) {
            problems.add(field + ".intoKpiId", MessageCode.REVISION_KPI_MISSING);
        } else if (into == null) {
            problems.add(field + ".intoKpiId", MessageCode.PLAN_KPI_UNKNOWN, change.intoKpiId());
        } else if (into == kpi) {
            problems.add(field + ".intoKpiId", MessageCode.REVISION_MERGE_SELF);
        }
        if (kpi == null || into == null || into == kpi) {
            return;
        }
        kpi.delete();
        kpi.getGoal().renumber();
        applier.record(kpi.getGoal().getId(), kpi, null, kpi.getName(),
                Numbering.kpi(into.getGoal().getNo(), into.getNo(), null) + " " + into.getName());
    }

    private void addGoal() {
        String title = text(Goal.MAX_TITLE_LENGTH);
        if (title != null) {
            Goal goal = applier.saved(plan.addGoal(plan.liveGoals().size() + 1, title));
            applier.record(RevisionKind.GOAL_ADDED, goal.getId(), null, null, null, title);
        }
    }

    private void renameGoal() {
        Goal goal = applier.goal(change.goalId(), field + ".goalId");
        String title = text(Goal.MAX_TITLE_LENGTH);
        if (goal != null && title != null && unchanged(goal.getTitle(), title) == null) {
            String before = goal.getTitle();
            goal.update(goal.getNo(), title);
            applier.record(RevisionKind.GOAL_RENAMED, goal.getId(), null, null, before, title);
        }
    }

    /** The goal goes with its KPIs, each recorded as deleted with the goal's reason; the goals after it move up. */
    private void deleteGoal() {
        Goal goal = applier.goal(change.goalId(), field + ".goalId");
        if (goal == null) {
            return;
        }
        List<Kpi> kpis = goal.liveKpis();
        goal.delete();
        applier.record(RevisionKind.GOAL_DELETED, goal.getId(), null, null, goal.getTitle(), null);
        kpis.forEach(kpi -> applier.record(RevisionKind.KPI_DELETED, goal.getId(), kpi.getId(), null, kpi.getName(), null));
        List<Goal> left = plan.liveGoals();
        for (int i = 0; i < left.size(); i++) {
            left.get(i).update(i + 1, left.get(i).getTitle());
        }
    }

    /** The change's value, required and within the length the plan keeps; null with a problem named otherwise. */
    private String text(int maxLength) {
        String value = applier.requiredText(field + ".value", change.value(), MessageCode.FIELD_REQUIRED);
        return value == null ? null : applier.limited(field + ".value", value, maxLength);
    }

    /** The value when it is what the plan has already, with a problem named; null when it is a change. */
    private String unchanged(String before, String after) {
        if (Objects.equals(before == null ? null : before.strip(), after)) {
            problems.add(field + ".value", MessageCode.REVISION_UNCHANGED, after);
            return after;
        }
        return null;
    }

    private static Direction direction(String name) {
        try {
            return Direction.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
