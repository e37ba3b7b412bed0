package io.plancycle.cycle;

import io.plancycle.notification.NotificationLog;
import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.step.Stage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The planning office's progress board of a cycle: every agency (or those at one step, or overdue or due soon) ×
 * the steps, each agency linked to its plan, history and review responses, with the approver's return on top when
 * the cycle came back from approval. What {@link BoardPages} shows for {@code GET /admin/cycles/{year}}.
 */
@Component
class AdminBoardPage {

    /** The board's columns: the steps of an agency's submission. */
    static final List<SubmissionStage> BOARD_STAGES = List.of(SubmissionStage.DRAFTING, SubmissionStage.REVIEW,
            SubmissionStage.REVISION, SubmissionStage.REPORT, SubmissionStage.APPROVAL_REVISION, SubmissionStage.DONE);
    /** The urgencies the board narrows to (a due date's colour, {@link RocFormat#urgency}). */
    static final List<String> DUE_FILTERS = List.of("overdue", "due-soon");

    private final ProgressBoard progressBoard;
    private final Agencies agencies;
    private final RocFormat roc;

    AdminBoardPage(ProgressBoard progressBoard, Agencies agencies, RocFormat roc) {
        this.progressBoard = progressBoard;
        this.agencies = agencies;
        this.roc = roc;
    }

    /** Which agencies the board shows: at one step (null: any), overdue or due soon (null: any). */
    public record Filter(SubmissionStage step, String due) {

        static final Filter NONE = new Filter(null, null);

        /** The filter as the query asks for it; a value the board does not offer narrows nothing. */
        static Filter of(String step, String due) {
            SubmissionStage stage = BOARD_STAGES.stream().filter(s -> s.name().equalsIgnoreCase(step)).findFirst()
                    .orElse(null);
            return new Filter(stage, due != null && DUE_FILTERS.contains(due) ? due : null);
        }

        public boolean narrows() {
            return step != null || due != null;
        }

        boolean shows(AdminBoardRow row) {
            return (step == null || row.stage() == step)
                    && (due == null || (row.stage() != SubmissionStage.DONE && row.urgency().equals(due)));
        }
    }

    String show(int year, Filter filter, Model model, Map<String, String> errors) {
        ProgressBoard.Board board = progressBoard.read(year);
        CycleView cycle = board.cycle();
        Map<String, String> names = AdminInput.agencyNames(agencies.inCityOrder());
        List<AdminBoardRow> all = cycle.agencies().stream()
                .map(a -> AdminBoardRow.of(a, names.getOrDefault(a.code(), a.name()), roc.urgency(a.dueOn()),
                        board.notices().getOrDefault(a.code(), List.of()), board.signOffFrom().get(a.code()))).toList();
        Map<SubmissionStage, Long> atStage = new EnumMap<>(SubmissionStage.class);
        BOARD_STAGES.forEach(s -> atStage.put(s, 0L));
        cycle.agencies().forEach(a -> atStage.merge(a.stage(), 1L, Long::sum));
        if (!model.containsAttribute("move")) {
            model.addAttribute("move", BoardPages.AdminMoveForm.forEarliestOpenStep(cycle));
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("returned", board.returned());
        model.addAttribute("rows", all.stream().filter(filter::shows).toList());
        model.addAttribute("agencyCount", all.size());
        model.addAttribute("filter", filter);
        model.addAttribute("dueFilters", DUE_FILTERS);
        model.addAttribute("boardStages", BOARD_STAGES);
        model.addAttribute("atStage", atStage);
        model.addAttribute("overdue", cycle.agencies().stream().filter(CycleView.AgencyProgress::overdue).count());
        model.addAttribute("calendarStages", Stage.values());
        model.addAttribute("changes", board.changes());
        model.addAttribute("errors", errors);
        return "pages/admin/board";
    }

    /**
     * One agency's line on the progress board: per column whether the step is done, skipped (no revision was asked
     * for; the approver's revision shows only while it is the current one), the current one or still ahead; the round
     * of review; the notices of its current step. Waiting at its head's sign-off, the step its clerk sent is the
     * current one, marked as at the head ({@code signingOff}), by the sign-off's due date.
     */
    public record AdminBoardRow(String code, String name, SubmissionStage stage, int round, LocalDate dueOn,
                                String urgency, Map<SubmissionStage, String> cells,
                                List<NotificationLog.StepNotice> notices, boolean signingOff) {

        /** The colour of a cell: the current step by its due date, finished steps (and a finished agency) grey. */
        public String cellClass(SubmissionStage column) {
            String state = cells.get(column);
            if (state.equals("done") || state.equals("skipped") || (state.equals("current") && column == SubmissionStage.DONE)) {
                return "pc-cell-done";
            }
            return state.equals("current") ? "pc-cell-" + urgency : "";
        }

        static AdminBoardRow of(CycleView.AgencyProgress a, String name, String urgency,
                                List<NotificationLog.StepNotice> notices, SubmissionStage signOffFrom) {
            boolean signingOff = a.stage() == SubmissionStage.SIGN_OFF && signOffFrom != null;
            int current = BOARD_STAGES.indexOf(signingOff ? signOffFrom : a.stage());
            Map<SubmissionStage, String> cells = new EnumMap<>(SubmissionStage.class);
            for (int i = 0; i < BOARD_STAGES.size(); i++) {
                SubmissionStage column = BOARD_STAGES.get(i);
                String state = i < current ? "done" : i == current ? "current" : "ahead";
                boolean noRevision = column == SubmissionStage.REVISION ? a.reviewRound() <= 1
                        : column == SubmissionStage.APPROVAL_REVISION;
                if (state.equals("done") && noRevision) {
                    state = "skipped";
                }
                cells.put(column, state);
            }
            return new AdminBoardRow(a.code(), name, a.stage(), a.reviewRound(), a.dueOn(), urgency, cells, notices,
                    signingOff);
        }
    }

}
