package io.plancycle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.DeadlineMover;
import io.plancycle.cycle.MoveDeadlineRequest;
import io.plancycle.notification.ContactBook;
import io.plancycle.notification.ContactView;
import io.plancycle.notification.NotificationLog;
import io.plancycle.notification.NotificationPage;
import io.plancycle.notification.NotificationStatus;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.Agency;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.NotFoundException;
import io.plancycle.problem.WrongStageException;
import io.plancycle.report.AchievementDistribution;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import io.plancycle.step.Stage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planning office's (綜合規劃科) pages: the progress board of a cycle (moving a due date, consolidating; the board
 * itself is {@link AdminBoardPage}), the achievement charts, the agencies' contacts and the notification log. The list
 * of cycles and opening one are {@link CycleOpeningPages}, the revision summary table {@link RevisionSummaryPages}.
 * Administrators only; anyone else gets the 403 page. Refused input is shown next to its field, with what was typed
 * kept.
 */
@Controller
@RequestMapping("/admin")
class AdminPages {

    static final int NOTIFICATIONS_PER_PAGE = 50;

    private final CycleService cycleService;
    private final DeadlineMover deadlineMover;
    private final AchievementDistribution achievements;
    private final ContactBook contactBook;
    private final NotificationLog notificationLog;
    private final Agencies agencies;
    private final AdminInput input;
    private final AdminBoardPage boardPage;
    private final ObjectMapper json;
    private final RocFormat roc;

    AdminPages(CycleService cycleService, DeadlineMover deadlineMover,
               AchievementDistribution achievements, ContactBook contactBook, NotificationLog notificationLog,
               Agencies agencies, AdminInput input, AdminBoardPage boardPage, ObjectMapper json, RocFormat roc) {
        this.cycleService = cycleService;
        this.deadlineMover = deadlineMover;
        this.achievements = achievements;
        this.contactBook = contactBook;
        this.notificationLog = notificationLog;
        this.agencies = agencies;
        this.input = input;
        this.boardPage = boardPage;
        this.json = json;
        this.roc = roc;
    }

    /** Runs before every page of the planning office: nobody else may open them. */
    @ModelAttribute
    void planningOfficeOnly() {
        CurrentUser.require(Role.ADMIN);
    }

    // ---- the progress board ----------------------------------------------------------------------------------------

    /** The board, narrowed to one step and/or to the agencies overdue or due soon when asked. */
    @GetMapping("/cycles/{year}")
    String board(@PathVariable int year, @RequestParam(required = false) String step,
                 @RequestParam(required = false) String due, Model model) {
        return boardPage.show(year, AdminBoardPage.Filter.of(step, due), model, new LinkedHashMap<>());
    }

    /** Moves a step's due date with its reason; the board shows the new date and the change. */
    @PostMapping("/cycles/{year}/deadline")
    String moveDeadline(@PathVariable int year, @ModelAttribute("move") AdminMoveForm form, Model model, Locale locale,
                        RedirectAttributes redirect) {
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
        if (!errors.isEmpty()) {
            return boardPage(year, model, errors);
        }
        LocalDate before = cycleService.cycle(year).dueOn(stage);
        try {
            deadlineMover.move(year, stage, new MoveDeadlineRequest(dueOn, form.getReason().strip()));
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError error : e.getErrors()) {
                String field = error.field().equals("reason") ? "reason" : "dueOn";
                errors.putIfAbsent(field, text(locale, field.equals("reason") ? "admin.move.error.reason"
                        : "admin.move.error.same"));
            }
            return boardPage(year, model, errors);
        }
        redirect.addFlashAttribute("notice", text(locale, "admin.move.done", text(locale, "admin.calendar." + stage.name()),
                roc.date(before), roc.date(dueOn)));
        return "redirect:/admin/cycles/" + year;
    }

    @PostMapping("/cycles/{year}/consolidation")
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

    // ---- the achievement charts ------------------------------------------------------------------------------------

    @GetMapping("/cycles/{year}/charts")
    String charts(@PathVariable int year, Model model, Locale locale) throws JsonProcessingException {
        AchievementDistribution.Distribution distribution = achievements.of(cycleService.cycle(year).getId(), year - 1);
        model.addAttribute("year", year);
        model.addAttribute("distribution", distribution);
        model.addAttribute("chartHeight", Math.max(260, distribution.agencies().size() * 26 + 80));
        Map<String, String> names = AdminInput.agencyNames(agencies.inCityOrder());
        model.addAttribute("agencyNames", names);
        model.addAttribute("chartJson", json.writeValueAsString(chartData(distribution, names, locale)));
        return "pages/admin/charts";
    }

    /** What admin.js draws: the agencies' names, the four counts per agency and the rate bins per agency and in all. */
    private Map<String, Object> chartData(AchievementDistribution.Distribution d, Map<String, String> names,
                                          Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agencies", d.agencies().stream()
                .map(a -> Map.of("code", a.code(), "name", names.getOrDefault(a.code(), a.name()))).toList());
        data.put("series", List.of(
                series("met", text(locale, "admin.charts.met"), d.agencies().stream().map(a -> a.met()).toList()),
                series("notMet", text(locale, "admin.charts.notMet"), d.agencies().stream().map(a -> a.notMet()).toList()),
                series("overThreshold", text(locale, "admin.charts.overThreshold"),
                        d.agencies().stream().map(a -> a.overThreshold()).toList()),
                series("notJudged", text(locale, "admin.charts.notJudged"),
                        d.agencies().stream().map(a -> a.notJudged()).toList())));
        data.put("bins", d.binLabels());
        Map<String, List<Integer>> rates = new LinkedHashMap<>();
        rates.put("", d.total().rateBins());
        d.agencies().forEach(a -> rates.put(a.code(), a.rateBins()));
        data.put("rates", rates);
        data.put("kpisLabel", text(locale, "admin.charts.kpis"));
        data.put("rateLabel", text(locale, "admin.charts.rate"));
        return data;
    }

    private static Map<String, Object> series(String key, String label, List<Integer> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("key", key);
        series.put("label", label);
        series.put("data", values);
        return series;
    }

    // ---- the agencies' contacts ------------------------------------------------------------------------------------

    @GetMapping("/contacts")
    String contacts(@RequestParam(required = false) String agency, Model model) {
        List<Agency> all = agencies.inCityOrder();
        String code = agency == null || agency.isBlank() ? (all.isEmpty() ? null : all.get(0).getCode()) : agency;
        AdminContactsForm form = new AdminContactsForm();
        form.setAgency(code);
        if (code != null) {
            contactBook.read(code).forEach(c -> form.getContacts().add(AdminContactRow.of(c)));
        }
        form.getContacts().add(new AdminContactRow());
        return contactsPage(model, all, form, new LinkedHashMap<>(), null);
    }

    /** Replaces the agency's contacts with the rows kept (blank rows and rows marked for removal are left out). */
    @PostMapping("/contacts")
    String saveContacts(@ModelAttribute("form") AdminContactsForm form, Model model, Locale locale,
                        RedirectAttributes redirect) {
        List<ContactView> kept = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < form.getContacts().size(); i++) {
            AdminContactRow row = form.getContacts().get(i);
            if (row == null || row.isRemove() || row.isBlank()) {
                continue;
            }
            kept.add(new ContactView(row.getName(), row.getEmail(), row.getRole()));
            rowOf.add(i);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> summary = new LinkedHashMap<>();
        String general = null;
        try {
            contactBook.replace(form.getAgency(), kept);
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError error : e.getErrors()) {
                String field = error.field();
                int close = field.indexOf(']');
                if (field.startsWith("[") && close > 0) {
                    int row = rowOf.get(Integer.parseInt(field.substring(1, close)));
                    String part = field.substring(close + 2);
                    errors.putIfAbsent("contacts[" + row + "]." + part, input.problem(locale, error));
                    summary.putIfAbsent("contacts[" + row + "]." + part, text(locale, "admin.contacts.rowError", row + 1,
                            errors.get("contacts[" + row + "]." + part)));
                } else {
                    general = input.problem(locale, error);
                }
            }
            model.addAttribute("errorSummary", summary);
            return contactsPage(model, agencies.inCityOrder(), form, errors, general);
        }
        String name = AdminInput.agencyNames(agencies.inCityOrder()).getOrDefault(form.getAgency(), form.getAgency());
        redirect.addFlashAttribute("notice", text(locale, "admin.contacts.saved", name, kept.size()));
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/contacts").queryParam("agency", form.getAgency())
                .build().encode().toUriString();
    }

    private String contactsPage(Model model, List<Agency> all, AdminContactsForm form, Map<String, String> errors,
                                String general) {
        Map<String, String> names = AdminInput.agencyNames(all);
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", names);
        model.addAttribute("form", form);
        // An unknown code never gets here: reading or replacing its contacts has answered 404 already.
        model.addAttribute("agencyName", names.getOrDefault(form.getAgency(), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "pages/admin/contacts";
    }

    // ---- the notification log --------------------------------------------------------------------------------------

    @GetMapping("/notifications")
    String notifications(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String agencyCode = agency == null || agency.isBlank() ? null : agency;
        String wanted = status == null || status.isBlank() ? null : status;
        NotificationPage found;
        try {
            found = notificationLog.list(agencyCode, wanted, Math.max(page, 0), NOTIFICATIONS_PER_PAGE);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", text(locale, "admin.notifications.badFilter"));
            found = new NotificationPage(List.of(), 0, NOTIFICATIONS_PER_PAGE, false);
        }
        List<Agency> all = agencies.inCityOrder();
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", AdminInput.agencyNames(all));
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("agency", agencyCode);
        model.addAttribute("status", wanted);
        model.addAttribute("found", found);
        return "pages/admin/notifications";
    }

    /** Puts a FAILED notification back in the outbox; back to the log as it was filtered. */
    @PostMapping("/notifications/{id}/resend")
    String resend(@PathVariable long id, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                  Locale locale, RedirectAttributes redirect) {
        try {
            notificationLog.resend(id);
            redirect.addFlashAttribute("notice", text(locale, "admin.notifications.resent", String.valueOf(id)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", text(locale, "admin.notifications.pendingAlready", String.valueOf(id)));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("problem", text(locale, "admin.notifications.gone", String.valueOf(id)));
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/admin/notifications");
        if (agency != null && !agency.isBlank()) {
            back.queryParam("agency", agency);
        }
        if (status != null && !status.isBlank()) {
            back.queryParam("status", status);
        }
        if (page > 0) {
            back.queryParam("page", page);
        }
        return "redirect:" + back.build().encode().toUriString() + "#notification-" + id;
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

        /** The form set on the earliest step any agency is still at (consolidation and approval: the approval date). */
        static AdminMoveForm forEarliestOpenStep(CycleView cycle) {
            AdminMoveForm form = new AdminMoveForm();
            form.stage = cycle.agencies().stream().map(CycleView.AgencyProgress::stage)
                    .filter(s -> s != SubmissionStage.DONE && s != SubmissionStage.BASELINE)
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
    }

    /** An agency's contacts as the form edits them. */
    public static class AdminContactsForm {
        private String agency;
        private List<AdminContactRow> contacts = new ArrayList<>();

        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public List<AdminContactRow> getContacts() { return contacts; }
        public void setContacts(List<AdminContactRow> contacts) { this.contacts = contacts == null ? new ArrayList<>() : contacts; }
    }

    /** One contact on the form: name, email, role (CONTACT 承辦人 or HEAD 主管), and whether to remove it. */
    public static class AdminContactRow {
        private String name;
        private String email;
        private String role = "CONTACT";
        private boolean remove;

        static AdminContactRow of(ContactView contact) {
            AdminContactRow row = new AdminContactRow();
            row.name = contact.name();
            row.email = contact.email();
            row.role = contact.role();
            return row;
        }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (email == null || email.isBlank());
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }
}
