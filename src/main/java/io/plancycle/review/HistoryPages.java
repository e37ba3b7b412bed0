package io.plancycle.review;

import io.plancycle.plan.AgencyPageText;
import io.plancycle.plan.KpiNames;
import io.plancycle.plan.PlanService;
import io.plancycle.plan.PlanView;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.revision.RevisionService;
import io.plancycle.revision.RevisionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The history of an agency's plan in a cycle: every round, newest first, its review and the changes made in answer. */
@Controller
class HistoryPages {

    private final PlanService plans;
    private final RevisionService revisions;
    private final ReviewService reviews;
    private final KpiNames kpis;
    private final AgencyPageText text;

    HistoryPages(PlanService plans, RevisionService revisions, ReviewService reviews, KpiNames kpis,
                 AgencyPageText text) {
        this.plans = plans;
        this.revisions = revisions;
        this.reviews = reviews;
        this.kpis = kpis;
        this.text = text;
    }

    @GetMapping("/cycles/{year}/agencies/{code}/history")
    String history(@PathVariable int year, @PathVariable String code, Model model) {
        PlanView plan = plans.read(year, code);
        List<RevisionView> changes = revisions.history(year, code);
        List<ReviewView> rounds = reviews.rounds(year, code);
        Map<Integer, Round> byRound = new TreeMap<>(Comparator.reverseOrder());
        rounds.forEach(r -> byRound.computeIfAbsent(r.round(), Round::new).review = r);
        changes.forEach(c -> byRound.computeIfAbsent(c.round(), Round::new).changes.add(c));
        Set<Long> ids = new TreeSet<>();
        changes.stream().map(RevisionView::kpiId).filter(Objects::nonNull).forEach(ids::add);
        rounds.forEach(r -> r.comments().stream().map(ReviewView.CommentView::kpiId).filter(Objects::nonNull)
                .forEach(ids::add));
        int lastReviewed = rounds.stream().mapToInt(ReviewView::round).max().orElse(0);
        model.addAttribute("pendingRound", plan.stage() == SubmissionStage.REVIEW && plan.reviewRound() > lastReviewed
                ? plan.reviewRound() : null);
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", byRound.values());
        model.addAttribute("kpiNames", kpis.of(ids));
        model.addAttribute("places", text.places(plan));
        model.addAttribute("active", "history");
        return "pages/agency/history";
    }

    /** One round: the evaluation team's review and the changes the agency made in answer to it. */
    public static final class Round {
        public final int round;
        public ReviewView review;
        public final List<RevisionView> changes = new ArrayList<>();

        Round(int round) {
            this.round = round;
        }

        public int getRound() {
            return round;
        }

        public ReviewView getReview() {
            return review;
        }

        public List<RevisionView> getChanges() {
            return changes;
        }
    }
}
