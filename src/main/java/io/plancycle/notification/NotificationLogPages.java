package io.plancycle.notification;

import io.plancycle.plan.AdminInput;
import io.plancycle.plan.Agencies;
import io.plancycle.plan.Agency;
import io.plancycle.problem.ConflictException;
import io.plancycle.problem.InvalidInputException;
import io.plancycle.problem.NotFoundException;
import io.plancycle.ui.PlanningOfficePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/** The planning office's notification log (通知紀錄): every notice sent or failing, filtered, and resending one. */
@Controller
@PlanningOfficePages
@RequestMapping("/admin")
class NotificationLogPages {

    static final int NOTIFICATIONS_PER_PAGE = 50;

    private final NotificationLog notificationLog;
    private final Agencies agencies;
    private final AdminInput input;

    NotificationLogPages(NotificationLog notificationLog, Agencies agencies, AdminInput input) {
        this.notificationLog = notificationLog;
        this.agencies = agencies;
        this.input = input;
    }

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
}
