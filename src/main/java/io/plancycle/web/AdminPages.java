package io.plancycle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plancycle.PlanCycleProperties;
import io.plancycle.cycle.CycleService;
import io.plancycle.cycle.CycleView;
import io.plancycle.cycle.DeadlineMover;
import io.plancycle.cycle.MoveDeadlineRequest;
import io.plancycle.cycle.OpenCycleRequest;
import io.plancycle.cycle.Stage;
import io.plancycle.notification.ContactBook;
import io.plancycle.notification.ContactView;
import io.plancycle.notification.NotificationLog;
import io.plancycle.notification.NotificationPage;
import io.plancycle.notification.NotificationStatus;
import io.plancycle.plan.Agency;
import io.plancycle.plan.AgencyRepository;
import io.plancycle.plan.SubmissionStage;
import io.plancycle.report.AchievementDistribution;
import io.plancycle.revision.RevisionSummary;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The planning office's (綜合規劃科) pages: the cycles and opening one, the progress board of a cycle (moving a due date,
 * consolidating), the KPI rolling revision summary table, the achievement charts, the agencies' contacts and the
 * notification log. Administrators only; anyone else gets the 403 page. Refused input is shown next to its field, with
 * what was typed kept.
 */
@Controller
@RequestMapping("/admin")
class AdminPages {

    /** The board's columns: the steps of an agency's submission. */
    static final List<SubmissionStage> BOARD_STAGES = List.of(SubmissionStage.DRAFTING, SubmissionStage.REVIEW,
            SubmissionStage.REVISION, SubmissionStage.REPORT, SubmissionStage.DONE);
    static final int NOTIFICATIONS_PER_PAGE = 50;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CycleService cycleService;
    private final DeadlineMover deadlineMover;
    private final RevisionSummary revisionSummary;
    private final AchievementDistribution achievements;
    private final ContactBook contactBook;
    private final NotificationLog notificationLog;
    private final AgencyRepository agencies;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final PlanCycleProperties properties;
    private final RocFormat roc;

    AdminPages(CycleService cycleService, DeadlineMover deadlineMover, RevisionSummary revisionSummary,
               AchievementDistribution achievements, ContactBook contactBook, NotificationLog notificationLog,
               AgencyRepository agencies, MessageSource messages, ObjectMapper json, PlanCycleProperties properties,
               RocFormat roc) {
        this.cycleService = cycleService;
        this.deadlineMover = deadlineMover;
        this.revisionSummary = revisionSummary;
        this.achievements = achievements;
        this.contactBook = contactBook;
        this.notificationLog = notificationLog;
        this.agencies = agencies;
        this.messages = messages;
        this.json = json;
        this.properties = properties;
        this.roc = roc;
    }

    /** Runs before every page of the planning office: nobody else may open them. */
    @ModelAttribute
    void planningOfficeOnly() {
        CurrentUser.require(Role.ADMIN);
    }

    // ---- the cycles ------------------------------------------------------------------------------------------------

    @GetMapping("/cycles")
    String cycles(Model model) {
        AdminCycleForm suggested = AdminCycleForm.suggested(cycleService.years(), LocalDate.now(properties.zone()));
        return cyclesPage(model, suggested, new LinkedHashMap<>());
    }

    /** Opens a year's cycle; refused input comes back on the form, next to its field. */
    @PostMapping("/cycles")
    String open(@ModelAttribute("form") AdminCycleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = parseYear(form.getYear(), errors, locale);
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            String field = field(stage);
            dates.put(field, parseDate(form.date(field), field, errors, locale));
        }
        if (form.getAgencies().isEmpty()) {
            errors.put("agencies", text(locale, "admin.cycles.error.agencies"));
        }
        if (!errors.isEmpty()) {
            return cyclesPage(model, form, errors);
        }
        OpenCycleRequest request = new OpenCycleRequest(year, new OpenCycleRequest.Calendar(dates.get("drafting"),
                dates.get("review"), dates.get("revision"), dates.get("report"), dates.get("approval")),
                List.copyOf(form.getAgencies()));
        try {
            cycleService.open(request);
        } catch (ConflictException e) {
            errors.put("year", text(locale, "admin.cycles.error.exists", year));
            return cyclesPage(model, form, errors);
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError error : e.getErrors()) {
                errors.putIfAbsent(openField(error.field()), openMessage(error, locale));
            }
            return cyclesPage(model, form, errors);
        }
        redirect.addFlashAttribute("notice", text(locale, "admin.cycles.opened", year));
        return "redirect:/admin/cycles/" + year;
    }

    private String cyclesPage(Model model, AdminCycleForm form, Map<String, String> errors) {
        model.addAttribute("cycles", cycleService.summaries());
        model.addAttribute("calendarStages", Stage.values());
        List<Agency> all = agencies.findAllByOrderBySortOrder();
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", agencyNames(all));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "pages/admin/cycles";
    }

    /** A field of the open form as the service names it (calendar.review, agencies[3]) → the form's own name. */
    private static String openField(String serviceField) {
        if (serviceField.startsWith("calendar.")) {
            return serviceField.substring("calendar.".length());
        }
        return serviceField.startsWith("agencies") ? "agencies" : serviceField;
    }

    private String openMessage(InvalidInputException.FieldError error, Locale locale) {
        String serviceField = error.field();
        if (serviceField.startsWith("calendar.") && error.message().contains("out of range")) {
            return text(locale, "admin.cycles.error.range");
        }
        if (serviceField.startsWith("calendar.") && error.message().contains("is before")) {
            Stage stage = Stage.parse(serviceField.substring("calendar.".length()));
            if (stage.ordinal() > 0) {
                Stage before = Stage.values()[stage.ordinal() - 1];
                return text(locale, "admin.cycles.error.order", text(locale, "admin.calendar." + stage.name()),
                        text(locale, "admin.calendar." + before.name()));
            }
        }
        if (serviceField.startsWith("agencies")) {
            return text(locale, "admin.cycles.error.agencies");
        }
        return text(locale, "admin.error.invalid");
    }

    // ---- the progress board ----------------------------------------------------------------------------------------

    @GetMapping("/cycles/{year}")
    String board(@PathVariable int year, Model model) {
        return boardPage(year, model, new LinkedHashMap<>());
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
        LocalDate dueOn = parseDate(form.getDueOn(), "dueOn", errors, locale);
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
        CycleView cycle = cycleService.read(year);
        Map<String, List<NotificationLog.StepNotice>> notices =
                notificationLog.currentStepNotices(cycle.openedAt(), cycleService.currentSteps(year));
        Map<String, String> names = agencyNames(agencies.findAllByOrderBySortOrder());
        List<AdminBoardRow> rows = cycle.agencies().stream()
                .map(a -> AdminBoardRow.of(a, names.getOrDefault(a.code(), a.name()), roc.urgency(a.dueOn()),
                        notices.getOrDefault(a.code(), List.of()))).toList();
        Map<SubmissionStage, Long> atStage = new EnumMap<>(SubmissionStage.class);
        BOARD_STAGES.forEach(s -> atStage.put(s, 0L));
        cycle.agencies().forEach(a -> atStage.merge(a.stage(), 1L, Long::sum));
        if (!model.containsAttribute("move")) {
            model.addAttribute("move", AdminMoveForm.forEarliestOpenStep(cycle));
        }
        model.addAttribute("cycle", cycle);
        model.addAttribute("rows", rows);
        model.addAttribute("boardStages", BOARD_STAGES);
        model.addAttribute("atStage", atStage);
        model.addAttribute("overdue", cycle.agencies().stream().filter(CycleView.AgencyProgress::overdue).count());
        model.addAttribute("calendarStages", Stage.values());
        model.addAttribute("changes", deadlineMover.changes(year));
        model.addAttribute("errors", errors);
        return "pages/admin/board";
    }

    // ---- the KPI rolling revision summary table ---------------------------------------------------------------------

    @GetMapping("/cycles/{year}/summary")
    String summary(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("table", revisionSummary.table(year, cycleService.cycle(year).getId()));
        return "pages/admin/summary";
    }

    /** The same CSV as {@code GET /api/cycles/{year}/revision-summary} (text/csv), for the signed-in browser. */
    @GetMapping("/cycles/{year}/summary.csv")
    ResponseEntity<String> summaryCsv(@PathVariable int year) {
        RevisionSummary.Table table = revisionSummary.table(year, cycleService.cycle(year).getId());
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kpi-revision-summary-" + year + ".csv\"")
                .body(RevisionSummary.csv(table));
    }

    // ---- the achievement charts ------------------------------------------------------------------------------------

    @GetMapping("/cycles/{year}/charts")
    String charts(@PathVariable int year, Model model, Locale locale) throws JsonProcessingException {
        AchievementDistribution.Distribution distribution = achievements.of(cycleService.cycle(year).getId(), year - 1);
        model.addAttribute("year", year);
        model.addAttribute("distribution", distribution);
        model.addAttribute("chartHeight", Math.max(260, distribution.agencies().size() * 26 + 80));
        Map<String, String> names = agencyNames(agencies.findAllByOrderBySortOrder());
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
        List<Agency> all = agencies.findAllByOrderBySortOrder();
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
                    errors.putIfAbsent("contacts[" + row + "]." + part, contactMessage(part, error.message(), locale));
                    summary.putIfAbsent("contacts[" + row + "]." + part, text(locale, "admin.contacts.rowError", row + 1,
                            errors.get("contacts[" + row + "]." + part)));
                } else {
                    general = text(locale, "admin.contacts.error.tooMany", 50);
                }
            }
            model.addAttribute("errorSummary", summary);
            return contactsPage(model, agencies.findAllByOrderBySortOrder(), form, errors, general);
        }
        String name = agencyNames(agencies.findAllByOrderBySortOrder()).getOrDefault(form.getAgency(), form.getAgency());
        redirect.addFlashAttribute("notice", text(locale, "admin.contacts.saved", name, kept.size()));
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/contacts").queryParam("agency", form.getAgency())
                .build().encode().toUriString();
    }

    private String contactMessage(String part, String message, Locale locale) {
        return switch (part) {
            case "name" -> text(locale, message.contains("at most") ? "admin.contacts.error.nameLength"
                    : "admin.contacts.error.name", 100);
            case "email" -> text(locale, message.contains("twice") ? "admin.contacts.error.twice" : "admin.contacts.error.email");
            case "role" -> text(locale, "admin.contacts.error.role");
            default -> text(locale, "admin.error.invalid");
        };
    }

    private String contactsPage(Model model, List<Agency> all, AdminContactsForm form, Map<String, String> errors,
                                String general) {
        Map<String, String> names = agencyNames(all);
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
        List<Agency> all = agencies.findAllByOrderBySortOrder();
        model.addAttribute("allAgencies", all);
        model.addAttribute("agencyNames", agencyNames(all));
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

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The agencies' names as the reader reads them, by code: Chinese, or on an English page the English name where
     * the agency has one.
     */
    private static Map<String, String> agencyNames(List<Agency> all) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(a -> names.put(a.getCode(), english && a.getNameEn() != null && !a.getNameEn().isBlank()
                ? a.getNameEn() : a.getName()));
        return names;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String field(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    private Integer parseYear(String value, Map<String, String> errors, Locale locale) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            if (year >= 100 && year <= 200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        errors.put("year", text(locale, "admin.cycles.error.year"));
        return null;
    }

    private LocalDate parseDate(String value, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            errors.put(field, text(locale, "admin.error.dateRequired"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, text(locale, "admin.error.date"));
            return null;
        }
    }

    // ---- what the pages show and what their forms send -------------------------------------------------------------

    /**
     * One agency's line on the progress board: per column whether the step is done, skipped (no revision was asked
     * for), the current one or still ahead; the round of review; the notices of its current step.
     */
    public record AdminBoardRow(String code, String name, SubmissionStage stage, int round, LocalDate dueOn,
                                String urgency, Map<SubmissionStage, String> cells,
                                List<NotificationLog.StepNotice> notices) {

        /** The colour of a cell: the current step by its due date, finished steps (and a finished agency) grey. */
        public String cellClass(SubmissionStage column) {
            String state = cells.get(column);
            if (state.equals("done") || state.equals("skipped") || (state.equals("current") && column == SubmissionStage.DONE)) {
                return "pc-cell-done";
            }
            return state.equals("current") ? "pc-cell-" + urgency : "";
        }

        static AdminBoardRow of(CycleView.AgencyProgress a, String name, String urgency,
                                List<NotificationLog.StepNotice> notices) {
            int current = BOARD_STAGES.indexOf(a.stage());
            Map<SubmissionStage, String> cells = new EnumMap<>(SubmissionStage.class);
            for (int i = 0; i < BOARD_STAGES.size(); i++) {
                SubmissionStage column = BOARD_STAGES.get(i);
                String state = i < current ? "done" : i == current ? "current" : "ahead";
                if (state.equals("done") && column == SubmissionStage.REVISION && a.reviewRound() <= 1) {
                    state = "skipped";
                }
                cells.put(column, state);
            }
            return new AdminBoardRow(a.code(), name, a.stage(), a.reviewRound(), a.dueOn(), urgency, cells, notices);
        }
    }

    /** The form that opens a cycle: the ROC year, the five due dates (ISO, as date inputs send them), the agencies. */
    public static class AdminCycleForm {
        private String year;
        private String drafting;
        private String review;
        private String revision;
        private String report;
        private String approval;
        private List<String> agencies = new ArrayList<>();

        /**
         * The next year without a cycle (this ROC year, or the one after the newest cycle), with the city's usual
         * calendar in the Gregorian year of that ROC year (31 March, 30 April, 31 May, 30 June, 31 July).
         */
        static AdminCycleForm suggested(List<Integer> years, LocalDate today) {
            int thisYear = today.getYear() - RocFormat.ROC_OFFSET;
            int year = years.contains(thisYear) ? years.stream().mapToInt(Integer::intValue).max().orElse(thisYear) + 1 : thisYear;
            int gregorian = year + RocFormat.ROC_OFFSET;
            AdminCycleForm form = new AdminCycleForm();
            form.year = String.valueOf(year);
            form.drafting = LocalDate.of(gregorian, 3, 31).toString();
            form.review = LocalDate.of(gregorian, 4, 30).toString();
            form.revision = LocalDate.of(gregorian, 5, 31).toString();
            form.report = LocalDate.of(gregorian, 6, 30).toString();
            form.approval = LocalDate.of(gregorian, 7, 31).toString();
            form.agencies = null; // every agency, checked
            return form;
        }

        /** The date field of a calendar step by its name (drafting … approval). */
        public String date(String field) {
            return switch (field) {
                case "drafting" -> drafting;
                case "review" -> review;
                case "revision" -> revision;
                case "report" -> report;
                case "approval" -> approval;
                default -> throw new IllegalArgumentException(field);
            };
        }

        /** Whether the agency's box is checked: all are, until the form comes back refused. */
        public boolean takes(String code) {
            return agencies == null || agencies.contains(code);
        }

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getDrafting() { return drafting; }
        public void setDrafting(String drafting) { this.drafting = drafting; }
        public String getReview() { return review; }
        public void setReview(String review) { this.review = review; }
        public String getRevision() { return revision; }
        public void setRevision(String revision) { this.revision = revision; }
        public String getReport() { return report; }
        public void setReport(String report) { this.report = report; }
        public String getApproval() { return approval; }
        public void setApproval(String approval) { this.approval = approval; }
        public List<String> getAgencies() { return agencies == null ? List.of() : agencies; }
        public void setAgencies(List<String> agencies) { this.agencies = agencies == null ? new ArrayList<>() : agencies; }
    }

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
