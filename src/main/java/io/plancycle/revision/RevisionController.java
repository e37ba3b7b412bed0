package io.plancycle.revision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@Tag(name = "Revisions", description = "Rolling revision (滾動修正): changes to a returned plan, each with its reason, and the KPI revision summary table")
@RestController
class RevisionController {

    private final RevisionService revisionService;

    RevisionController(RevisionService revisionService) {
        this.revisionService = revisionService;
    }

    @Operation(operationId = "reviseTargets",
            summary = "Revise the agency's plan, each change with its reason, and reply to the review's comments",
            description = "Saves the revision's draft: the changes (each recorded with its reason; refused whole when one "
                    + "is wrong) and the agency's written replies (回覆說明) to the comments of the round the plan was "
                    + "returned in, by the comment's id as GET …/reviews lists it. A reply is kept as written and may be "
                    + "rewritten until the revised plan is submitted; a blank text takes it back. One of the lists may "
                    + "be empty, not both. A goal added (GOAL_ADDED) gets its KPIs from the KPI_ADDED changes after it "
                    + "that name no goalId. "
                    + "The submission (POST …/submission) answers 400 naming each comment still without a reply, as "
                    + "replies[<commentId>]. Answers the changes recorded by this call.")
    @PostMapping("/api/cycles/{year}/agencies/{code}/revisions")
    List<RevisionView> revise(@PathVariable int year, @PathVariable String code, @Valid @RequestBody RevisionRequest request) {
        return revisionService.revise(year, code, request);
    }

    @Operation(operationId = "listRevisions", summary = "List every change made to the agency's plan in a cycle")
    @GetMapping("/api/cycles/{year}/agencies/{code}/revisions")
    List<RevisionView> history(@PathVariable int year, @PathVariable String code) {
        return revisionService.history(year, code);
    }
}
