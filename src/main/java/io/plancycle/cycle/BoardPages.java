package io.plancycle.cycle;

import io.plancycle.plan.AdminInput;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.step.Stage;
import io.plancycle.step.Step;
import io.plancycle.ui.FormSave;
import io.plancycle.ui.PlanningOfficePages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;

/**
 * The planning office's (綜合規劃科) progress board of a cycle (the board itself is {@link AdminBoardPage}): moving a
 * step's due date with its reason, and consolidating. Refused input is shown next to its field, with what was typed
 * kept. The list of cycles and opening one are {@link CycleOpeningPages}, the revision summary table
 * {@link RevisionSummaryPages}.
 */
@Controller
@PlanningOfficePages
@RequestMapping("/admin/cycles/{year}")
class BoardPages {

    private final CycleService cycleService;
    private final DeadlineMover deadlineMover;
    private final AdminBoardPage boardPage;
    private final AdminInput input;
    private final RocFormat roc;

    BoardPages(CycleService cycleService, DeadlineMover deadlineMover, AdminBoardPage boardPage, AdminInput input,
               RocFormat roc) {
        this.cycleService = cycleService;
        this.deadlineMover = deadlineMover;
        this.boardPage = boardPage;
        this.input = input;
        this.roc = roc;
    }

    // ---- the progress board ----------------------------------------------------------------------------------------

    /** The board, narrowed to one step and/or to the agencies overdue or due soon when asked. */
    @GetMapping
    String board(@PathVariable int year, @RequestParam(required = false) String step,
                 @RequestParam(required = false) String due, Model model) {
        return boardPage.show(year, AdminBoardPage.Filter.of(step, due), model, new LinkedHashMap<>());
    }

    /**
     * Moves a step's due date with its reason; the board shows the new date and the change, and what the office
     * calendar says about the new date (a holiday, a weekend, a year missing or computed), which never stops the move.
     */
    @PostMapping("/deadline")
    String moveDeadline(@PathVariable int year, @ModelAttribute("move") AdminMoveForm form, Model model, Locale locale,
                        RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Stage stage = null;
        try {
            stage = Stage.parse(form.getStage());
        } catch (InvalidInputException e) {
            errors.put("stage", text(locale, "admin.move.error.stage"));
        }
        LocalDate dueOn = input.date(form.getDueOn(), "dueOn", errors, locale);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.put("reason", text(locale, "admin.move.error.reason"));
        } else if (form.getReason().length() > 5000) {
            errors.put("reason", text(locale, "admin.move.error.reasonLength", 5000));
        }
        String agency = form.getAgency() == null || form.getAgency().isBlank() ? null : form.getAgency().strip();
        FormSave save = FormSave.answering(response).refused(refused -> {
            for (InvalidInputException.FieldError error : refused) {
                String field = error.field().equals("reason") || error.field().equals("agency") ? error.field() : "dueOn";
                errors.putIfAbsent(field, text(locale, switch (field) {
                    case "reason" -> "admin.move.error.reason";
                    case "agency" -> "admin.move.error.agency";
                    default -> "admin.move.error.same";
                }));
            }
            return boardPage(year, model, errors);
        });
        if (!errors.isEmpty()) {
            return save.invalid(() -> boardPage(year, model, errors));
        }
        Stage moved = stage;
        LocalDate before = agency == null ? cycleService.cycle(year).dueOn(stage) : cycleService.read(year).agencies().stream()
                .filter(a -> a.code().equals(agency)).map(CycleView.AgencyProgress::dueOn).findFirst().orElse(null);
        return save.saveThen(() -> deadlineMover.move(year, moved, new MoveDeadlineRequest(dueOn, form.getReason().strip(), agency)),
                cycle -> {
                    redirect.addFlashAttribute("notice", text(locale, "admin.move.done",
                            text(locale, "admin.calendar." + moved.name()), roc.date(before), roc.date(dueOn)));
                    redirect.addFlashAttribute("calendarWarnings", cycle.warnings());
                    return "redirect:/admin/cycles/" + year;
                });
    }

    @PostMapping("/consolidation")
    String consolidate(@PathVariable int year, Locale locale, RedirectAttributes redirect) {
        try {
            cycleService.consolidate(year);
            redirect.addFlashAttribute("notice", text(locale, "admin.board.consolidated", year));
        } catch (WrongStageException e) {
            redirect.addFlashAttribute("problem", text(locale, "admin.board.notConsolidating",
                    text(locale, "stage." + e.getCurrentStage())));
        }
        return "redirect:/admin/cycles/" + year;
    }

    private String boardPage(int year, Model model, Map<String, String> errors) {
        return boardPage.show(year, AdminBoardPage.Filter.NONE, model, errors);
    }

    private String text(Locale locale, String key, Object... args) {
        return input.text(locale, key, args);
    }

    // ---- what the pages show and what their forms send -------------------------------------------------------------

    /** The form that moves a step's due date: the step (drafting … approval), the new date, and why. */
    public static class AdminMoveForm {
        private String stage = "drafting";
        private String dueOn;
        private String reason;
        private String agency;

        /**
         * The form set on the earliest step any agency is still at (consolidation and approval: the approval date); a
         * head's sign-off keeps no date of the calendar and counts for none.
         */
        static AdminMoveForm forEarliestOpenStep(CycleView cycle) {
            AdminMoveForm form = new AdminMoveForm();
            form.stage = cycle.agencies().stream().map(CycleView.AgencyProgress::stage)
                    .flatMap(s -> s.step().stream()).map(Step::dueStage).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .map(s -> s.name().toLowerCase(Locale.ROOT))
                    .orElse("approval");
            return form;
        }

        public String getStage() { return stage; }
        public void setStage(String stage) { this.stage = stage; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
    }
}
