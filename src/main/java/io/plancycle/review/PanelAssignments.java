package io.plancycle.review;

import io.plancycle.problem.PeopleCode;
import io.plancycle.cycle.ReviewAudience;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanRepository;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which panel members (評核委員, the group {@code review-panel}) read which agency's submission in a cycle: assigned by
 * the planning office, agency by agency, changed as often as needed (each change in the audit trail). A member reads
 * and writes opinions only on the agencies assigned to them; with nobody assigned the evaluation team reviews alone.
 */
@Service
public class PanelAssignments implements ReviewAudience {

    /** A panel member: user id and name. */
    public record Member(String id, String name) {
    }

    /** An agency of the cycle with its step, round of review and the members assigned to it. */
    public record AgencyPanel(String agency, String agencyName, SubmissionStage stage, int round, List<Member> members) {
    }

    /** The cycle's assignments: every panel member there is, and every agency taking part with its members. */
    public record Board(int year, List<Member> panel, List<AgencyPanel> agencies) {
    }

    /** An agency assigned to the signed-in member, where its submission stands. */
    public record Assigned(int year, String agency, String agencyName, SubmissionStage stage, int round,
                           LocalDate dueOn) {
        /** The submission waits for the review: the member's opinions are asked now. */
        public boolean underReview() {
            return stage == SubmissionStage.REVIEW;
        }
    }

    private final PlanRepository plans;
    private final PanelAssignmentRepository assignments;
    private final Identities identities;

    PanelAssignments(PlanRepository plans, PanelAssignmentRepository assignments, Identities identities) {
        this.plans = plans;
        this.assignments = assignments;
        this.identities = identities;
    }

    /** The cycle's assignments; for the planning office. */
    @Transactional(readOnly = true)
    public Board board(int year) {
        CurrentUser.require(Role.ADMIN);
        List<Plan> inCycle = plansOf(year);
        Map<String, String> names = identities.names();
        Map<Long, List<Member>> byPlan = assignments.findByPlanIdInOrderByMember(inCycle.stream().map(Plan::getId).toList())
                .stream().collect(Collectors.groupingBy(PanelAssignment::getPlanId, Collectors.mapping(
                        a -> new Member(a.getMember(), names.getOrDefault(a.getMember(), a.getMember())), Collectors.toList())));
        List<Member> panel = identities.members(Role.PANEL).entrySet().stream()
                .map(m -> new Member(m.getKey(), m.getValue())).toList();
        return new Board(year, panel, inCycle.stream().map(p -> new AgencyPanel(p.getAgency().getCode(),
                p.getAgencyName(), p.getStage(), p.getReviewRound(), byPlan.getOrDefault(p.getId(), List.of()))).toList());
    }

    /**
     * Sets the members of each agency named (an agency not named keeps its own; an empty list assigns nobody). Refused,
     * with nothing changed, when an agency does not take part in the cycle or is named twice, or a user named is not
     * a panel member; each refusal names its field ({@code assignments[i].agency}, {@code assignments[i].members[j]}).
     */
    @Transactional
    public Board assign(int year, PanelRequest request) {
        CurrentUser.require(Role.ADMIN);
        Map<String, Plan> byCode = new LinkedHashMap<>();
        plansOf(year).forEach(p -> byCode.put(p.getAgency().getCode(), p));
        Set<String> panel = identities.members(Role.PANEL).keySet();
        List<PanelRequest.Assignment> requested = Objects.requireNonNullElse(request.assignments(), List.of());
        Problems problems = new Problems();
        if (requested.isEmpty()) {
            problems.add("assignments", MessageCode.FIELD_REQUIRED);
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            PanelRequest.Assignment assignment = requested.get(i);
            String agency = assignment.agency();
            if (agency == null || !byCode.containsKey(agency)) {
                problems.add("assignments[" + i + "].agency", MessageCode.CYCLE_AGENCY_NOT_TAKING_PART, agency);
            } else if (!named.add(agency)) {
                problems.add("assignments[" + i + "].agency", MessageCode.CYCLE_AGENCY_TWICE, agency);
            }
            List<String> members = assignment.membersOrNone();
            for (int j = 0; j < members.size(); j++) {
                if (!panel.contains(members.get(j))) {
                    problems.add("assignments[" + i + "].members[" + j + "]", PeopleCode.PANEL_NOT_MEMBER, members.get(j));
                }
            }
        }
        problems.throwIfAny();
        String by = CurrentUser.get().id();
        for (PanelRequest.Assignment assignment : requested) {
            Long planId = byCode.get(assignment.agency()).getId();
            Set<String> wanted = new LinkedHashSet<>(assignment.membersOrNone());
            List<PanelAssignment> current = assignments.findByPlanIdOrderByMember(planId);
            current.stream().filter(a -> !wanted.contains(a.getMember())).forEach(assignments::delete);
            current.forEach(a -> wanted.remove(a.getMember()));
            wanted.forEach(member -> assignments.save(new PanelAssignment(planId, member, by)));
        }
        assignments.flush();
        return board(year);
    }

    /** The agencies assigned to the signed-in panel member, the latest cycle first. */
    @Transactional(readOnly = true)
    public List<Assigned> mine() {
        CurrentUser.require(Role.PANEL);
        return assignments.plansOf(CurrentUser.get().id()).stream().map(row -> {
            Plan plan = (Plan) row[0];
            return new Assigned((Integer) row[1], plan.getAgency().getCode(), plan.getAgencyName(), plan.getStage(),
                    plan.getReviewRound(), plan.getStageDueOn());
        }).toList();
    }

    @Override
    public List<String> panelOf(Plan plan) {
        return assignments.findByPlanIdOrderByMember(plan.getId()).stream().map(PanelAssignment::getMember).toList();
    }

    /** Only a panel member assigned to the agency's plan reads it and writes opinions on it. */
    void requireAssigned(Plan plan) {
        CurrentUser.require(Role.PANEL);
        if (!assignments.existsByPlanIdAndMember(plan.getId(), CurrentUser.get().id())) {
            throw new AccessDeniedException("the panel member is not assigned to " + plan.getAgency().getCode());
        }
    }

    private List<Plan> plansOf(int year) {
        List<Plan> inCycle = plans.findAllInCycle(year);
        if (inCycle.isEmpty()) {
            throw new NotFoundException(MessageCode.CYCLE_NOT_FOUND, year);
        }
        return inCycle;
    }
}
