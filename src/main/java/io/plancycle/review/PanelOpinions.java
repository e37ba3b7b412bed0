package io.plancycle.review;

import io.plancycle.problem.PeopleCode;
import io.plancycle.plan.Kpi;
import io.plancycle.plan.Plan;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Identities;
import io.plancycle.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The panel members' opinions (委員意見): each assigned member writes one per KPI and one on the whole submission, on
 * every round under review, saved whatever they say and as often as they like; the evaluation team's lead reads them
 * side by side before deciding, and the review-response table names who said what.
 */
@Service
public class PanelOpinions {

    /** The longest opinion kept, as a review comment. */
    static final int MAX_TEXT = 20000;

    /**
     * What a member sees of an agency assigned to them: the submission as it stands (null before it was first
     * submitted) and their own opinions on the current round ({@code open}: the round is under review, they may write).
     */
    public record Sheet(int year, String agencyCode, String agencyName, SubmissionStage stage, int round,
                        LocalDate dueOn, boolean open, int reportYear, List<Integer> years, PlanView plan,
                        Map<Long, String> opinions, String overall, Instant savedAt) {
        public String opinion(Long kpiId) {
            return opinions.get(kpiId);
        }
    }

    /** One member's opinion: on a KPI, or on the whole submission ({@code kpiId} null). */
    public record Opinion(int round, Long kpiId, String member, String memberName, String text, Instant savedAt) {
    }

    /** The opinions of a round, and the members who gave them or were asked, in the order their columns are shown. */
    public record RoundOpinions(int round, List<PanelAssignments.Member> members, List<Opinion> opinions) {
        /** Per member, their opinion on the KPI (null: the whole submission), or null where they gave none. */
        public List<Opinion> on(Long kpiId) {
            return members.stream().map(m -> opinions.stream()
                    .filter(o -> o.member().equals(m.id()) && Objects.equals(o.kpiId(), kpiId))
                    .findFirst().orElse(null)).toList();
        }

        public boolean any(Long kpiId) {
            return opinions.stream().anyMatch(o -> Objects.equals(o.kpiId(), kpiId));
        }
    }

    private final PlanService planService;
    private final PanelAssignments assignments;
    private final PanelOpinionRepository opinions;
    private final Identities identities;

    PanelOpinions(PlanService planService, PanelAssignments assignments, PanelOpinionRepository opinions,
                  Identities identities) {
        this.planService = planService;
        this.assignments = assignments;
        this.opinions = opinions;
        this.identities = identities;
    }

    /** The agency's submission and the signed-in member's opinions on its current round; for its members only. */
    @Transactional(readOnly = true)
    public Sheet mine(int year, String agencyCode) {
        Plan plan = planService.planInCycle(year, agencyCode);
        assignments.requireAssigned(plan);
        int round = plan.getReviewRound();
        Map<Long, String> written = new LinkedHashMap<>();
        Instant savedAt = null;
        for (PanelOpinion o : opinions.findByPlanIdAndRoundAndMember(plan.getId(), round, CurrentUser.get().id())) {
            written.put(o.getKpiId(), o.getText());
            savedAt = savedAt == null || o.getSavedAt().isAfter(savedAt) ? o.getSavedAt() : savedAt;
        }
        String overall = written.remove(null);
        List<Integer> years = IntStream.rangeClosed(plan.getFirstYear(), Math.max(plan.getFirstYear(), plan.getLastYear()))
                .boxed().toList();
        // Before its first submission there is nothing to read: the draft is the agency's own.
        PlanView view = round >= 1 ? planService.view(plan, year) : null;
        return new Sheet(year, agencyCode, plan.getAgencyName(), plan.getStage(), round, plan.getStageDueOn(),
                plan.getStage() == SubmissionStage.REVIEW, year - 1, years, view, written, overall, savedAt);
    }

    /**
     * Keeps the signed-in member's opinions on the round under review, replacing those saved before (a blank one is
     * removed). Refused, nothing saved, for a KPI not in the submission or a text too long, each naming its field
     * ({@code opinions[kpiId]}, {@code overall}); only while the submission is under review.
     */
    @Transactional
    public Sheet save(int year, String agencyCode, OpinionRequest request) {
        Plan plan = planService.planInCycle(year, agencyCode);
        assignments.requireAssigned(plan);
        PlanService.requireStage(plan, SubmissionStage.REVIEW);
        Map<Long, String> requested = Objects.requireNonNullElse(request.opinions(), Map.of());
        Set<Long> kpiIds = plan.liveKpis().stream().map(Kpi::getId).collect(Collectors.toSet());
        Problems problems = new Problems();
        requested.forEach((kpiId, text) -> {
            if (!kpiIds.contains(kpiId)) {
                problems.add("opinions[" + kpiId + "]", PeopleCode.PANEL_KPI_UNKNOWN, kpiId, plan.getAgencyName());
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add("opinions[" + kpiId + "]", MessageCode.FIELD_TOO_LONG, MAX_TEXT);
            }
        });
        if (request.overall() != null && request.overall().length() > MAX_TEXT) {
            problems.add("overall", MessageCode.FIELD_TOO_LONG, MAX_TEXT);
        }
        problems.throwIfAny();
        Map<Long, String> wanted = new HashMap<>();
        requested.forEach((kpiId, text) -> wanted.put(kpiId, text == null ? "" : text.strip()));
        wanted.put(null, request.overall() == null ? "" : request.overall().strip());
        String member = CurrentUser.get().id();
        int round = plan.getReviewRound();
        Instant now = Instant.now();
        Map<Long, PanelOpinion> saved = new HashMap<>();
        opinions.findByPlanIdAndRoundAndMember(plan.getId(), round, member).forEach(o -> saved.put(o.getKpiId(), o));
        wanted.forEach((kpiId, text) -> {
            PanelOpinion opinion = saved.get(kpiId);
            if (text.isEmpty()) {
                if (opinion != null) {
                    opinions.delete(opinion);
                }
            } else if (opinion == null) {
                PanelOpinion added = new PanelOpinion(plan.getId(), round, kpiId, member);
                added.write(text, now);
                opinions.save(added);
            } else if (!text.equals(opinion.getText())) {
                opinion.write(text, now);
            }
        });
        opinions.flush();
        return mine(year, agencyCode);
    }

    /**
     * The members' opinions on a round of the agency's submission (null: the current one), side by side; for the
     * evaluation team.
     */
    @Transactional(readOnly = true)
    public RoundOpinions ofRound(int year, String agencyCode, Integer round) {
        CurrentUser.require(Role.REVIEWER);
        Plan plan = planService.planInCycle(year, agencyCode);
        int shown = round == null ? plan.getReviewRound() : round;
        return byRound(plan).getOrDefault(shown,
                new RoundOpinions(shown, members(plan, List.of(), identities.names()), List.of()));
    }

    /**
     * Every round's opinions of the plan, by round; the members of each are those asked now and those who gave an
     * opinion then. The caller has checked who may read them.
     */
    Map<Integer, RoundOpinions> byRound(Plan plan) {
        Map<String, String> names = identities.names();
        Map<Integer, List<Opinion>> byRound = opinions.findByPlanIdOrderByRoundAscIdAsc(plan.getId()).stream()
                .map(o -> new Opinion(o.getRound(), o.getKpiId(), o.getMember(),
                        names.getOrDefault(o.getMember(), o.getMember()), o.getText(), o.getSavedAt()))
                .collect(Collectors.groupingBy(Opinion::round, LinkedHashMap::new, Collectors.toList()));
        Map<Integer, RoundOpinions> rounds = new LinkedHashMap<>();
        byRound.forEach((round, list) -> rounds.put(round, new RoundOpinions(round, members(plan, list, names), list)));
        return rounds;
    }

    private List<PanelAssignments.Member> members(Plan plan, List<Opinion> given, Map<String, String> names) {
        Set<String> ids = new LinkedHashSet<>(assignments.panelOf(plan));
        given.forEach(o -> ids.add(o.member()));
        return ids.stream().sorted().map(id -> new PanelAssignments.Member(id, names.getOrDefault(id, id))).toList();
    }
}
