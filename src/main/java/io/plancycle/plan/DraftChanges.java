package io.plancycle.plan;

import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.problem.Term;
import io.plancycle.security.CurrentUser;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a draft changed against the plan it was started from (the plan last approved: each goal and KPI of the draft
 * keeps its origin's id), each change with its reason: a year's target changed or taken away (a target given where that
 * plan had none fills the plan in and is no change: a year beyond it, or a year a new medium-term plan left for the
 * agency to fill in), a measure, a name, a unit or a direction changed, a
 * KPI moved to another goal, added, removed or merged into another; a goal added, renamed or removed (the KPIs removed
 * with it share its reason).
 */
@Component
public class DraftChanges {

    private final EntityManager entityManager;
    private final DraftReasonRepository reasons;
    private final PlanRepository plans;

    DraftChanges(EntityManager entityManager, DraftReasonRepository reasons, PlanRepository plans) {
        this.entityManager = entityManager;
        this.reasons = reasons;
        this.plans = plans;
    }

    /** A draft's changes, and per goal and KPI of the draft the values of the plan it was started from. */
    public record Comparison(List<DraftChange> changes, Map<Long, String> goalTitlesBefore, Map<Long, KpiBefore> kpisBefore) {
        public static final Comparison NONE = new Comparison(List.of(), Map.of(), Map.of());

        /** The changes of one goal or KPI of the draft. */
        public List<DraftChange> about(Long goalId, Long kpiId) {
            return changes.stream().filter(c -> kpiId == null ? c.kpiId() == null && Objects.equals(c.goalId(), goalId)
                    : Objects.equals(c.kpiId(), kpiId)).toList();
        }
    }

    /** A KPI as the plan the draft was started from has it; {@code targets} in that plan's years, "" where none. */
    public record KpiBefore(String name, String measure, String unit, Direction direction, Map<Integer, String> targets) {
    }

    /** The agency's plan in a cycle compared with the plan it was started from, for whoever may read the plan. */
    @Transactional(readOnly = true)
    public Comparison read(int year, String agencyCode) {
        CurrentUser.requireRead(agencyCode);
        return compare(plans.findInCycle(year, agencyCode)
                .orElseThrow(() -> new NotFoundException(MessageCode.PLAN_NOT_FOUND, agencyCode, year)));
    }

    public Comparison compare(Plan draft) {
        Optional<Plan> origin = origin(draft);
        if (origin.isEmpty()) {
            return Comparison.NONE;
        }
        Map<String, DraftReason> given = reasons.findByPlanId(draft.getId()).stream()
                .collect(Collectors.toMap(DraftReason::getChangeKey, Function.identity()));
        return between(origin.get(), draft, given);
    }

    /** Each change still without its reason, named by the field the reason goes in (once per reason). */
    public void missingReasons(Plan draft, Problems problems) {
        Set<String> named = new HashSet<>();
        for (DraftChange change : compare(draft).changes()) {
            if (!change.hasReason() && named.add(change.key())) {
                if (change.kind() == RevisionKind.TARGET_CHANGE) {
                    problems.add(change.field(), MessageCode.PLAN_TARGET_REASON_MISSING, change.year());
                } else {
                    problems.add(change.field(), MessageCode.PLAN_CHANGE_REASON_MISSING,
                            new Term("change.kind." + change.kind().name()));
                }
            }
        }
    }

    /** The plan the draft was started from: the one its goals (or KPIs) were copied from. */
    private Optional<Plan> origin(Plan draft) {
        Optional<Goal> goal = draft.getGoals().stream().map(Goal::getOriginId).filter(Objects::nonNull).findFirst()
                .map(id -> entityManager.find(Goal.class, id));
        if (goal.isPresent()) {
            return Optional.of(goal.get().getPlan());
        }
        return draft.getGoals().stream().flatMap(g -> g.getKpis().stream()).map(Kpi::getOriginId).filter(Objects::nonNull)
                .findFirst().map(id -> entityManager.find(Kpi.class, id)).map(Kpi::getPlan);
    }

    /** The changes of {@code draft} against {@code origin}, with the reasons given (by key). */
    static Comparison between(Plan origin, Plan draft, Map<String, DraftReason> given) {
        Map<Long, Goal> originGoals = origin.liveGoals().stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        Map<Long, Kpi> originKpis = origin.liveKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Map<Long, Kpi> liveKpis = draft.liveKpis().stream().collect(Collectors.toMap(Kpi::getId, Function.identity()));
        Changes changes = new Changes(given);
        Map<Long, String> titlesBefore = new LinkedHashMap<>();
        Map<Long, KpiBefore> kpisBefore = new LinkedHashMap<>();
        Set<Long> keptGoals = new HashSet<>();
        Set<Long> keptKpis = new HashSet<>();
        List<Goal> goals = draft.liveGoals();
        for (int g = 0; g < goals.size(); g++) {
            Goal goal = goals.get(g);
            String goalField = "goals[" + g + "]";
            Goal was = goal.getOriginId() == null ? null : originGoals.get(goal.getOriginId());
            if (was == null) {
                changes.add(RevisionKind.GOAL_ADDED, goal.getId(), null, null, null, goal.getTitle(), goalField + ".reasons.added");
            } else {
                keptGoals.add(was.getId());
                titlesBefore.put(goal.getId(), was.getTitle());
                if (differ(was.getTitle(), goal.getTitle())) {
                    changes.add(RevisionKind.GOAL_RENAMED, goal.getId(), null, null, was.getTitle(), goal.getTitle(),
                            goalField + ".reasons.title");
                }
            }
            List<Kpi> kpis = goal.liveKpis();
            for (int k = 0; k < kpis.size(); k++) {
                Kpi kpi = kpis.get(k);
                String at = goalField + ".kpis[" + k + "].reasons.";
                Kpi before = kpi.getOriginId() == null ? null : originKpis.get(kpi.getOriginId());
                if (before == null) {
                    changes.add(RevisionKind.KPI_ADDED, goal.getId(), kpi.getId(), null, null, kpi.getName(), at + "added");
                    continue;
                }
                keptKpis.add(before.getId());
                kpisBefore.put(kpi.getId(), kpiBefore(origin, before));
                compareKpi(origin, before, goal, kpi, at, changes);
            }
        }
        removed(origin, draft, originGoals, originKpis, keptGoals, keptKpis, liveKpis, changes);
        return new Comparison(List.copyOf(changes.list), titlesBefore, kpisBefore);
    }

    private static void compareKpi(Plan origin, Kpi before, Goal goal, Kpi kpi, String at, Changes changes) {
        Long goalId = goal.getId();
        if (!Objects.equals(before.getGoal().getId(), goal.getOriginId())) {
            changes.add(RevisionKind.KPI_MOVED, goalId, kpi.getId(), null, goalTitle(before.getGoal()), goalTitle(goal),
                    at + "goal");
        }
        if (differ(before.getName(), kpi.getName())) {
            changes.add(RevisionKind.KPI_RENAMED, goalId, kpi.getId(), null, before.getName(), kpi.getName(), at + "name");
        }
        if (differ(before.getMeasure(), kpi.getMeasure())) {
            changes.add(RevisionKind.MEASURE_CHANGE, goalId, kpi.getId(), null, before.getMeasure(), kpi.getMeasure(),
                    at + "measure");
        }
        if (differ(before.getUnit(), kpi.getUnit())) {
            changes.add(RevisionKind.UNIT_CHANGE, goalId, kpi.getId(), null, before.getUnit(), kpi.getUnit(), at + "unit");
        }
        if (before.getDirection() != kpi.getDirection()) {
            changes.add(RevisionKind.DIRECTION_CHANGE, goalId, kpi.getId(), null, name(before.getDirection()),
                    name(kpi.getDirection()), at + "direction");
        }
        for (int year = origin.getFirstYear(); year <= origin.getLastYear(); year++) {
            String was = target(before, year);
            String now = target(kpi, year);
            if (was != null && differ(was, now)) {
                changes.add(RevisionKind.TARGET_CHANGE, goalId, kpi.getId(), year, was, now, at + "targets." + year);
            }
        }
    }

    /** The goals and KPIs of the origin no longer in the draft; a KPI removed with its goal shares the goal's reason. */
    private static void removed(Plan origin, Plan draft, Map<Long, Goal> originGoals, Map<Long, Kpi> originKpis,
                                Set<Long> keptGoals, Set<Long> keptKpis, Map<Long, Kpi> liveKpis, Changes changes) {
        Map<Long, Goal> draftGoalOf = new LinkedHashMap<>();
        Map<Long, Kpi> draftKpiOf = new LinkedHashMap<>();
        for (Goal goal : draft.getGoals()) {
            if (goal.getOriginId() != null) {
                draftGoalOf.putIfAbsent(goal.getOriginId(), goal);
            }
            goal.getKpis().stream().filter(k -> k.getOriginId() != null).forEach(k -> draftKpiOf.putIfAbsent(k.getOriginId(), k));
        }
        for (Goal was : originGoals.values()) {
            Goal goal = draftGoalOf.get(was.getId());
            if (!keptGoals.contains(was.getId()) && goal != null) {
                changes.add(RevisionKind.GOAL_DELETED, goal.getId(), null, null, was.getTitle(), null,
                        "removedGoals." + goal.getId());
            }
        }
        for (Kpi was : originKpis.values()) {
            Kpi kpi = draftKpiOf.get(was.getId());
            if (keptKpis.contains(was.getId()) || kpi == null) {
                continue;
            }
            Goal goal = kpi.getGoal();
            if (goal.isDeleted() && goal.getOriginId() != null && originGoals.containsKey(goal.getOriginId())
                    && !keptGoals.contains(goal.getOriginId())) {
                String key = DraftChange.key(RevisionKind.GOAL_DELETED, goal.getId(), null);
                changes.add(RevisionKind.KPI_DELETED, goal.getId(), kpi.getId(), null, was.getName(), null, key,
                        "removedGoals." + goal.getId(), null);
                continue;
            }
            String key = DraftChange.key(RevisionKind.KPI_DELETED, kpi.getId(), null);
            DraftReason reason = changes.given.get(key);
            Kpi into = reason == null || reason.getMergedInto() == null ? null : liveKpis.get(reason.getMergedInto());
            changes.add(into == null ? RevisionKind.KPI_DELETED : RevisionKind.KPI_MERGED, goal.getId(), kpi.getId(), null,
                    was.getName(), into == null ? null : kpiTitle(into), key, "removedKpis." + kpi.getId() + ".reason",
                    into == null ? null : into.getId());
        }
    }

    private static KpiBefore kpiBefore(Plan origin, Kpi kpi) {
        Map<Integer, String> targets = new TreeMap<>();
        for (int year = origin.getFirstYear(); year <= origin.getLastYear(); year++) {
            targets.put(year, Objects.requireNonNullElse(target(kpi, year), ""));
        }
        return new KpiBefore(kpi.getName(), kpi.getMeasure(), kpi.getUnit(), kpi.getDirection(), targets);
    }

    private static String target(Kpi kpi, int year) {
        return kpi.target(year).map(Target::getRaw).map(String::strip).orElse(null);
    }

    private static String goalTitle(Goal goal) {
        return Numbering.goalTitle(goal.getNo(), goal.getTitle());
    }

    /** A KPI named on its own in the city's words: 一-2 name. */
    private static String kpiTitle(Kpi kpi) {
        return Numbering.kpi(kpi.getGoal().getNo(), kpi.getNo(), null) + " " + kpi.getName();
    }

    private static String name(Direction direction) {
        return direction == null ? null : direction.name();
    }

    private static boolean differ(String before, String after) {
        return !Objects.equals(AgencyPlanForm.text(before), AgencyPlanForm.text(after));
    }

    /** The changes found so far, each with the reason given under its key. */
    private static final class Changes {
        private final Map<String, DraftReason> given;
        private final List<DraftChange> list = new ArrayList<>();

        Changes(Map<String, DraftReason> given) {
            this.given = given;
        }

        void add(RevisionKind kind, Long goalId, Long kpiId, Integer year, String before, String after, String field) {
            add(kind, goalId, kpiId, year, before, after, DraftChange.key(kind, kpiId == null ? goalId : kpiId, year),
                    field, null);
        }

        void add(RevisionKind kind, Long goalId, Long kpiId, Integer year, String before, String after, String key,
                 String field, Long mergedInto) {
            DraftReason reason = given.get(key);
            list.add(new DraftChange(kind, goalId, kpiId, year, before, after, key, field,
                    reason == null ? null : reason.getReason(), mergedInto));
        }
    }
}
