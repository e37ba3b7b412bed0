package io.plancycle.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notifications", description = "The mail log: reminders, overdue notices and the other notifications, and resending them")
@RestController
class NotificationController {

    private final NotificationLog log;

    NotificationController(NotificationLog log) {
        this.log = log;
    }

    @Operation(operationId = "listNotifications", summary = "List the notifications, newest first, filtered by status and agency")
    @GetMapping("/api/notifications")
    NotificationPage list(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return log.list(agency, status, page, size);
    }

    @Operation(operationId = "resendNotification", summary = "Send a failed or sent notification again")
    @PostMapping("/api/notifications/{id}/resend")
    NotificationView resend(@PathVariable long id) {
        return log.resend(id);
    }
}
