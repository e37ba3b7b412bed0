package io.plancycle.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The evaluation team's review queue, and the response-to-review table of a submission (read by the team, the
 * planning office, the approver and the agency itself).
 */
@Controller
class ReviewQueuePages {

    private final ReviewQueues queues;
    private final ResponseTables responseTables;

    ReviewQueuePages(ReviewQueues queues, ResponseTables responseTables) {
        this.queues = queues;
        this.responseTables = responseTables;
    }

    @GetMapping("/review")
    String queue(Model model) {
        model.addAttribute("queue", queues.queue());
        return "pages/review/queue";
    }

    @GetMapping("/cycles/{year}/agencies/{code}/responses")
    String responses(@PathVariable int year, @PathVariable String code, Model model) {
        model.addAttribute("table", responseTables.responses(year, code));
        return "pages/review/responses";
    }
}
