package io.plancycle.plan;

import io.plancycle.plan.MediumTermPlanRequest.AgencyChange;
import io.plancycle.plan.MediumTermPlanRequest.Assignment;
import io.plancycle.plan.MediumTermPlanRequest.NewAgency;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The city's agencies as a new medium-term plan reorganises them, worked out before anything is saved: which agency
 * carries on, is renamed, merged, split or added, which agencies end, and which part of which current plan each
 * agency of the new plan starts from. Every problem of the changes is named by its field ({@code reorganisation[1].to[0].code}).
 */
final class CityReorganisation {

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The goals and KPIs of a current plan an agency of the new plan takes: all of them, or those a split gave it. */
    record Part(Plan source, Set<Goal> goals, Set<Kpi> kpis) {
    }

    /**
     * An agency of the new plan: the agency (an existing one, or a new one not yet saved), its name and English name
     * in the new plan, the agencies it continues (itself when renamed), what happened and the parts it starts from.
     */
    record Successor(Agency agency, String name, String nameEn, AgencyChangeKind kind, List<Agency> predecessors, List<Part> parts) {
    }

    private final List<Successor> successors = new ArrayList<>();
    private final List<Agency> retired = new ArrayList<>();
    /** The new agencies set up after an agency of the city, to take their place in the city's order after it. */
    private final Map<Agency, List<Agency>> placedAfter = new IdentityHashMap<>();
    private final List<Agency> added = new ArrayList<>();

    private CityReorganisation() {
    }

    /**
     * The reorganisation of {@code all} (every agency, in the city's order, those ended before included) by the
     * changes, each agency starting from its current plan ({@code plans}; null: none, an empty plan).
     */
    static CityReorganisation of(List<Agency> all, Function<Agency, Plan> plans, List<AgencyChange> changes,
                                Problems problems) {
        CityReorganisation city = new CityReorganisation();
        Map<String, Agency> byCode = new LinkedHashMap<>();
        all.forEach(a -> byCode.put(a.getCode(), a));
        Map<Agency, Integer> changeOf = new IdentityHashMap<>();
        Set<String> newCodes = new HashSet<>();
        for (int c = 0; c < changes.size(); c++) {
            String at = "reorganisation[" + c + "]";
            AgencyChange change = changes.get(c);
            for (int f = 0; f < change.from().size(); f++) {
                Agency from = byCode.get(change.from().get(f));
                if (from == null || !from.isCurrent()) {
                    problems.add(at + ".from[" + f + "]", MessageCode.AGENCY_UNKNOWN, change.from().get(f));
                } else if (changeOf.putIfAbsent(from, c) != null) {
                    problems.add(at + ".from[" + f + "]", MessageCode.MEDIUM_AGENCY_TWICE, from.getName());
                }
            }
            if (change.to().isEmpty()) {
                problems.add(at + ".to", MessageCode.MEDIUM_CHANGE_TO_MISSING);
            } else if (change.from().size() > 1 && change.to().size() > 1) {
                problems.add(at + ".to", MessageCode.MEDIUM_CHANGE_MANY_TO_MANY);
            }
            for (int t = 0; t < change.to().size(); t++) {
                checkNew(change, change.to().get(t), at + ".to[" + t + "]", byCode, newCodes, problems);
            }
            if (!change.assign().isEmpty() && (change.from().size() != 1 || change.to().size() < 2)) {
                problems.add(at + ".assign", MessageCode.MEDIUM_ASSIGN_NOT_SPLIT);
            }
        }
        if (!problems.isEmpty()) {
            return city;
        }
        for (int c = 0; c < changes.size(); c++) {
            city.change(changes.get(c), "reorganisation[" + c + "]", byCode, plans, problems);
        }
        for (Agency agency : all) {
            if (agency.isCurrent() && !changeOf.containsKey(agency)) {
                city.successors.add(new Successor(agency, agency.getName(), agency.getNameEn(), AgencyChangeKind.UNCHANGED, List.of(),
                        List.of(whole(plans.apply(agency)))));
            }
        }
        List<Agency> order = city.order(all);
        city.successors.sort((a, b) -> Integer.compare(order.indexOf(a.agency()), order.indexOf(b.agency())));
        return city;
    }

    /** A new agency's code and name: its code a new one or one of the agencies it comes from. */
    private static void checkNew(AgencyChange change, NewAgency to, String at, Map<String, Agency> byCode,
                                 Set<String> newCodes, Problems problems) {
        String code = to.code() == null ? "" : to.code().strip();
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            problems.add(at + ".code", MessageCode.MEDIUM_AGENCY_CODE_INVALID);
        } else if (!newCodes.add(code)) {
            problems.add(at + ".code", MessageCode.MEDIUM_AGENCY_TWICE, code);
        } else if (byCode.containsKey(code) && !change.from().contains(code)) {
            problems.add(at + ".code", MessageCode.MEDIUM_AGENCY_CODE_TAKEN, code);
        }
        problems.requireText(at + ".name", to.name());
        if (to.name() != null && to.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(at + ".name", MessageCode.FIELD_TOO_LONG, MAX_NAME_LENGTH);
        }
    }

    private void change(AgencyChange change, String at, Map<String, Agency> byCode, Function<Agency, Plan> plans,
                        Problems problems) {
        List<Agency> from = change.from().stream().map(byCode::get).toList();
        AgencyChangeKind kind = from.isEmpty() ? AgencyChangeKind.ADDED : from.size() > 1 ? AgencyChangeKind.MERGED : change.to().size() > 1 ? AgencyChangeKind.SPLIT
                : AgencyChangeKind.RENAMED;
        Map<String, List<Part>> parts = kind == AgencyChangeKind.SPLIT
                ? split(plans.apply(from.get(0)), from.get(0), change, at, problems)
                : Map.of(change.to().get(0).code().strip(), from.stream().map(a -> whole(plans.apply(a))).toList());
        Agency anchor = from.stream().min((a, b) -> Integer.compare(a.getSortOrder(), b.getSortOrder())).orElse(null);
        for (NewAgency to : change.to()) {
            String code = to.code().strip();
            Agency agency = from.stream().filter(a -> a.getCode().equals(code)).findFirst().orElse(null);
            if (agency == null) {
                agency = new Agency(code, to.name().strip(), blankToNull(to.nameEn()), 0);
                (anchor == null ? added : placedAfter.computeIfAbsent(anchor, a -> new ArrayList<>())).add(agency);
            }
            successors.add(new Successor(agency, to.name().strip(), blankToNull(to.nameEn()), kind, from,
                    parts.getOrDefault(code, List.of())));
        }
        List<String> kept = change.to().stream().map(t -> t.code().strip()).toList();
        from.stream().filter(a -> !kept.contains(a.getCode())).forEach(retired::add);
    }

    /** A split: each KPI to the agency named for it, else for its goal, else the first; a goal to each agency with its KPIs. */
    private static Map<String, List<Part>> split(Plan plan, Agency agency, AgencyChange change, String at,
                                                 Problems problems) {
        List<String> codes = change.to().stream().map(t -> t.code().strip()).toList();
        Map<Goal, String> goalTo = new HashMap<>();
        Map<Kpi, String> kpiTo = new HashMap<>();
        List<Goal> goals = plan == null ? List.of() : plan.liveGoals();
        for (int i = 0; i < change.assign().size(); i++) {
            Assignment assignment = change.assign().get(i);
            String field = at + ".assign[" + i + "]";
            if (!codes.contains(assignment.to())) {
                problems.add(field + ".to", MessageCode.MEDIUM_ASSIGN_TO_UNKNOWN, assignment.to());
                continue;
            }
            Goal goal = goals.stream().filter(g -> assignment.goal() != null && g.getNo() == assignment.goal()).findFirst().orElse(null);
            Kpi kpi = goal == null || assignment.kpi() == null ? null
                    : goal.liveKpis().stream().filter(k -> k.getNo() == assignment.kpi()).findFirst().orElse(null);
            if (goal == null || assignment.kpi() != null && kpi == null) {
                problems.add(field, MessageCode.MEDIUM_ASSIGN_UNKNOWN, agency.getName(), assignment.kpi() == null
                        ? Numbering.goal(assignment.goal() == null ? 0 : assignment.goal())
                        : Numbering.kpi(assignment.goal() == null ? 0 : assignment.goal(), assignment.kpi(), java.util.Locale.TAIWAN));
            } else if (kpi == null) {
                goalTo.put(goal, assignment.to());
            } else {
                kpiTo.put(kpi, assignment.to());
            }
        }
        Map<String, List<Part>> parts = new HashMap<>();
        for (String code : codes) {
            Set<Goal> goalsOf = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Kpi> kpisOf = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Goal goal : goals) {
                String goalCode = goalTo.getOrDefault(goal, codes.get(0));
                goal.liveKpis().stream().filter(k -> kpiTo.getOrDefault(k, goalCode).equals(code)).forEach(kpisOf::add);
                if (goalCode.equals(code) && goal.liveKpis().isEmpty() || goal.liveKpis().stream().anyMatch(kpisOf::contains)) {
                    goalsOf.add(goal);
                }
            }
            parts.put(code, plan == null ? List.of() : List.of(new Part(plan, goalsOf, kpisOf)));
        }
        return parts;
    }

    /** Every goal and KPI of the plan; nothing when there is none. */
    private static Part whole(Plan plan) {
        if (plan == null) {
            return new Part(null, Set.of(), Set.of());
        }
        Set<Goal> goals = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Kpi> kpis = Collections.newSetFromMap(new IdentityHashMap<>());
        goals.addAll(plan.liveGoals());
        kpis.addAll(plan.liveKpis());
        return new Part(plan, goals, kpis);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The agencies of the new plan, in the city's new order. */
    List<Successor> successors() {
        return successors;
    }

    /** The agencies that end with the old plan: merged or split into others. */
    List<Agency> retired() {
        return retired;
    }

    /**
     * Every agency, those ended before and those set up now included, in the city's new order: each keeps its place,
     * a new agency comes after the first (in the city's order) of those it comes from, and an added one at the end.
     */
    List<Agency> order(List<Agency> all) {
        List<Agency> order = new ArrayList<>();
        for (Agency agency : all) {
            order.add(agency);
            order.addAll(placedAfter.getOrDefault(agency, List.of()));
        }
        order.addAll(added);
        return order;
    }
}
