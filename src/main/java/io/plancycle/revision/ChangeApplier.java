package io.plancycle.revision;

import io.plancycle.plan.RevisionKind;
import io.plancycle.plan.Direction;
import io.plancycle.plan.Goal;
import io.plancycle.plan.GoalRepository;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.KpiRepository;
import io.plancycle.plan.Plan;
import io.plancycle.plan.Target;
import io.plancycle.plan.TargetParser;
import io.plancycle.plan.TargetRules;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.ProblemCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Applies one change to the plan and records it, or names what is wrong with it. */
final class ChangeApplier {
    private final KpiRepository kpis;
    private final GoalRepository goals;
    private final Plan plan;
    private final int cycleYear;
    private final RevisionRequest.Change change;
    private final String field;
    private final Problems problems;
    private final List<Revision> recorded;
    private final Map<Long, Kpi> liveKpis;
    private final Map<Long, Goal> liveGoals;

    ChangeApplier(KpiRepository kpis, GoalRepository goals, Plan plan, int cycleYear, RevisionRequest.Change change,
                  String field, Problems problems, List<Revision> recorded) {
        this.kpis = kpis;
        this.goals = goals;
        this.plan = plan;
        this.cycleYear = cycleYear;
        this.change = change;
        this.field = field;
        this.problems = problems;
        this.recorded = recorded;
        this.liveKpis = plan.liveKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        this.liveGoals = plan.liveGoals().stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
    }

    void apply() {
        switch (change.kind()) {
            case TARGET_CHANGE -> changeTarget();
            case MEASURE_CHANGE -> changeMeasure();
            case KPI_ADDED -> addKpi();
            case KPI_DELETED -> deleteKpi();
            case GOALS_MERGED -> mergeGoals();
            case KPI_MOVED -> moveKpi();
            case KPI_RENAMED, UNIT_CHANGE, DIRECTION_CHANGE, KPI_MERGED, GOAL_ADDED, GOAL_RENAMED, GOAL_DELETED ->
                    new StructureChange(this, plan, change, field, problems).apply();
        }
    }

    private void changeTarget() {
        Kpi kpi = kpi();
        Integer year = change.year();
        if (year == null || year < cycleYear || year > plan.getLastYear()) {
            problems.add(field + ".year", MessageCode.REVISION_YEAR_NOT_REMAINING, cycleYear, plan.getLastYear());
        }
        String value = limited(field + ".value", requiredText(field + ".value", change.value(), MessageCode.REVISION_TARGET_MISSING),
                Target.MAX_LENGTH);
        if (kpi == null || value == null || year == null) {
            return;
        }
        String before = kpi.target(year).map(Target::getRaw).orElse(null);
        if (value.equals(before)) {
            problems.add(field + ".value", MessageCode.REVISION_TARGET_UNCHANGED, value, year);
            return;
        }
        Optional<String> lowerThan = TargetRules.lowerThan(kpi, year, cycleYear, before, value);
        String cause = lowerThan.map(than -> requiredText(field + ".cause", change.cause(),
                MessageCode.TARGET_LOWERED_CAUSE_MISSING, year, than, value)).orElse(null);
        String countermeasure = lowerThan.map(than -> requiredText(field + ".countermeasure", change.countermeasure(),
                MessageCode.TARGET_LOWERED_COUNTERMEASURE_MISSING, year, than, value)).orElse(null);
        if (lowerThan.isPresent() && (cause == null || countermeasure == null)) {
            return;
        }
        kpi.setTarget(year, value);
        recorded.add(new Revision(plan.getId(), plan.getReviewRound(), change.kind(), kpi.getGoal().getId(), kpi.getId(),
                year, before, value, change.reason(), cause, countermeasure, CurrentUser.get().id()));
    }

    private void changeMeasure() {
        Kpi kpi = kpi();
        String value = requiredText(field + ".value", change.value(), MessageCode.FIELD_REQUIRED);
        if (kpi != null && value != null) {
            String before = kpi.getMeasure();
            kpi.changeMeasure(value);
            record(kpi.getGoal().getId(), kpi, null, before, value);
        }
    }

    private void addKpi() {
        Goal goal = change.goalId() == null ? goalAddedBefore() : goal(change.goalId(), field + ".goalId");
        String name = requiredText(field + ".name", change.name(), MessageCode.FIELD_REQUIRED);
        String measure = requiredText(field + ".measure", change.measure(), MessageCode.FIELD_REQUIRED);
        Map<Integer, String> targets = Objects.requireNonNullElse(change.targets(), Map.of());
        boolean targetsFit = true;
        for (Map.Entry<Integer, String> target : targets.entrySet()) {
            String at = field + ".targets." + target.getKey();
            if (target.getKey() < cycleYear || target.getKey() > plan.getLastYear()) {
                problems.add(at, MessageCode.REVISION_YEAR_NOT_REMAINING, cycleYear, plan.getLastYear());
            }
            targetsFit &= limited(at, target.getValue(), Target.MAX_LENGTH) != null || target.getValue() == null;
        }
        if (goal == null || name == null || measure == null || !targetsFit) {
            return;
        }
        Kpi kpi = goal.addKpi(goal.liveKpis().size() + 1, name, measure,
                Direction.infer(name, measure, targets.values().stream().map(TargetParser::parse).toList()));
        targets.forEach(kpi::setTarget);
        kpis.save(kpi);
        record(goal.getId(), kpi, null, null, name);
    }

    private void deleteKpi() {
        Kpi kpi = kpi();
        if (kpi != null) {
            kpi.delete();
            kpi.getGoal().renumber();
            record(kpi.getGoal().getId(), kpi, null, kpi.getName(), null);
        }
    }

    private void mergeGoals() {
        List<Long> ids = Objects.requireNonNullElse(change.goalIds(), List.of());
        if (new LinkedHashSet<>(ids).size() < 2) {
            problems.add(field + ".goalIds", MessageCode.REVISION_MERGE_TOO_FEW);
            return;
        }
        if (new LinkedHashSet<>(ids).size() < ids.size()) {
            problems.add(field + ".goalIds", MessageCode.REVISION_MERGE_TWICE);
            return;
        }
        if (change.value() != null && limited(field + ".value", change.value(), Goal.MAX_TITLE_LENGTH) == null) {
            return;
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            goals.add(goal(ids.get(i), field + ".goalIds[" + i + "]"));
        }
        if (goals.contains(null)) {
            return;
        }
        Goal kept = goals.get(0);
        String title = change.value() == null || change.value().isBlank() ? kept.getTitle() : change.value().strip();
        kept.update(kept.getNo(), title);
        for (Goal merged : goals.subList(1, goals.size())) {
            for (Kpi kpi : merged.liveKpis()) {
                kept.adopt(kpi, kept.liveKpis().size() + 1);
                record(kept.getId(), kpi, null, merged.getTitle(), title);
            }
            merged.delete();
        }
    }

    private void moveKpi() {
        Kpi kpi = kpi();
        Goal goal = goal(change.goalId(), field + ".goalId");
        if (kpi == null || goal == null) {
            return;
        }
        Goal from = kpi.getGoal();
        if (from == goal) {
            problems.add(field + ".goalId", MessageCode.REVISION_MOVE_SAME_GOAL, kpi.getName());
            return;
        }
        goal.adopt(kpi, goal.liveKpis().size() + 1);
        from.renumber();
        record(goal.getId(), kpi, null, from.getTitle(), goal.getTitle());
    }

    /**
     * The goal a KPI added without its goal's id goes into: the goal added last before it in the same request (a new
     * goal has no id its request could name); none with a problem named.
     */
    private Goal goalAddedBefore() {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            if (recorded.get(i).getKind() == RevisionKind.GOAL_ADDED) {
                return goal(recorded.get(i).getGoalId(), field + ".goalId");
            }
        }
        return goal(null, field + ".goalId");
    }

    Kpi kpi() {
        Kpi kpi = change.kpiId() == null ? null : liveKpis.get(change.kpiId());
        if (kpi == null) {
            if (change.kpiId() == null) {
                problems.add(field + ".kpiId", MessageCode.REVISION_KPI_MISSING);
            } else {
                problems.add(field + ".kpiId", MessageCode.PLAN_KPI_UNKNOWN, change.kpiId());
            }
        } else if (change.pageRef() != null) {
            kpi.setPageRef(change.pageRef());
        }
        return kpi;
    }

    Goal goal(Long id, String at) {
        Goal goal = id == null ? null : liveGoals.get(id);
        if (goal == null) {
            if (id == null) {
                problems.add(at, MessageCode.REVISION_GOAL_MISSING);
            } else {
                problems.add(at, MessageCode.PLAN_GOAL_UNKNOWN, id);
            }
        }
        return goal;
    }

    String requiredText(String at, String value, ProblemCode missing, Object... args) {
        if (value == null || value.isBlank()) {
            problems.add(at, missing, args);
            return null;
        }
        return value.strip();
    }

    /** The text, or null with a problem named at the field when it is longer than the plan keeps. */
    String limited(String at, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            problems.add(at, MessageCode.FIELD_TOO_LONG, maxLength);
            return null;
        }
        return value;
    }

    void record(Long goalId, Kpi kpi, Integer year, String before, String after) {
        record(change.kind(), goalId, kpi.getId(), year, before, after);
    }

    void record(RevisionKind kind, Long goalId, Long kpiId, Integer year, String before, String after) {
        recorded.add(new Revision(plan.getId(), plan.getReviewRound(), kind, goalId, kpiId, year, before,
                after, change.reason(), CurrentUser.get().id()));
    }

    /** Saves a goal added, so that its revision names it. */
    Goal saved(Goal goal) {
        return goals.save(goal);
    }
}
