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
        return task.stage().page(task.cycleYear(), task.agencyCode());
    }
}
