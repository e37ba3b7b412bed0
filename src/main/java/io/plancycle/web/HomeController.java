package io.plancycle.web;

import io.plancycle.cycle.Inbox;
import io.plancycle.security.CurrentUser;
import io.plancycle.security.PlanCycleUser;
import io.plancycle.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The login page, each role's home, and the task inbox every user has. */
@Controller
class HomeController {

    private final Inbox inbox;

    HomeController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/login")
    String login() {
        return "pages/login";
    }

    /** Each role lands on its own home. */
    @GetMapping("/")
    String home() {
        PlanCycleUser user = CurrentUser.get();
        if (user.has(Role.ADMIN)) {
            return "redirect:/admin/cycles";
        }
        if (user.has(Role.REVIEWER)) {
            return "redirect:/review";
        }
        if (user.has(Role.APPROVER)) {
            return "redirect:/approval";
        }
        if (user.has(Role.PANEL)) {
            return "redirect:/panel";
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", inbox.myTasks());
        return "pages/tasks";
    }

    /** Where a task is worked on; the links in mail come here. */
    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId) {
        return inbox.myTasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .map(t -> "redirect:" + PageLinks.of(t))
                .orElse("redirect:/tasks?gone");
    }
}
