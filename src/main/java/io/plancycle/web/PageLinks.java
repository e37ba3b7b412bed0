package io.plancycle.web;

import io.plancycle.cycle.TaskView;
import org.springframework.stereotype.Component;

/** The page where each kind of task is done; pages call it as {@code ${@links.task(t)}}. */
@Component("links")
public class PageLinks {

    public String task(TaskView task) {
        return of(task);
    }

    static String of(TaskView task) {
        String agency = "/cycles/" + task.cycleYear() + "/agencies/" + task.agencyCode();
        return switch (task.stage()) {
            case "DRAFTING" -> agency + "/plan";
            case "REVIEW" -> agency + "/review";
            case "REVISION" -> agency + "/revision";
            case "REPORT" -> agency + "/report";
            case "APPROVAL" -> "/approval/" + task.cycleYear();
            default -> "/admin/cycles/" + task.cycleYear();
        };
    }
}
