package io.plancycle.notification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final NotificationLog log;

    NotificationController(NotificationLog log) {
        this.log = log;
    }

    @GetMapping("/api/notifications")
    NotificationPage list(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return log.list(agency, status, page, size);
    }

    @PostMapping("/api/notifications/{id}/resend")
    NotificationView resend(@PathVariable long id) {
        return log.resend(id);
    }
}
